import type { Removed, Sidecar, Span } from '../../src/schema/index.ts';
import { positions } from '../lib/positions.ts';
import type { Line } from '../1-decode/lines.ts';
import { firstDate } from '../lib/dates.ts';
import { fiveYearPlan, forMatching } from '../lib/text.ts';
import { isMetaLine, isTitleLike, ORG_LINE } from '../3-outline/front-matter.ts';
import type { Block } from '../3-outline/tree.ts';
import { regionOf } from './region.ts';

/** A fact of the title block with its place in the source. */
export interface Placed<T> {
  value: T;
  clause: string;
  line: number;
  quote: string;
  span: Span;
}

export interface DocumentMeta {
  title: string;
  issuer: string[];
  docNumber: string | null;
  region: string | null;
  issued: Placed<string> | null;
  published: Placed<string> | null;
  period: { start: number | null; end: number } | null;
}

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}\s*[〔\[(（]\s*\d{4}\s*[〕\])）]\s*\d+\s*号/;

/** Front blocks with a title broken over several lines joined back: 关于印发…国家生态 + 文明建设…的通知. */
function logicalLines(front: Block[]): Array<{ text: string; block: Block }> {
  const out: Array<{ text: string; block: Block }> = [];
  let carry: { text: string; block: Block } | null = null;
  for (const block of front) {
    const text = block.text.trim();
    const joinable = !isTitleLike(text) && !isMetaLine(text) && !/[。，,；;：:]/.test(forMatching(text));
    const merged: { text: string; block: Block } = carry ? { text: carry.text + text, block: carry.block } : { text, block };
    if (joinable) carry = merged;
    else {
      out.push(merged);
      carry = null;
    }
  }
  if (carry) out.push(carry);
  return out;
}

function titleFrom(lines: Array<{ text: string }>, front: Block[]): string | null {
  for (const { text } of lines) {
    const m = /关于印发[《“"]?(.+?)[》”"]?的通知/.exec(text);
    if (m) return m[1]!;
  }
  for (const block of front) {
    const m = /现将《(.+?)》|^《(.+?)》已经|现将“(.+?)”/.exec(block.text);
    if (m) return (m[1] ?? m[2] ?? m[3])!;
  }
  const titled = lines.find((l) => isTitleLike(l.text));
  return titled ? titled.text : lines[0]?.text ?? null;
}

function issuersFrom(front: Block[], lines: Array<{ text: string }>): string[] {
  const found: string[] = [];
  const add = (name: string) => {
    const clean = name.trim();
    // A line that joins two issuers already found (中共X市委X市人民政府) adds nothing.
    if (clean && !found.some((f) => clean.includes(f))) found.push(clean);
  };
  // A portal's 发文机关 field names them all, in order.
  for (const block of front) {
    const field = /^(?:发文机关|发布机构)[:：]\s*(.+)$/.exec(forMatching(block.text.trim()));
    if (field) for (const part of block.text.trim().slice(block.text.trim().length - field[1]!.length).split(/[\s、,，]+/)) if (ORG_LINE.test(part)) add(part);
  }
  front.forEach((block, i) => {
    const text = block.text.trim();
    const next = front[i + 1]?.text.trim() ?? '';
    // A signature: the body's name on the line before the date.
    if (ORG_LINE.test(text) && firstDate(next) && isMetaLine(next)) add(text);
  });
  // Issuer lines standing alone above the title.
  for (const block of front) {
    const text = block.text.trim();
    if (ORG_LINE.test(text) && text.length <= 20) add(text);
  }
  // Issuers named before 关于 in a title: 中共江澜市委 江澜市人民政府关于….
  for (const { text } of lines) {
    const m = /^(.+?)关于/.exec(text.replace(/^(标题|题名|名称)[:：]\s*/, ''));
    if (!m) continue;
    for (const part of m[1]!.split(/\s+/)) if (ORG_LINE.test(part)) add(part);
  }
  return found;
}

function placedIn(block: Block, source: string, index: number, length: number): { line: number; quote: string; span: Span } {
  const start = block.offsets[index]!;
  const end = block.offsets[index + length - 1]! + 1;
  return { line: positions(source).lineOf(start), quote: source.slice(start, end), span: { start, end } };
}

/** A signature closing the text: the issuing body's name, then the date on the next line. */
function signature(body: Block[], source: string): { name: string; date: Placed<string> | null } | null {
  const tail = body.slice(-4);
  for (let i = tail.length - 1; i > 0; i--) {
    const date = tail[i]!;
    const d = isMetaLine(date.text) ? firstDate(date.text) : null;
    if (!d || !ORG_LINE.test(tail[i - 1]!.text.trim())) continue;
    return { name: tail[i - 1]!.text.trim(), date: date.id ? { value: d.date, clause: date.id, ...placedIn(date, source, d.index, d.length) } : null };
  }
  return null;
}

