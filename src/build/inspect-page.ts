/**
 * Reads one built page as a browser would (parse5 follows the HTML standard, so text in an
 * attribute or inside <title> is text, and a `</script>` hidden in a quote ends the script where a
 * browser ends it) and reports whatever could run or navigate that the site did not write.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { sha256 } from './csp.ts';
import type { TrustedInline } from './trusted-inline.ts';
import type { Problem } from './problems.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface PageReport {
  problems: Problem[];
  /** Hashes of the trusted inline scripts and styles the page carries. */
  scripts: Set<string>;
  styles: Set<string>;
  /** style="…" values the page carries (all of an allowed shape when `problems` is empty). */
  styleAttributes: Set<string>;
  /** Where the policy's <meta> goes: after <meta charset>, else after <head>; and any old policy to replace. */
  metaAt: { insert: number; replace?: [number, number] };
}

// What the HTML standard treats as JavaScript in <script type>; anything else is a data block.
const scriptTypes = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);
// Data blocks that still change what the page loads.
const activeDataTypes = new Set(['importmap', 'speculationrules']);

/** Attributes whose value a browser follows as a URL. */
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'cite',
  'longdesc',
  'codebase',
  'ping',
  'manifest',
  'lowsrc',
  'dynsrc',
  'xlink:href',
]);

/** Elements the site never writes, each of which can run, embed or redirect. */
const foreignElements = new Set(['base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal']);

/** `<meta http-equiv>` values that only describe the page. */
const harmlessHttpEquiv = new Set(['content-type', 'content-security-policy', 'x-ua-compatible', 'content-language']);

/**
 * A style attribute the site may carry: one written literally in a component, or one that only
 * sets custom properties (`--depth: 1;`), which change nothing unless the site's own CSS reads them.
 */
export function allowedStyleAttribute(value: string, literals: ReadonlySet<string>): boolean {
  if (literals.has(value)) return true;
  const declarations = value
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  return declarations.length > 0 && declarations.every((d) => /^--[\w-]+\s*:\s*[\w.%# -]*$/.test(d));
}

/**
 * How a browser reads a URL's scheme: leading and trailing C0 controls and spaces dropped, tabs
 * and line breaks anywhere removed (`java\tscript:` is `javascript:`).
 */
export function scriptUrl(value: string): boolean {
  const scheme = value
    .replace(/^[\u0000-\u0020]+/, '')
    .replace(/[\t\n\r]/g, '')
    .toLowerCase();
  return scheme.startsWith('javascript:') || scheme.startsWith('vbscript:');
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name && !a.prefix)?.value;
}

function attrName(a: Element['attrs'][number]): string {
  return (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase();
}

function textOf(element: Element): string {
  return element.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}

function children(node: Node): Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  // Template contents are a separate fragment in the tree, but a script cloned from one runs.
  return node.nodeName === 'template' && 'content' in node ? [...own, ...node.content.childNodes] : own;
}

/** Is `src` a file the build wrote under /_astro/ (a site path, not another origin)? */
function ownScript(src: string, base: string): boolean {
  const url = new URL(src, 'http://site.invalid' + base);
  return (
    url.origin === 'http://site.invalid' && url.pathname.startsWith(`${base}_astro/`) && !url.pathname.includes('..')
  );
}

export function inspectPage(html: string, file: string, base: string, trusted: TrustedInline): PageReport {
  const report: PageReport = {
    problems: [],
    scripts: new Set(),
    styles: new Set(),
    styleAttributes: new Set(),
    metaAt: { insert: 0 },
  };
  const problem = (rule: Problem['rule'], detail: string) => report.problems.push({ file, rule, detail });
  const document = parse(html, { sourceCodeLocationInfo: true });
  let charsetEnd: number | undefined;
  let headEnd: number | undefined;

  const stack: Node[] = [document];
  while (stack.length) {
    const node = stack.pop()!;
    // Pushed last child first, so nodes come off in document order (the first <meta charset> wins).
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    if (!('tagName' in node)) continue;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();

    for (const a of element.attrs) {
      const name = attrName(a);
      if (name.startsWith('on')) problem('event-handler', `<${tag} ${name}>`);
      else if (urlAttributes.has(name) && scriptUrl(a.value)) problem('script-url', `<${tag} ${name}="${a.value}">`);
      else if (name === 'srcdoc') problem('element', `<${tag} srcdoc>`);
      else if (name === 'style') {
        if (allowedStyleAttribute(a.value, trusted.styleAttributes)) report.styleAttributes.add(a.value);
        else problem('style-attribute', a.value);
      }
    }

    if (tag === 'script') {
      const src = attr(element, 'src');
      const type = (attr(element, 'type') ?? '').trim().toLowerCase();
      if (src !== undefined) {
        if (!ownScript(src, base)) problem('script-source', src);
      } else if (scriptTypes.has(type) || activeDataTypes.has(type)) {
        const hash = sha256(textOf(element));
        if (!activeDataTypes.has(type) && trusted.scripts.has(hash)) report.scripts.add(hash);
        else problem('inline-script', textOf(element));
      }
    } else if (tag === 'style') {
      const hash = sha256(textOf(element));
      if (trusted.styles.has(hash)) report.styles.add(hash);
      else problem('inline-style', textOf(element));
    } else if (tag === 'meta') {
      const equiv = attr(element, 'http-equiv')?.trim().toLowerCase();
      const location = element.sourceCodeLocation;
      if (equiv === 'content-security-policy' && location)
        report.metaAt.replace = [location.startOffset, location.endOffset];
      else if (equiv !== undefined && !harmlessHttpEquiv.has(equiv))
        problem('http-equiv', `<meta http-equiv="${equiv}" content="${attr(element, 'content') ?? ''}">`);
      if (attr(element, 'charset') !== undefined && element.parentNode?.nodeName === 'head' && location)
        charsetEnd ??= location.endOffset;
    } else if (tag === 'head') {
      headEnd = element.sourceCodeLocation?.startTag?.endOffset;
    } else if (foreignElements.has(tag)) {
      problem('element', `<${tag}>`);
    }
  }
  report.metaAt.insert = charsetEnd ?? headEnd ?? 0;
  return report;
}
