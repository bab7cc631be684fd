/**
 * The site's one URL builder. Records in content/ carry root-relative paths (`/documents/x/#c2-1`);
 * every rendered link, on a page or in an island, goes through `href` so the site works under
 * any BASE_PATH (Vite writes BASE_URL into the browser bundles too).
 */

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

/**
 * Prefixes a root-relative site path with the deployment base path. Paths come from content/,
 * so whatever a record holds is read as a path on this site: `javascript:…` becomes
 * `/javascript:…` and `//host/x` becomes `/host/x`, never a link to script or another site.
 */
export function href(path: string): string {
  if (path.startsWith('#')) return path;
  return `${base}/${path.replace(/^[\s/\\]+/, '')}`;
}

/**
 * A link to another site (a sidecar's `source`), or null when it is not a web address. Only
 * http and https are linked; anything else (`javascript:`, `data:`) is shown as text.
 */
export function externalHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A fragment id for a record id such as `city-plan/t-3` (slashes are not welcome in ids). */
export function anchorFor(recordId: string): string {
  return recordId
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Site paths of the views, in one place. */
export const paths = {
  home: '/',
  documents: '/documents/',
  document: (slug: string) => `/documents/${slug}/`,
  clause: (slug: string, clause: string) => `/documents/${slug}/#${clause}`,
  tasks: '/tasks/',
  documentTasks: (slug: string) => `/tasks/${slug}/`,
  departments: '/departments/',
  department: (id: string) => `/departments/${id}/`,
  targets: '/targets/',
  target: (id: string) => `/targets/#${anchorFor(id)}`,
  baseline: (id: string) => `/targets/#${anchorFor(id)}`,
  timeline: '/timeline/',
  milestone: (id: string) => `/timeline/#${anchorFor(id)}`,
  departmentCalendar: (id: string) => `/departments/${id}/deadlines.ics`,
  bodyKind: (slug: string) => `/departments/kinds/${slug}/`,
  checks: '/checks/',
  eligibilityCheck: (slug: string) => `/checks/eligibility/${slug}/`,
  indicatorCheck: (slug: string) => `/checks/indicators/${slug}/`,
  acceptanceCheck: (slug: string) => `/checks/acceptance/${slug}/`,
  data: '/data/',
  dataFile: (name: string) => `/data/${name}`,
} as const;
