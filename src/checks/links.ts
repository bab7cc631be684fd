/**
 * Links from a check to the clause a reason rests on. Records address pages
 * relative to the site root (`/documents/<slug>/#<clause>`); the site may be
 * deployed under a base path, which the caller passes in (import.meta.env.BASE_URL).
 */

/** Joins a base path (`/`, `/atlas`, `/atlas/`) and a root-relative path. */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}/${path.replace(/^\//, '')}`;
}

/** The document page, under the base path. */
export function documentHref(base: string, document: string): string {
  return withBase(base, `/documents/${document}/`);
}

/** The clause on its document page, under the base path. */
export function clauseHref(base: string, document: string, clause: string): string {
  return `${documentHref(base, document)}#${encodeURIComponent(clause)}`;
}

/** The self-check pages, under the base path. */
export function eligibilityCheckHref(base: string, document: string): string {
  return withBase(base, `/checks/eligibility/${document}/`);
}

export function indicatorCheckHref(base: string, document: string): string {
  return withBase(base, `/checks/indicators/${document}/`);
}

export function acceptanceCheckHref(base: string, document: string): string {
  return withBase(base, `/checks/acceptance/${document}/`);
}
