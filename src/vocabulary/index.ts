/**
 * The words the extractor understands, declared once as data. The extractor builds its patterns
 * from them; the site's search terms, formatting and UI words read the same lists.
 */
export * from './bodies.ts';
export * from './chrome.ts';
export * from './pattern.ts';
export * from './quantities.ts';
export * from './roles.ts';
export * from './sections.ts';
export * from './time.ts';
export * from './portal.ts';