/** The date of issue after the text: a portal's 成文日期 field, else the signature's date. */
function signatureDate(body: Block[], source: string): Placed<string> | null {
  for (const block of body.slice(-15)) {
    if (!/^(成文日期|发文日期)[:：]/.test(forMatching(block.text.trim()))) continue;
    const d = firstDate(block.text);
    if (d && block.id) return { value: d.date, clause: block.id, ...placedIn(block, source, d.index, d.length) };
  }
  return signature(body, source)?.date ?? null;
}

function issuedFrom(front: Block[], source: string): Placed<string> | null {
  for (const block of front) {
    // Publication and entry-into-force dates are not the date of issue.
    if (!isMetaLine(block.text) || /^(来源|发布时间|发布日期|标题|索引号|【(?!成文日期))/.test(forMatching(block.text).trim())) continue;
    const d = firstDate(block.text);
    if (d && block.id) return { value: d.date, clause: block.id, ...placedIn(block, source, d.index, d.length) };
  }
  return null;
}

const PUBLISHED = /(发布时间|发布日期|时间)\s*[:：】]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/;

/** The publication date a web page states: 发布时间:2023-07-12, or a dateline 2023-12-08 09:38来源:…. */
function publishedFrom(allLines: Line[], front: Block[], removed: Removed[], source: string): Placed<string> | null {
  const firstBody = front.at(-1)?.endLine ?? 0;
  for (const line of allLines) {
    if (line.n > firstBody + 2 && line.n > 30) break;
    const folded = forMatching(line.text.trim());
    const m = PUBLISHED.exec(folded);
    if (!m) continue;
    const d = firstDate(folded.slice(m.index));
    if (!d) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const start = lead + m.index + d.index;
    const holder = front.find((b) => b.lines.includes(line.n));
    const inJunk = removed.some((r) => r.line <= line.n && r.endLine >= line.n);
    if (!holder && !inJunk) continue;
    const from = line.map ? line.map[start]! : line.start + start;
    const to = line.map ? line.map[start + d.length - 1]! + 1 : line.start + start + d.length;
    return {
      value: d.date,
      clause: holder?.id ?? front[0]?.id ?? 'front-1',
      line: line.n,
      quote: source.slice(from, to),
      span: { start: from, end: to },
    };
  }
  return null;
}

function periodFrom(title: string, preamble: string): DocumentMeta['period'] {
  const plan = fiveYearPlan(title);
  if (plan) return plan;
  const span = /(\d{4})\s*[—–\-－~至到]+\s*(\d{4})\s*年/.exec(forMatching(title));
  if (span) return { start: Number(span[1]), end: Number(span[2]) };
  // An annual plan names its year in the title: 临川市2025年大气污染防治工作要点.
  const annual = /(?<!\d)(\d{4})\s*年(?:度)?(?!\s*[—–\-－~至到]|\d)/.exec(forMatching(title));
  if (annual && !/规划期/.test(preamble)) return { start: Number(annual[1]), end: Number(annual[1]) };
  const until = /规划期(?:至|到|为)\s*(?:(\d{4})\s*[—–\-－至到]+\s*)?(\d{4})\s*年/.exec(forMatching(preamble));
  if (until) return { start: until[1] ? Number(until[1]) : null, end: Number(until[2]) };
  return null;
}

/** Reads title, issuers, 发文字号, dates, region and plan period from the title block. */
export function readMeta(input: {
  front: Block[];
  preamble: string;
  allLines: Line[];
  removed: Removed[];
  source: string;
  sidecar: Sidecar;
  fallbackTitle: string;
  /** Body blocks in reading order, for a signature at the end. */
  body: Block[];
}): DocumentMeta {
  const { front, sidecar, source } = input;
  const lines = logicalLines(front);
  const title = sidecar.title ?? titleFrom(lines, front) ?? input.fallbackTitle;
  const signed = signature(input.body, source)?.name ?? null;
  const fromFront = issuersFrom(front, lines);
  const issuer = sidecar.issuer ?? (fromFront.length ? fromFront : signed ? [signed] : []);
  const numberLine = front.map((b) => (isMetaLine(b.text) ? DOC_NUMBER.exec(b.text)?.[0].trim() : null)).find(Boolean) ?? null;
  const region = sidecar.region ?? (issuer.map(regionOf).find(Boolean) || regionOf(title));
  const issuedText = issuedFrom(front, source) ?? signatureDate(input.body, source);
  const publishedText = publishedFrom(input.allLines, front, input.removed, source);
  return {
    title,
    issuer,
    docNumber: sidecar.docNumber ?? numberLine,
    region: region ?? null,
    issued: sidecar.issued ? (issuedText ? { ...issuedText, value: sidecar.issued } : null) : issuedText,
    published: sidecar.published ? (publishedText ? { ...publishedText, value: sidecar.published } : null) : publishedText,
    period: sidecar.period ?? periodFrom(title, input.preamble),
  };
}
