import { forMatching } from '../lib/text.ts';
import type { Block } from '../outline/tree.ts';
import { assign } from './assign.ts';
import type { DocumentContext } from './context.ts';
import type { DraftTask } from './draft.ts';
import { isGeneric } from './department-names.ts';
import { isResponsibilityNote, lastParenthesis, readResponsibility } from './responsibility.ts';

type Inherited = DraftTask['inherited'][number];

const pageOf = (ctx: DocumentContext, clause: string) => `/documents/${ctx.id}/#${clause}`;

/** The number as printed, without brackets and punctuation: `7.` → `7`, `（三）` → `三`. */
export function numberOf(marker: string | null): string {
  return (marker ?? '').replace(/[()（）、.．,，\s]/g, '');
}

/** The responsibility note of a numbered clause: its own last parenthesis, or a note alone on the next line. */
function noteOf(block: Block): { holder: Block; start: number; end: number; inner: string; unclosed: boolean } | null {
  for (const holder of [block, ...block.children.filter((c) => c.kind === 'paragraph').slice(0, 1)]) {
    const paren = lastParenthesis(holder.text);
    if (!paren || !isResponsibilityNote(paren.inner)) continue;
    if (holder !== block && paren.start > 0) continue;
    return { holder, ...paren };
  }
  return null;
}

/**
 * Numbered tasks: every numbered clause that ends with a note naming who
 * leads and who supports. A note that says every later task also involves
 * some body (以下均需各县区落实，不再列出) is recorded once, on the clause that
 * says it, and applied to each later task as `inherited`.
 */
export function extractNumberedTasks(ctx: DocumentContext): DraftTask[] {
  const tasks: DraftTask[] = [];
  let inherited: Inherited[] = [];
  for (const block of ctx.blocks) {
    if (block.kind !== 'numbered' || block.style === 'annex') continue;
    const note = noteOf(block);
    if (!note) continue;
    const noteStart = note.start + 1;
    const cited = ctx.cite(note.holder, note.start, note.end);
    if (note.unclosed) {
      ctx.report({ line: cited.line, rule: 'tasks:unclosed-parenthesis', message: 'the responsibility note opens a parenthesis that never closes; read to the end of the clause' });
    }
    const r = readResponsibility(note.inner);
    const who = assign(r, ctx, cited.line);
    for (const rest of r.rest) {
      if (!/\d|[一二三四五六七八九十]月|年|完成|前/.test(forMatching(rest.text))) {
        ctx.report({ line: cited.line, rule: 'tasks:unread-note', message: `words in the responsibility note not understood: "${rest.text}"` });
      }
    }
    tasks.push({
      id: `${ctx.id}/${block.id}`,
      document: ctx.id,
      kind: 'numbered',
      number: numberOf(block.marker),
      title: block.heading ?? block.text.slice(0, 30),
      ...who,
      inherited: [...inherited],
      category: null,
      text: block.text,
      ...cited,
      url: pageOf(ctx, block.id!),
    });
    for (const inherit of r.inherits) {
      const at = ctx.cite(note.holder, noteStart + inherit.index, noteStart + inherit.index + inherit.length);
      inherited = [...inherited, { phrase: inherit.phrase, role: inherit.role, name: isGeneric(inherit.phrase, ctx.level) ? null : inherit.phrase, ...at }];
    }
  }
  return tasks;
}
