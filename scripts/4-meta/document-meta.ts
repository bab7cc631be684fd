import type { Removed, Sidecar, Span } from '../../src/schema/index.ts';
import { positions } from '../lib/positions.ts';
import type { Line } from '../1-decode/lines.ts';
import { firstDate } from '../lib/dates.ts';
import { fiveYearPlan, forMatching } from '../lib/text.ts';
import { isMetaLine, isTitleLike, ORG_LINE, TITLE_TAIL } from '../3-outline/front-matter.ts';
import type { Block } from '../3-outline/tree.ts';
import type { PortalField } from '../1-decode/decoded.ts';
import { PORTAL_LABELS } from '../../src/vocabulary/index.ts';
import { nationalNumber, NATIONAL, regionIn, regionOf } from './region.ts';

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

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}\s*[〔[(（]\s*\d{4}\s*[〕\])）]\s*\d+\s*号/;

/** Front blocks with a title broken over several lines joined back: 关于印发…国家生态 + 文明建设…的通知. */
function logicalLines(front: Block[]): Array<{ text: string; block: Block }> {
  const out: Array<{ text: string; block: Block }> = [];
  let carry: { text: string; block: Block } | null = null;
  for (const block of front) {
    const text = block.text.trim();
    // The tail of a broken title (…实施方案 ⏎ 的通知) goes back onto the line before it.
    if (TITLE_TAIL.test(text) && !carry && out.length) {
      out.at(-1)!.text += text;
      continue;
    }
    const joinable = !isTitleLike(text) && !isMetaLine(text) && !/[。，,；;：:]/.test(forMatching(text));
    const merged: { text: string; block: Block } = carry
      ? { text: carry.text + text, block: carry.block }
      : { text, block };
    if (joinable) carry = merged;
    else {
      out.push(merged);
      carry = null;
    }
  }
  if (carry) out.push(carry);
  return out;
}

/** The policy a cover notice carries: 关于印发《X》的通知, 印发关于X的通知, 关于发布X的通知, X发布《Y》. */
const CARRIED = [
  /关于(?:印发|发布|转发|公布)[《“"]?(.+?)[》”"]?的(?:通知|函|决定)/,
  /印发(关于.+?)的(?:通知|函)/,
  /^[^《]{2,20}?发布《(.+?)》/,
];

function titleFrom(lines: Array<{ text: string }>, front: Block[]): string | null {
  for (const pattern of CARRIED) {
    for (const { text } of lines) {
      const m = pattern.exec(forMatching(text));
      if (m)
        return text
          .slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length)
          .replace(/\s+/g, ' ')
          .trim();
    }
  }
  for (const block of front) {
    const m = /现将《(.+?)》|^《(.+?)》已经|现将“(.+?)”/.exec(block.text);
    if (m) return (m[1] ?? m[2] ?? m[3])!;
  }
  const at = lines.findIndex((l) => isTitleLike(l.text));
  if (at < 0) return lines[0]?.text ?? null;
  const titled = lines[at]!.text;
  // 邯郸市人民政府 ⏎ 关于加快…的实施意见: the issuer on the line above a 关于 title is part of it.
  const above = lines[at - 1]?.text.trim();
  return above && /^关于/.test(titled) && ORG_LINE.test(above) ? above + titled : titled;
}

/**
 * Issuers from the title block, and those the signature adds; one body named twice (市政府办公厅 / 深圳市人民政府办公厅) once, in its
 * fuller form.
 */
function mergeIssuers(front: string[], signed: string[]): string[] {
  const key = (n: string) =>
    n
      .replace(/人民政府/g, '政府')
      .replace(/^.*?(?:省|市|区|县|州|盟|旗)(?=[^省市区县州盟旗]*(?:政府|委|局|厅|办))/, '');
  const out: string[] = [];
  for (const name of [...front, ...(front.length ? [] : signed)]) {
    const same = out.findIndex((o) => key(o) === key(name));
    if (same < 0) out.push(name);
    else if (name.length > out[same]!.length) out[same] = name;
  }
  // A signature spells a name out in full where the title block shortened it.
  return out.map(
    (o) => signed.find((s) => s !== o && s.endsWith(o.replace(/^(?:省|市|区|县)/, '')) && key(s) === key(o)) ?? o,
  );
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
    if (field)
      for (const part of block.text
        .trim()
        .slice(block.text.trim().length - field[1]!.length)
        .split(/[\s、,，]+/))
        if (ORG_LINE.test(part)) add(part);
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

function placedIn(
  block: Block,
  source: string,
  index: number,
  length: number,
): { line: number; quote: string; span: Span } {
  const start = block.offsets[index]!;
  const end = block.offsets[index + length - 1]! + 1;
  return { line: positions(source).lineOf(start), quote: source.slice(start, end), span: { start, end } };
}

/** Names of bodies on a line, split at spaces; a name broken over two lines (邯郸市人 ⏎ 民政府) joined back. */
function orgNames(lines: string[]): string[] | null {
  const pieces = lines.flatMap((l) => l.trim().split(/[\s\u3000]+/)).filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (ORG_LINE.test(pieces[i]!)) names.push(pieces[i]!);
    else if (i + 1 < pieces.length && ORG_LINE.test(pieces[i]! + pieces[i + 1]!)) names.push(pieces[i]! + pieces[++i]!);
    else return null;
  }
  return names.length ? names : null;
}

