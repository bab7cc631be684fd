import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { describeZodError, sidecarSchema, type Sidecar } from '../src/schema/index.ts';
import { contentFiles, type Content } from './emit/content-files.ts';
import { validate } from './emit/validate.ts';
import { buildRegistry } from './extract/registry.ts';
import type { DraftTask } from './extract/draft.ts';
import { ExtractError } from './lib/errors.ts';
import { extractDocument, type DocumentResult } from './pipeline.ts';

export interface SourceFile {
  /** Path shown in messages (policy-sources/x.txt). */
  file: string;
  bytes: Uint8Array;
  /** The sidecar's path and text, when there is one. */
  sidecar?: { file: string; text: string };
}

export interface Extraction {
  content: Content;
  files: Map<string, string>;
  results: DocumentResult[];
  /** Fatal errors as `file:line: reason`; when any, nothing may be written. */
  errors: string[];
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function slugOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.txt$/i, '');
}

/** Reads and checks a sidecar; a wrong field is reported on its own line. */
export function readSidecar(file: string, text: string): Sidecar {
  let data: unknown;
  try {
    data = loadYaml(text, { schema: CORE_SCHEMA }) ?? {}; // dates stay text (YYYY-MM-DD), as the schema expects
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    throw new ExtractError(file, (mark?.line ?? 0) + 1, 'not valid YAML');
  }
  const result = sidecarSchema.safeParse(data);
  if (result.success) return result.data;
  const key = String(result.error.issues[0]?.path[0] ?? '');
  const line = key ? text.split(/\r\n|\r|\n/).findIndex((l) => l.startsWith(`${key}:`)) + 1 : 1;
  throw new ExtractError(file, Math.max(1, line), describeZodError(result.error, 'the sidecar') + '. Allowed fields: ' + Object.keys(sidecarSchema.shape).join(', '));
}

/** The whole extraction over a set of sources: per-document pipeline, shared department registry, validation. */
export function extractAll(sources: SourceFile[]): Extraction {
  const errors: string[] = [];
  const results: DocumentResult[] = [];
  const texts = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const source of [...sources].sort((a, b) => a.file.localeCompare(b.file))) {
    const id = slugOf(source.file);
    if (!SLUG.test(id)) {
      errors.push(`${source.file}:1: the file name must be a slug (a-z, 0-9 and -, ending in .txt), e.g. city-carbon-peak.txt`);
      continue;
    }
    if (seen.has(id)) {
      errors.push(`${source.file}:1: document id "${id}" collides with ${seen.get(id)}; rename one of the files`);
      continue;
    }
    seen.set(id, source.file);
    try {
      const sidecar = source.sidecar ? readSidecar(source.sidecar.file, source.sidecar.text) : {};
      const result = extractDocument({ id, file: source.file, bytes: source.bytes, sidecar });
      results.push(result);
      texts.set(id, result.source);
    } catch (e) {
      if (e instanceof ExtractError) errors.push(e.message);
      else errors.push(`${source.file}:1: internal error while extracting: ${(e as Error).message}`);
    }
  }

  const drafts: DraftTask[] = results.flatMap((r) => r.tasks);
  const regionOf = new Map(results.map((r) => [r.document.id, r.document.region]));
  const { tasks, departments } = buildRegistry(drafts, (doc) => regionOf.get(doc) ?? null);
  const content: Content = {
    documents: results.map((r) => r.document),
    tasks,
    departments,
    targets: results.flatMap((r) => r.targets),
    baselines: results.flatMap((r) => r.baselines),
    milestones: results.flatMap((r) => r.milestones),
    rules: results.flatMap((r) => r.rules),
  };
  for (const p of validate(content, texts)) errors.push(`policy-sources/${p.document}.txt:${p.line}: ${p.message}`);
  return { content, files: contentFiles(content), results, errors };
}
