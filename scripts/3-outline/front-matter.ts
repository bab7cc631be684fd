import type { Plugin } from 'unified';
import { anyOf, COVER_KINDS, DOCUMENT_KINDS, PORTAL_FIELDS } from '../../src/vocabulary/index.ts';
import { forMatching } from '../lib/text.ts';
import type { Block, Root } from './tree.ts';

/** Kinds of documents a title ends with, optionally followed by (试行) or (2024—2025年). */
export const TITLE_END = new RegExp(`${anyOf(DOCUMENT_KINDS)}([(（][^()（）]{0,20}[)）])?$`);

/** A line that could be (the end of) a title: short, no sentence punctuation. */
export function isTitleLike(text: string): boolean {
  const t = forMatching(text).trim();
  if (t.startsWith('【')) return false; // a legal database's 【法规类别】… field, not a title
  return t.length >= 4 && t.length <= 90 && !/[。；;：:！？]/.test(t) && TITLE_END.test(t);
}

/** The end of a title broken over lines: 的通知, 作的通知, 组的通知. */
export const TITLE_TAIL = new RegExp(`^[\\u4e00-\\u9fa5]{0,6}的${anyOf(COVER_KINDS)}$`);

/** A body's name standing alone: a signature or an issuer line. */
export const ORG_LINE =
  /^(中共)?[\u4e00-\u9fa5]{2,30}(人民政府|政府|办公厅|办公室|委员会|党委|市委|省委|区委|县委|委|厅|局|部|办|中心|管委会|国务院)$|^国务院$/;

const META_LINE_MAX = 400;
/** A portal's metadata field, or its source and time line: 索引号：…, 来源：…, 发布时间：…. */
const PORTAL_FIELD_START = new RegExp(`^(?:${anyOf(PORTAL_FIELDS)}|来源|发布时间)[:：]`);

/** Lines of a title block that are not prose: a date, a document number, (此件公开发布), a signature. */
export function isMetaLine(text: string): boolean {
  // The longest of these is a signature of a dozen issuers; a longer text is prose.
  if (text.length > META_LINE_MAX) return false;
  const t = forMatching(text).trim();
  return (
    /^[(（]?\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*[)）]?$/.test(
      t,
    ) ||
    /^[(（]?\s*\S{1,12}[〔[(（]\s*\d{4}\s*[〕\])）]\s*\d+\s*号\s*[)）]?$/.test(t) ||
    TITLE_TAIL.test(t) ||
    /^[(（](此件|此文|本件)[^)）]*[)）]$/.test(t) ||
    // (2025年3月12日临川市人民政府第28次常务会议通过)
    /^[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^()（）]{0,40}(通过|发布|印发|公布|施行)\s*[)）]$/.test(t) ||
    // A legal database's header fields: 【发布部门】… 【发文字号】…
    /^【[^】]{2,10}】/.test(t) ||
    ORG_LINE.test(t) ||
    // Several issuers on one line of a signature: 徐州市科学技术局 徐州市财政局.
    (t.includes(' ') && t.split(/\s+/).every((part) => ORG_LINE.test(part))) ||
    PORTAL_FIELD_START.test(t)
  );
}

/**
 * Transformer: marks the title block. It runs from the top to the last
 * title-like line before the first numbered clause (a notice that wraps a
 * plan ends at the plan's own title), plus the date and number lines after it.
 */
export const frontMatter: Plugin<[], Root> = () => (tree) => {
  const blocks = tree.children;
  const firstNumbered = blocks.findIndex((b) => b.kind === 'numbered' && b.style !== 'annex');
  const limit = firstNumbered < 0 ? Math.min(blocks.length, 12) : firstNumbered;
  let end = -1;
  for (let i = 0; i < limit; i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph' && isTitleLike(b.text)) end = i;
  }
  if (end < 0) {
    // No title line: the title block is the first line when it is short and unpunctuated.
    const first = blocks.findIndex((b) => b.kind !== 'blank');
    if (
      first >= 0 &&
      blocks[first]!.kind === 'paragraph' &&
      forMatching(blocks[first]!.text).length <= 60 &&
      !/[。；;]/.test(blocks[first]!.text)
    )
      end = first;
  }
  for (let i = end + 1; i < limit; i++) {
    const b = blocks[i]!;
    if (b.kind === 'blank') continue;
    if (b.kind === 'paragraph' && isMetaLine(b.text)) end = i;
    else break;
  }
  for (let i = 0; i <= end; i++) if (blocks[i]!.kind !== 'blank') blocks[i]!.kind = 'front';
};

/** Block lists for the title block, for the metadata reader. */
export function frontBlocks(tree: Root): Block[] {
  return tree.children.filter((b) => b.kind === 'front');
}
