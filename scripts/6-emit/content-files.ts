import type { Content } from '../../src/schema/index.ts';

export type { Content };

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** content/ as a map of relative path → file text: same input, same bytes. */
export function contentFiles(content: Content): Map<string, string> {
  const files = new Map<string, string>();
  for (const doc of content.documents) files.set(`documents/${doc.id}.json`, json(doc));
  files.set('tasks.json', json(content.tasks));
  files.set('departments.json', json(content.departments));
  files.set('targets.json', json(content.targets));
  files.set('baselines.json', json(content.baselines));
  files.set('milestones.json', json(content.milestones));
  files.set('rules.json', json(content.rules));
  return files;
}
