import type { Task } from '../../../src/schema/index.ts';

/**
 * A task before departments are resolved to ids: lists hold names as written.
 * Names become ids once every document of a region has been read, so that
 * spellings in different documents merge into one department.
 */
export type DraftTask = Omit<Task, 'leads' | 'partners' | 'responsible' | 'inherited'> & {
  leads: string[];
  partners: string[];
  responsible: string[];
  inherited: Array<Omit<Task['inherited'][number], 'department'> & { name: string | null }>;
};
