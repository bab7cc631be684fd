import { FIRST_LEADS, LABEL } from '../../../src/vocabulary/index.ts';
import { forMatching } from '../../lib/text.ts';
import type { Block } from '../../3-outline/tree.ts';
import type { DocumentContext } from '../context.ts';
import { isGeneric } from '../departments/names.ts';
import { assign } from './assign.ts';
import type { DraftTask } from './draft.ts';
import { bracketed } from './find-notes.ts';
import { assignsDuties, onlyNames, readNote, type NoteReading } from './read-note.ts';

type Inherited = DraftTask['inherited'][number];

/** The number as printed, without brackets and punctuation: `7.` → `7`, `（三）` → `三`. */
export function numberOf(marker: string | null): string {
  return (marker ?? '').replace(/[()（）、.．,，\s]/g, '');
}

/** A note found in a block: where it stands in the block's text, and what it says. */
interface Note {
  holder: Block;
  start: number;
  end: number;
  /** Offset of the note's inner text in the holder's text. */
  innerAt: number;
  reading: NoteReading;
  unclosed: boolean;
}

/** An unbracketed note at the start of a line: 责任单位：市发改委、市财政局. */
const LEADING_LABEL = new RegExp(`^\\s*${LABEL}\\s*[:：]`);

/** The notes of one block: bracketed asides that assign duties, or a block that is a note itself. */
function notesIn(block: Block, bareLists: boolean): Note[] {
  if (block.kind === 'front' || block.kind === 'table') return [];
  const folded = forMatching(block.text);
  if (LEADING_LABEL.test(folded)) {
    return [
      { holder: block, start: 0, end: block.text.length, innerAt: 0, reading: readNote(block.text), unclosed: false },
    ];
  }
  const out: Note[] = [];
  for (const b of bracketed(block.text)) {
    const reading = readNote(b.inner);
    if (assignsDuties(reading) || (bareLists && onlyNames(reading) && atSentenceEnd(folded, b.end))) {
      out.push({ holder: block, start: b.start, end: b.end, innerAt: b.start + 1, reading, unclosed: b.unclosed });
    }
  }
  return out;
}

/** A note closes a sentence or the text: nothing but punctuation follows it before 。 or the end. */
function atSentenceEnd(folded: string, end: number): boolean {
  return /^[\s。．.；;,，]*(?:$|[。；;])/.test(folded.slice(end)) || /^\s*$/.test(folded.slice(end));
}

/**
 * The item a note after a list of sub-items closes: the item that opened the list (（一）… 1.… 2.…
 * （牵头单位：…）), when the clause the note follows is one of several items of its style; else that clause.
 */
function listOpener(chain: Block[]): Block | undefined {
  const last = chain.at(-1);
  const parent = chain.at(-2);
  if (!last || !parent) return last;
  const siblings = parent.children.filter((c) => c.kind === 'numbered' && c.style === last.style);
  return siblings.length >= 2 ? parent : last;
}

/** A block that is nothing but a note: （牵头单位：…） or 责任单位：… on a line of its own. */
function standalone(notes: Note[], block: Block): boolean {
  return (
    notes.length === 1 &&
    notes[0]!.start === 0 &&
    forMatching(block.text.slice(notes[0]!.end))
      .trim()
      .replace(/[。；;.]/g, '') === ''
  );
}

/**
 * Tasks from responsibility notes. A note may close an item, a paragraph, or one of several parts
 * of an item (…（责任部门：气候处）…（责任部门：综合处）): each note makes one task of the text
 * since the note before it. A note on a line of its own after a list of sub-items closes the item
 * that opened the list: the nearest enclosing clause numbered in the style that carries notes
 * elsewhere, else the clause it follows. A note that says every later task also involves some body
 * (以下均需各县区落实，不再列出) holds for each later task; one that says the first body of a list
 * leads (排在第一位的为牵头单位，下同) holds for it and every later note.
 */
