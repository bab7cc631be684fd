import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { shortLine, textLimits } from './plain-text.ts';

type HeadEntry = StarlightRouteData['head'][number];

/** Meta values that repeat the page title or describe the page, by `name` or `property`. */
const metaLimits: Record<string, number> = {
  'og:title': textLimits.title,
  'twitter:title': textLimits.title,
  description: textLimits.description,
  'og:description': textLimits.description,
  'twitter:description': textLimits.description,
};

/**
 * `<title>` content: the page title clipped, with the site name Starlight appends (`… | 政策通`)
 * kept whole so every tab still says whose page it is.
 */
function tabTitle(content: string, pageTitle: string): string {
  const suffix = content.startsWith(pageTitle) ? content.slice(pageTitle.length) : null;
  if (suffix !== null && suffix.length <= 40) return shortLine(pageTitle, textLimits.title) + singleSpaced(suffix);
  return shortLine(content, textLimits.title);
}

function singleSpaced(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Starlight's head entries made fit to be written as text (see components/starlight/Head.astro):
 * the title and the meta values that repeat source text become one short line. An entry with
 * other content (an inline script or style) cannot be written as text and is refused here, so
 * nobody adds one expecting it to run.
 */
export function plainHead(head: readonly HeadEntry[], pageTitle: string): HeadEntry[] {
  return head.map((entry) => {
    if (entry.tag === 'title') return { ...entry, content: tabTitle(entry.content ?? '', pageTitle) };
    if (entry.content) {
      throw new Error(`页面头部的 <${entry.tag}> 带有内容；本站只以纯文本写入头部内容（src/components/lib/head.ts）。`);
    }
    const key = entry.attrs?.name ?? entry.attrs?.property;
    const limit = typeof key === 'string' ? metaLimits[key] : undefined;
    const value = entry.attrs?.content;
    if (entry.tag !== 'meta' || limit === undefined || typeof value !== 'string') return entry;
    return { ...entry, attrs: { ...entry.attrs, content: shortLine(value, limit) } };
  });
}
