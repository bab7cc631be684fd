import { extractDocument } from '../../scripts/pipeline.ts';
import { extractAll } from '../../scripts/extract-all.ts';

/** Extracts one in-memory text as a document (CRLF, BOM and all, as given). */
export function extractText(text: string, id = 'fixture') {
  return extractDocument({ id, file: `${id}.txt`, bytes: new TextEncoder().encode(text), sidecar: {} });
}

/** Extracts several in-memory texts together, departments resolved. */
export function extractTexts(texts: Record<string, string>) {
  return extractAll(
    Object.entries(texts).map(([id, text]) => ({
      file: `policy-sources/${id}.txt`,
      bytes: new TextEncoder().encode(text),
    })),
  );
}
