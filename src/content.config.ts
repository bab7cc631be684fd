import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import type { z } from 'zod';
import {
  baselineSchema,
  departmentSchema,
  describeZodError,
  documentSchema,
  milestoneSchema,
  ruleSetSchema,
  targetSchema,
  taskSchema,
} from './schema/index.ts';
import { site, starlightTranslations } from './ui/strings.ts';

/**
 * Where the extractor writes. POLICY_CONTENT_DIR lets tests build the site on a small fixture
 * without touching the committed content/.
 */
const contentDir = path.resolve(process.env.POLICY_CONTENT_DIR ?? 'content');

type Record_ = { id: string } & Record<string, unknown>;

/**
 * Validates one record with the shared schema and stores it; a failure becomes one sentence.
 * Collections come back sorted by id, so each record keeps its place in content/ as `_position`
 * (tasks in reading order, not `c2-10` before `c2-2`).
 */
function storeValidated(
  context: LoaderContext,
  schema: z.ZodType,
  raw: unknown,
  where: string,
  position: number,
): void {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(describeZodError(result.error, where));
  const data = { ...(result.data as Record_), _position: position };
  context.store.set({ id: data.id, data, digest: context.generateDigest(data) });
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = path.relative(process.cwd(), file);
    throw new Error(`${where}：无法读取（${reason}）；请先运行 npm run extract。`, { cause: error });
  }
}

/** A JSON array in content/ (tasks.json, …), one entry per record. */
function jsonArray(name: string, schema: z.ZodType): Loader {
  const file = path.join(contentDir, name);
  return {
    name: `policy-atlas:${name}`,
    load: async (context) => {
      const records = await readJson(file);
      if (!Array.isArray(records)) throw new Error(`${name}：格式不对，应为记录的 JSON 数组。`);
      context.store.clear();
      records.forEach((raw, index) => storeValidated(context, schema, raw, `${name} 第 ${index + 1} 条记录`, index));
    },
  };
}

/** content/documents/*.json, one PolicyDocument per file. */
function documentFiles(): Loader {
  const dir = path.join(contentDir, 'documents');
  return {
    name: 'policy-atlas:documents',
    load: async (context) => {
      const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
      context.store.clear();
      for (const [index, file] of files.entries()) {
        storeValidated(context, documentSchema, await readJson(path.join(dir, file)), `documents/${file}`, index);
      }
    },
  };
}

/** The one draft entry of Starlight's `docs` collection (see `collections` below). */
function placeholderDocs(): Loader {
  return {
    name: 'policy-atlas:docs-placeholder',
    load: async (context) => {
      context.store.clear();
      const data = await context.parseData({ id: 'placeholder', data: { title: site.title, draft: true } });
      context.store.set({ id: 'placeholder', data, digest: context.generateDigest(data) });
    },
  };
}

/** Site UI strings live in src/ui/strings.ts; Starlight reads them through its i18n collection. */
function translations(): Loader {
  return {
    name: 'policy-atlas:i18n',
    load: async (context) => {
      context.store.clear();
      context.store.set({ id: 'zh-CN', data: { ...starlightTranslations } });
    },
  };
}

export const collections = {
  // Every page is rendered from the policy collections below; Starlight still reads `docs`, and
  // Astro warns on every build when it reads an empty collection. One draft entry keeps it from
  // being empty: Starlight leaves drafts out of a production build, so it makes no page.
  docs: defineCollection({ loader: placeholderDocs(), schema: docsSchema() }),
  i18n: defineCollection({ loader: translations(), schema: i18nSchema() }),
  documents: defineCollection({ loader: documentFiles(), schema: documentSchema }),
  tasks: defineCollection({ loader: jsonArray('tasks.json', taskSchema), schema: taskSchema }),
  departments: defineCollection({ loader: jsonArray('departments.json', departmentSchema), schema: departmentSchema }),
  targets: defineCollection({ loader: jsonArray('targets.json', targetSchema), schema: targetSchema }),
  baselines: defineCollection({ loader: jsonArray('baselines.json', baselineSchema), schema: baselineSchema }),
  milestones: defineCollection({ loader: jsonArray('milestones.json', milestoneSchema), schema: milestoneSchema }),
  rules: defineCollection({ loader: jsonArray('rules.json', ruleSetSchema), schema: ruleSetSchema }),
};
