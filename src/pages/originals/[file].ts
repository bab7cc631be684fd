import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../components/lib/data.ts';

/**
 * The published files documents were read from, offered for download beside their text: PDFs (the
 * document page links each clause to its page, `#page=N`) and Word files. A saved web page is never
 * served: it is the portal's markup and may hold scripts. Only a regular file of policy-sources/
 * (POLICY_SOURCES, as for the extractor) named like the document is read; no symlink is followed.
 */
const sourcesDir = process.env.POLICY_SOURCES ?? 'policy-sources';
const MEDIA: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const ORIGINAL = /^\/originals\/([a-z0-9][a-z0-9-]*)\.(pdf|docx)$/;

export const getStaticPaths = (async () => {
  const data = await siteData();
  return data.documents.flatMap((d) => {
    const m = d.original ? ORIGINAL.exec(d.original) : null;
    return m && m[1] === d.id && d.sourceFile === `policy-sources/${d.id}.${m[2]}`
      ? [
          {
            params: { file: `${d.id}.${m[2]}` },
            props: { source: join(sourcesDir, `${d.id}.${m[2]}`), type: MEDIA[m[2]!]! },
          },
        ]
      : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const fd = openSync(props.source as string, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    if (!fstatSync(fd).isFile()) return new Response(null, { status: 404 });
    return new Response(readFileSync(fd), { headers: { 'Content-Type': props.type as string } });
  } finally {
    closeSync(fd);
  }
};
