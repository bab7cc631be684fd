/** Reads back what Pagefind stored for each page of a built site (its fragment files). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Fragments are gzipped JSON behind a `pagefind_dcd` signature. */
export function searchFragments(siteDir: string): Fragment[] {
  const dir = path.join(siteDir, 'pagefind/fragment');
  return readdirSync(dir).map(
    (file) =>
      JSON.parse(
        gunzipSync(readFileSync(path.join(dir, file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as Fragment,
  );
}