export function noteTasks(ctx: DocumentContext): DraftTask[] {
  const body = ctx.blocks.filter((b) => b.kind !== 'front');
  const withNotes = body.map((b) => ({ block: b, notes: notesIn(b, false) }));
  // A document that gives duties in notes also means a bare list of bodies in brackets as one.
  const usesNotes = withNotes.filter((w) => w.notes.length).length >= 2;
  const found = usesNotes ? body.map((b) => ({ block: b, notes: notesIn(b, true) })) : withNotes;

  // Which block each standalone note closes.
  const styleCount = new Map<string, number>();
  for (const { block, notes } of found)
    if (block.kind === 'numbered' && notes.length && !standalone(notes, block))
      styleCount.set(block.style!, (styleCount.get(block.style!) ?? 0) + 1);
  const taskStyle = [...styleCount].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const owned = new Map<Block, Note[]>();
  // Without a style that carries notes inline, the first note after a list shows which level they close.
  let closingStyle = taskStyle;
  for (const { block, notes } of found) {
    if (!notes.length) continue;
    if (!standalone(notes, block) || block.kind === 'numbered') {
      owned.set(block, [...(owned.get(block) ?? []), ...notes]);
      continue;
    }
    const chain = ctx.ancestors(block).filter((a) => a.kind === 'numbered' && a.style !== 'annex');
    const owner = (closingStyle && chain.findLast((a) => a.style === closingStyle)) || listOpener(chain) || block;
    closingStyle ??= owner.kind === 'numbered' ? owner.style : null;
    if (owner === block || !owned.has(owner)) owned.set(owner, [...(owned.get(owner) ?? []), ...notes]);
  }

  let firstLeads = body.slice(0, 3).some((b) => FIRST_LEADS.test(forMatching(b.text)));
  let inherited: Inherited[] = [];
  const tasks: DraftTask[] = [];
  for (const block of ctx.blocks) {
    const notes = owned.get(block);
    if (!notes) continue;
    const numbered =
      block.kind === 'numbered'
        ? block
        : ctx.ancestors(block).findLast((a) => a.kind === 'numbered' && a.style !== 'annex');
    let from = 0;
    notes.forEach((note, k) => {
      const own = note.holder === block;
      firstLeads ||= note.reading.firstLeads;
      const noteCite = ctx.cite(note.holder, note.start, note.end);
      if (note.unclosed) ctx.report(noteCite.line, 'tasks:unclosed-parenthesis');
      for (const rest of note.reading.rest) {
        if (!/\d|[一二三四五六七八九十]月|年|季度|完成|前|持续|长期/.test(forMatching(rest.text)))
          ctx.report(noteCite.line, 'tasks:unread-note', rest.text);
      }
      const who = assign(note.reading.lists, ctx, noteCite.line, firstLeads);
      // The task's text: from the end of the note before it (or the start) to the end of its note.
      const start = own ? from : 0;
      const end = own ? note.end : block.text.length;
      from = note.end;
      // The stop that closes the sentence before a note (…（责任部门：…）。) belongs to that sentence.
      const lead = /^[\s。．.；;，,、]*/.exec(block.text.slice(start))![0].length;
      const text = block.text.slice(start + lead, end).trim();
      const extent = own ? ctx.cite(block, start + lead, end).span : noteCite.span;
      const title = k === 0 && block.heading ? block.heading : text.slice(0, 30);
      tasks.push({
        id: ctx.idFor(block.id!, 'task'),
        document: ctx.id,
        kind: 'numbered',
        number: numberOf(numbered?.marker ?? null),
        title,
        ...who,
        inherited: [...inherited],
        category: null,
        text: own ? text : block.text,
        ...noteCite,
        extent,
        url: `/documents/${ctx.id}/#${block.id}`,
      });
      for (const inherit of note.reading.inherits) {
        const at = ctx.cite(note.holder, note.innerAt + inherit.index, note.innerAt + inherit.index + inherit.length);
        inherited = [
          ...inherited,
          {
            phrase: inherit.phrase,
            role: inherit.role,
            name: isGeneric(inherit.phrase, ctx.level) ? null : inherit.phrase,
            ...at,
          },
        ];
      }
    });
  }
  return tasks;
}
