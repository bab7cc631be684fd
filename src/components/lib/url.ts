/**
 * Links inside the site. Records in content/ carry root-relative paths (`/documents/x/#c2-1`);
 * every rendered link goes through `href` so the site works under any BASE_PATH.
 */

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

/** Prefixes a root-relative site path with the deployment base path. */
export function href(path: string): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A fragment id for a record id such as `city-plan/t-3` (slashes are not welcome in ids). */
export function anchorFor(recordId: string): string {
  return recordId.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
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
  checks: '/checks/',
  data: '/data/',
  dataFile: (name: string) => `/data/${name}`,
} as const;
