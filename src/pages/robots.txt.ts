import type { APIRoute } from 'astro';

/** robots.txt: everything may be crawled; the sitemap sits under the base path. */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(`${base.replace(/\/?$/, '/')}sitemap-index.xml`, site).href}`);
  return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
