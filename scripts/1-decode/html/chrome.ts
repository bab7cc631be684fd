/**
 * What a portal page wraps a document in, as data: the rule a cut block is reported under, the
 * elements that are that kind of chrome by their tag, and the words their class or id names use
 * (English and the pinyin Chinese portals write: daohang, fenxiang, dayin …). Class and id names are
 * split into tokens at - _ . and case changes (shareBar → share, bar); a token matches a word when it
 * is the word, or, for words of four letters or more, starts with it (footer → foot, toolbar → tool).
 */
export interface ChromeKind {
  /** Rule id in the removal report. */
  rule: string;
  /** Tags that are this chrome wherever they stand. */
  tags: readonly string[];
  /** Words of class and id names. */
  words: readonly string[];
}

export const CHROME: readonly ChromeKind[] = [
  {
    rule: 'navigation',
    tags: ['nav', 'menu'],
    words: ['nav', 'navbar', 'menu', 'daohang', 'dh', 'channel', 'lanmu', 'subnav', 'sidebar', 'side'],
  },
  {
    rule: 'breadcrumbs',
    tags: [],
    words: ['breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'location', 'position', 'weizhi', 'dqwz', 'path'],
  },
  { rule: 'share-bar', tags: [], words: ['share', 'bdshare', 'fenxiang', 'fx', 'jiathis', 'social'] },
  {
    rule: 'print-buttons',
    tags: ['button'],
    words: ['print', 'close', 'dayin', 'guanbi', 'tool', 'tools', 'toolbar', 'font', 'fontsize', 'zihao'],
  },
  {
    rule: 'related-links',
    tags: ['aside'],
    words: ['related', 'relate', 'xgxw', 'xglj', 'xgwj', 'friendlink', 'links', 'recommend', 'tuijian', 'hot'],
  },
  { rule: 'comments', tags: [], words: ['comment', 'comments', 'pinglun', 'pl', 'reply', 'liuyan'] },
  { rule: 'search', tags: ['form'], words: ['search', 'sousuo', 'ss'] },
  { rule: 'footer', tags: ['footer'], words: ['footer', 'foot', 'copyright', 'bottom', 'banquan', 'gywm'] },
  { rule: 'site-header', tags: ['header'], words: ['header', 'head', 'logo', 'banner', 'topbar', 'top'] },
];

/** Rule for text outside the document's own element that no chrome name explains. */
export const OUTSIDE_MAIN = 'outside-document';

/** Elements whose content is never text of the page (pdf.js's innerText skips them too). */
export const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'input',
  'textarea',
]);

/** Tokens of class and id names: bdshare_box, shareBar, share-bar → bdshare, box, share, bar. */
export function nameTokens(names: string[]): string[] {
  return names
    .flatMap((n) =>
      n
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[\s_\-.:]+/),
    )
    .filter(Boolean);
}

/** The chrome an element is by its tag, class or id, or null. */
export function chromeOf(tag: string, names: string[]): ChromeKind | null {
  const tokens = nameTokens(names);
  return (
    CHROME.find(
      (k) =>
        k.tags.includes(tag) || tokens.some((t) => k.words.some((w) => t === w || (w.length >= 4 && t.startsWith(w)))),
    ) ?? null
  );
}
