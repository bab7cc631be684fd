import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { readMarker } from '../../scripts/3-outline/numbering.ts';

/** Word lists for the numbering styles of the seeds, by the marker form they print. */
const LISTS = [
  {
    reference: 'cn',
    style: 'cn',
    pattern: /^[一二三四五六七八九十]+、/,
    format: LevelFormat.CHINESE_COUNTING,
    text: '%1、',
  },
  {
    reference: 'cn-paren-half',
    style: 'cn-paren',
    pattern: /^\([一二三四五六七八九十]+\)/,
    format: LevelFormat.CHINESE_COUNTING,
    text: '(%1)',
  },
  {
    reference: 'cn-paren-full',
    style: 'cn-paren',
    pattern: /^（[一二三四五六七八九十]+）/,
    format: LevelFormat.CHINESE_COUNTING,
    text: '（%1）',
  },
  { reference: 'arabic', style: 'arabic', pattern: /^\d+\./, format: LevelFormat.DECIMAL, text: '%1.' },
] as const;

/**
 * A Word file made from a seed's text, as a person would type it in Word: one paragraph per line, a
 * table for runs of `a | b |` rows, and the numbered headings and items (一、 (一) 1.) as Word lists
 * whose numbers Word writes — the number is not in the paragraph's text. A list starts again (a new
 * instance) where the seed's numbering starts again at one; a marker that does not follow on is typed.
 */
export async function wordFile(seed: string): Promise<Uint8Array> {
  const counters = new Map<string, { instance: number; count: number }>();
  let instances = 0;
  const children: Array<Paragraph | Table> = [];
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    const width = Math.max(...rows.map((r) => r.length));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: rows.map(
          (r) =>
            new TableRow({
              children: Array.from(
                { length: width },
                (_, i) => new TableCell({ children: [new Paragraph(r[i] ?? '')] }),
              ),
            }),
        ),
      }),
    );
    rows = [];
  };
  for (const line of seed.split(/\r\n|\r|\n/)) {
    if (line.includes('|')) {
      rows.push(line.split('|').map((c) => c.trim()));
      continue;
    }
    flush();
    const list = LISTS.find((l) => l.pattern.test(line));
    const marker = list && readMarker(line);
    if (list && marker && marker.style === list.style) {
      const state = counters.get(list.reference);
      const fresh = marker.ordinal === 1 && (!state || state.count !== 0);
      if (fresh || (state && marker.ordinal === state.count + 1)) {
        const next = fresh ? { instance: ++instances, count: 1 } : { ...state!, count: state!.count + 1 };
        counters.set(list.reference, next);
        const printed = list.pattern.exec(line)![0];
        children.push(
          new Paragraph({
            children: [new TextRun(line.slice(printed.length))],
            numbering: { reference: list.reference, level: 0, instance: next.instance },
          }),
        );
        continue;
      }
    }
    children.push(new Paragraph({ children: [new TextRun(line)] }));
  }
  flush();
  const doc = new Document({
    numbering: {
      config: LISTS.map((l) => ({
        reference: l.reference,
        levels: [{ level: 0, format: l.format, text: l.text, alignment: AlignmentType.LEFT }],
      })),
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
