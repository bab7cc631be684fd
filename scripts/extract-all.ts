import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { describeZodError, sidecarSchema, type Sidecar } from '../src/schema/index.ts';
import { contentFiles, type Content } from './6-emit/content-files.ts';
import { validate } from './6-emit/validate.ts';
import { buildRegistry } from './5-extract/departments/registry.ts';
import type { DraftTask } from './5-extract/tasks/draft.ts';
import { ExtractError } from './lib/errors.ts';
import { say } from './lib/messages.ts';
import type { SourceFile } from './0-sources/read-sources.ts';
import { extractDocument, type DocumentResult } from './pipeline.ts';
import { formatOf } from './1-decode/read-source.ts';

export type { SourceFile };

export interface Extraction {
  content: Content;
  files: Map<string, string>;
  results: DocumentResult[];
  /** Fatal errors as `file:line: reason`; when any, nothing may be written. */
  errors: string[];
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function slugOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

/** Reads and checks a sidecar; a wrong field is reported on its own line. */
export function readSidecar(file: string, text: string): Sidecar {
  let data: unknown;
  try {
    data = loadYaml(text, { schema: CORE_SCHEMA }) ?? {}; // dates stay text (YYYY-MM-DD), as the schema expects
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    throw new ExtractError(file, (mark?.line ?? 0) + 1, say('sidecar:yaml'));
  }
  const result = sidecarSchema.safeParse(data);
  if (result.success) return result.data;
  const key = String(result.error.issues[0]?.path[0] ?? '');
  const line = key ? text.split(/\r\n|\r|\n/).findIndex((l) => l.startsWith(`${key}:`)) + 1 : 1;
  throw new ExtractError(file, Math.max(1, line), say('sidecar:invalid', describeZodError(result.error, '旁注文件'), Object.keys(sidecarSchema.shape).join('、')));
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
      errors.push(`${source.file}:1: ${say('source:not-slug')}`);
      continue;
    }
    if (seen.has(id)) {
      errors.push(`${source.file}:1: ${say('source:collision', id, seen.get(id)!)}`);
      continue;
    }
    seen.set(id, source.file);
    try {
      const sidecar = source.sidecar ? readSidecar(source.sidecar.file, source.sidecar.text) : {};
      const format = formatOf(source.file);
      if (format !== 'txt' && !source.decoded) throw new ExtractError(source.file, 1, say('decode:not-decoded', format));
      const result = source.decoded ? extractDocument({ id, file: source.file, decoded: source.decoded, sidecar }) : extractDocument({ id, file: source.file, bytes: source.bytes, sidecar });
      results.push(result);
      texts.set(id, result.source);
    } catch (e) {
      if (e instanceof ExtractError) errors.push(e.message);
      else errors.push(`${source.file}:1: ${say('internal', (e as Error).message)}`);
    }
  }

  const drafts: DraftTask[] = results.flatMap((r) => r.tasks);
  const regionOf = new Map(results.map((r) => [r.document.id, r.document.region]));
  const { tasks, departments } = buildRegistry(drafts, (doc: string) => regionOf.get(doc) ?? null);
  const content: Content = {
    documents: results.map((r) => r.document),
    tasks,
    departments,
    targets: results.flatMap((r) => r.targets),
    baselines: results.flatMap((r) => r.baselines),
    milestones: results.flatMap((r) => r.milestones),
    rules: results.flatMap((r) => r.rules),
  };
  const fileOf = new Map(results.map((r) => [r.document.id, r.document.sourceFile]));
  for (const p of validate(content, texts)) errors.push(`${fileOf.get(p.document) ?? `policy-sources/${p.document}.txt`}:${p.line}: ${p.message}`);
  return { content, files: contentFiles(content), results, errors };
}
