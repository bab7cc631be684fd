import { forMatching } from '../lib/text.ts';
import type { Block } from '../3-outline/tree.ts';
import { assign } from './assign.ts';
import type { DocumentContext } from './context.ts';
import type { DraftTask } from './draft.ts';
import { isGeneric } from './department-names.ts';
import { isResponsibilityNote, lastParenthesis, readResponsibility } from './responsibility.ts';
import { say } from '../lib/messages.ts';

type Inherited = DraftTask['inherited'][number];

const pageOf = (ctx: DocumentContext, clause: string) => `/documents/${ctx.id}/#${clause}`;

/** The number as printed, without brackets and punctuation: `7.` → `7`, `（三）` → `三`. */
export function numberOf(marker: string | null): string {
  return (marker ?? '').replace(/[()（）、.．,，\s]/g, '');
}

type Note = { holder: Block; start: number; end: number; inner: string; unclosed: boolean };

/** A paragraph that is nothing but a responsibility note: （牵头单位：…） on a line of its own. */
function standaloneNote(block: Block): Note | null {
  if (block.kind !== 'paragraph') return null;
  const paren = lastParenthesis(block.text);
  return paren && paren.start === 0 && isResponsibilityNote(paren.inner) ? { holder: block, ...paren } : null;
}

/**
 * Which numbered clause each note belongs to. A note inside a clause is the
 * clause's own. A note on a line of its own after a list of sub-items
 * （(1)…(2)…(3)…（牵头单位：…））closes the item that opened the list: the
 * nearest enclosing clause numbered in the style that carries notes elsewhere
 * in the document; with no such style, the clause it follows.
 */
function notesByClause(ctx: DocumentContext): Map<Block, Note> {
  const notes = new Map<Block, Note>();
  const styleCount = new Map<string, number>();
  for (const block of ctx.blocks) {
    if (block.kind !== 'numbered' || block.style === 'annex') continue;
    const paren = lastParenthesis(block.text);
    if (paren && isResponsibilityNote(paren.inner)) {
      notes.set(block, { holder: block, ...paren });
      styleCount.set(block.style!, (styleCount.get(block.style!) ?? 0) + 1);
    }
  }
  const taskStyle = [...styleCount].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (const block of ctx.blocks) {
    const note = standaloneNote(block);
    if (!note) continue;
    const chain = ctx.ancestors(block).filter((a) => a.kind === 'numbered' && a.style !== 'annex');
    const owner = (taskStyle && chain.findLast((a) => a.style === taskStyle)) || chain.at(-1);
    if (owner && !notes.has(owner)) notes.set(owner, note);
  }
  return notes;
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
  const notes = notesByClause(ctx);
  for (const block of ctx.blocks) {
    if (block.kind !== 'numbered' || block.style === 'annex') continue;
    const note = notes.get(block);
    if (!note) continue;
    const noteStart = note.start + 1;
    const cited = ctx.cite(note.holder, note.start, note.end);
    if (note.unclosed) {
      ctx.report({ line: cited.line, rule: 'tasks:unclosed-parenthesis', message: say('tasks:unclosed-parenthesis') });
    }
    const r = readResponsibility(note.inner);
    const who = assign(r, ctx, cited.line);
    for (const rest of r.rest) {
      if (!/\d|[一二三四五六七八九十]月|年|完成|前/.test(forMatching(rest.text))) {
        ctx.report({ line: cited.line, rule: 'tasks:unread-note', message: say('tasks:unread-note', rest.text) });
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