/**
 * The first signature of the text: the issuing bodies' names on the lines just above a date that
 * stands alone. A cover notice signs before the policy it carries, so the first one is the document's.
 */
function signature(blocks: Block[], source: string): { names: string[]; date: Placed<string> | null } | null {
  for (let i = 1; i < blocks.length; i++) {
    const date = blocks[i]!;
    const d = isMetaLine(date.text) ? firstDate(date.text) : null;
    if (!d || forMatching(date.text).replace(/[\s()（）]/g, '').length > d.length + 2) continue;
    const one = orgNames([blocks[i - 1]!.text]);
    const two = i >= 2 ? orgNames([blocks[i - 2]!.text, blocks[i - 1]!.text]) : null;
    const names = one ?? two;
    if (!names) continue;
    return {
      names,
      date: date.id ? { value: d.date, clause: date.id, ...placedIn(date, source, d.index, d.length) } : null,
    };
  }
  return null;
}

/** The date of issue after the text: a portal's 成文日期 field, else the signature's date. */
function dateField(body: Block[], source: string): Placed<string> | null {
  for (const block of body.slice(-15)) {
    if (!/^(成文日期|发文日期)[:：]/.test(forMatching(block.text.trim()))) continue;
    const d = firstDate(block.text);
    if (d && block.id) return { value: d.date, clause: block.id, ...placedIn(block, source, d.index, d.length) };
  }
  return null;
}

function issuedFrom(front: Block[], source: string): Placed<string> | null {
  for (const block of front) {
    // Publication and entry-into-force dates are not the date of issue.
    if (
      !isMetaLine(block.text) ||
      /^(来源|发布时间|发布日期|标题|索引号|【(?!成文日期))/.test(forMatching(block.text).trim())
    )
      continue;
    const d = firstDate(block.text);
    if (d && block.id) return { value: d.date, clause: block.id, ...placedIn(block, source, d.index, d.length) };
  }
  return null;
}

const PUBLISHED =
  /(发布时间|发布日期|时间)\s*[:：】]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/;

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

/**
 * The facts a portal prints in its metadata table, where the page had one: they are the portal's own
 * record of the document, so they stand before what is read from the text (a sidecar still wins).
 */
function portalFacts(fields: PortalField[], front: Block[], source: string) {
  const field = (label: keyof typeof PORTAL_LABELS) =>
    fields.find((f) => (PORTAL_LABELS[label] as readonly string[]).includes(f.label) && f.value.trim());
  const placed = (f: PortalField | undefined): Placed<string> | null => {
    const d = f && firstDate(f.value);
    if (!f || !d) return null;
    const start = f.start + d.index;
    const end = start + d.length;
    const holder = front.find((b) => b.offsets.includes(start)) ?? front[0];
    return {
      value: d.date,
      clause: holder?.id ?? 'front-1',
      line: positions(source).lineOf(start),
      quote: source.slice(start, end),
      span: { start, end },
    };
  };
  const issuer =
    field('issuer')
      ?.value.split(/[\s、，,；;]+/)
      .filter(Boolean) ?? [];
  return {
    issuer,
    docNumber: field('docNumber')?.value.trim() ?? null,
    issued: placed(field('issued')),
    published: placed(field('published')),
  };
}

/** Reads title, issuers, 发文字号, dates, region and plan period from the title block (and a portal's metadata table). */
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
  /** A saved web page's metadata fields. */
  portal?: PortalField[];
}): DocumentMeta {
  const { front, sidecar, source } = input;
  const portal = portalFacts(input.portal ?? [], front, source);
  const lines = logicalLines(front);
  const title = sidecar.title ?? titleFrom(lines, front) ?? input.fallbackTitle;
  const signed = signature([...front, ...input.body], source);
  const fromFront = issuersFrom(front, lines);
  const issuer =
    sidecar.issuer ??
    (portal.issuer.length ? portal.issuer : mergeIssuers(fromFront.length ? fromFront : [], signed?.names ?? []));
  const numberLine =
    portal.docNumber ??
    front.map((b) => (isMetaLine(b.text) ? DOC_NUMBER.exec(b.text)?.[0].trim() : null)).find(Boolean) ??
    null;
  const region =
    sidecar.region ??
    (issuer.map(regionOf).find(Boolean) ||
      regionOf(title) ||
      regionIn(title) ||
      (numberLine && nationalNumber(numberLine) ? NATIONAL : null));
  const issuedText =
    portal.issued ?? issuedFrom(front, source) ?? dateField(input.body, source) ?? signed?.date ?? null;
  const publishedText = portal.published ?? publishedFrom(input.allLines, front, input.removed, source);
  return {
    title,
    issuer,
    docNumber: sidecar.docNumber ?? numberLine,
    region: region ?? null,
    issued: sidecar.issued ? (issuedText ? { ...issuedText, value: sidecar.issued } : null) : issuedText,
    published: sidecar.published
      ? publishedText
        ? { ...publishedText, value: sidecar.published }
        : null
      : publishedText,
    period: sidecar.period ?? periodFrom(title, input.preamble),
  };
}
