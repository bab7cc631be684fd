import { chineseNumeral } from '../../lib/text.ts';

/** One level of a Word list: how its number is written (numFmt), the text around it (lvlText) and where it starts. */
interface Level {
  format: string;
  text: string;
  start: number;
  /** A paragraph style that carries this level (w:pStyle). */
  style: string | null;
}

const attr = (xml: string, tag: string, name = 'w:val') =>
  new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** word/numbering.xml → the levels of each list instance (w:num → w:abstractNum, with start overrides). */
function readLists(xml: string): {
  levels: Map<string, Map<string, Level>>;
  byStyle: Map<string, { num: string; level: string }>;
} {
  const abstract = new Map<string, Map<string, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<string, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2]!;
      levels.set(/w:ilvl="([^"]*)"/.exec(l[1]!)?.[1] ?? '0', {
        format: attr(body, 'w:numFmt') ?? 'decimal',
        text: attr(body, 'w:lvlText') ?? '',
        start: Number(attr(body, 'w:start') ?? 1),
        style: attr(body, 'w:pStyle') ?? null,
      });
    }
    abstract.set(m[1]!, levels);
  }
  const levels = new Map<string, Map<string, Level>>();
  const byStyle = new Map<string, { num: string; level: string }>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const own = new Map(
      [...(abstract.get(attr(m[2]!, 'w:abstractNumId') ?? '') ?? new Map<string, Level>())].map(([k, v]) => [
        k,
        { ...v },
      ]),
    );
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="([^"]*)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2]!, 'w:startOverride');
      const level = own.get(o[1]!);
      if (start && level) level.start = Number(start);
    }
    levels.set(m[1]!, own);
    for (const [k, l] of own) if (l.style && !byStyle.has(l.style)) byStyle.set(l.style, { num: m[1]!, level: k });
  }
  return { levels, byStyle };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const roman = (n: number) => {
  let out = '';
  for (const [v, s] of [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ] as const)
    for (; n >= v; n -= v) out += s;
  return out;
};
const letter = (n: number) => String.fromCharCode(96 + (((n - 1) % 26) + 1)).repeat(Math.floor((n - 1) / 26) + 1);

/** A counter written in a Word number format (the ones Chinese documents use, and the common Latin ones). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumeral(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * The numbers Word shows before its numbered paragraphs, in document order: mammoth tells which
 * paragraphs are list items but not how Word writes their numbers (一、（一） 1.), so they are counted
 * here from word/numbering.xml and word/document.xml the way Word counts them (a level's counter goes
 * up by one, the deeper levels of the list start again). A bullet gets no number. Paragraphs are found
 * as mammoth finds them: by their own w:numPr, else by a list level tied to their paragraph style.
 */
export function listNumbers(documentXml: string, numberingXml: string | null): Array<string | null> {
  if (!numberingXml) return [];
  const { levels, byStyle } = readLists(numberingXml);
  const counters = new Map<string, number[]>();
  const out: Array<string | null> = [];
  // A paragraph with content (an empty one, <w:p/>, has no number and closes itself).
  for (const p of documentXml.matchAll(/<w:p\b(?:[^>]*[^/>])?>([\s\S]*?)<\/w:p>/g)) {
    const props = /<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(p[1]!)?.[1] ?? '';
    const numPr = /<w:numPr\b[^>]*>([\s\S]*?)<\/w:numPr>/.exec(props)?.[1];
    let num = numPr ? attr(numPr, 'w:numId') : undefined;
    let level = numPr ? attr(numPr, 'w:ilvl') : undefined;
    if (num === undefined || level === undefined) {
      const styled = byStyle.get(attr(props, 'w:pStyle') ?? '');
      if (styled && !(num !== undefined && level === undefined)) [num, level] = [styled.num, styled.level];
      else if (num !== undefined) level = '0';
    }
    const list = num !== undefined ? levels.get(num) : undefined;
    const def = list?.get(level ?? '0');
    if (!list || !def) continue;
    const depth = Number(level);
    const count = counters.get(num!) ?? [];
    count[depth] = (count[depth] ?? def.start - 1) + 1;
    count.length = depth + 1; // deeper levels start again
    counters.set(num!, count);
    if (def.format === 'bullet') {
      out.push(null);
      continue;
    }
    const label = def.text.replace(/%(\d)/g, (_, k: string) => {
      const l = list.get(String(Number(k) - 1));
      return formatNumber(count[Number(k) - 1] ?? l?.start ?? 1, l?.format ?? 'decimal');
    });
    out.push(label);
  }
  return out;
}
