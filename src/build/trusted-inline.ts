/**
 * The inline scripts and styles the site itself writes, read from the packages and files that
 * write them, never from the built pages. A page that carries anything else has had text turned
 * into code on the way, and the post-build step refuses it (see inspect-page.ts).
 *
 * Three writers exist: Starlight's `<script is:inline>` blocks (theme, search shortcut, sidebar
 * state), Astro's island runtime and client directives (pages with a Preact island), and the site's
 * own components. Astro's processed `<script>`s are kept out of pages altogether (astro.config.mjs
 * never inlines them) and load from /_astro/, which `'self'` allows.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import islandRuntime from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import idleDirective from 'astro/runtime/client/idle.prebuilt.js';
import loadDirective from 'astro/runtime/client/load.prebuilt.js';
import mediaDirective from 'astro/runtime/client/media.prebuilt.js';
import onlyDirective from 'astro/runtime/client/only.prebuilt.js';
import visibleDirective from 'astro/runtime/client/visible.prebuilt.js';
import { sha256 } from './csp.ts';

export interface TrustedInline {
  /** Hash of each script body the site writes → where it comes from. */
  scripts: Map<string, string>;
  /** Hash of each <style> body the site writes → where it comes from. */
  styles: Map<string, string>;
  /** style="…" values written literally in components (`display: none;`). */
  styleAttributes: Set<string>;
}

/** Astro components under `dir`, recursively. */
async function astroFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.astro')).map((e) => path.join(e.parentPath, e.name));
}

// An `is:inline` script is written to the page exactly as it stands in the component. One with
// `define:vars` or `src` is not (Astro rewrites it), so it is not recognised, and a page that
// carries it fails the check rather than being waved through.
const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const literalStyle = /\sstyle="([^"{}]*)"/g;

async function readComponents(dir: string, label: string, into: TrustedInline): Promise<void> {
  for (const file of await astroFiles(dir)) {
    const source = await readFile(file, 'utf8');
    const where = `${label}/${path.relative(dir, file).split(path.sep).join('/')}`;
    for (const [, attrs = '', body = ''] of source.matchAll(inlineScript)) {
      if (/\bis:inline\b/.test(attrs) && !/\b(define:vars|src)\b/.test(attrs)) into.scripts.set(sha256(body), where);
    }
    for (const [, value = ''] of source.matchAll(literalStyle)) into.styleAttributes.add(value);
  }
}

/** Starlight's package folder, found through a file it exports. */
function starlightDir(): string {
  const head = fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Head.astro'));
  return path.resolve(path.dirname(head), '..');
}

/** Everything inline the site may ship; `siteSources` is the site's own src/ folder. */
export async function trustedInline(siteSources: string): Promise<TrustedInline> {
  const trusted: TrustedInline = { scripts: new Map(), styles: new Map(), styleAttributes: new Set() };
  await readComponents(starlightDir(), '@astrojs/starlight', trusted);
  await readComponents(siteSources, 'src', trusted);
  trusted.scripts.set(sha256(islandRuntime), 'astro: island runtime');
  const directives = {
    idle: idleDirective,
    load: loadDirective,
    media: mediaDirective,
    only: onlyDirective,
    visible: visibleDirective,
  };
  for (const [name, body] of Object.entries(directives)) trusted.scripts.set(sha256(body), `astro: client:${name}`);
  trusted.styles.set(sha256(ISLAND_STYLES), 'astro: island styles');
  return trusted;
}
