/**
 * Text helpers shared by every phase. `forMatching` folds full-width forms to
 * half-width one code unit for one, so offsets in the folded text are offsets
 * in the source: patterns match on the folded text, quotes are cut from the source.
 */
export function forMatching(text: string): string {
  if (text.length < FOLD_CACHED_FROM) return fold(text);
  let folded = folds.get(text);
  if (folded === undefined) {
    if (folds.size >= FOLD_CACHE_SIZE) folds.clear();
    folds.set(text, (folded = fold(text)));
  }
  return folded;
}

const fold = (text: string) =>
  text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
/**
 * The passes fold the same lines and blocks again and again (one string object each, so a lookup
 * compares by reference): the last few thousand folds of longer texts are kept.
 */
const FOLD_CACHED_FROM = 24;
const FOLD_CACHE_SIZE = 8192;
const folds = new Map<string, string>();

/** Length in code points, the unit of the character accounting. */
export function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) n++;
  }
  return n;
}

const digit: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numerals to a number: 三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105, 二〇二三 → 2023. */
export function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十百千]+$/.test(text)) return null;
  if (!/[十百千]/.test(text)) {
    // Digit by digit: 二〇二三 → 2023.
    return Number([...text].map((c) => digit[c]).join(''));
  }
  let total = 0;
  let current = 0;
  for (const c of text) {
    if (c in digit) current = digit[c]!;
    else {
      const unit = c === '十' ? 10 : c === '百' ? 100 : 1000;
      total += (current || 1) * unit;
      current = 0;
    }
  }
  return total + current;
}

const NUMERALS = '〇一二三四五六七八九';
/** A number in Chinese numerals as a list counts: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n]!;
  if (n < 20) return `十${n % 10 ? NUMERALS[n % 10] : ''}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)]}十${n % 10 ? NUMERALS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail =
      rest === 0
        ? ''
        : rest < 10
          ? `零${NUMERALS[rest]}`
          : rest < 20
            ? `一${chineseNumeral(rest)}`
            : chineseNumeral(rest);
    return `${NUMERALS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** ① → 1 … ⑳ → 20, else null. */
export function circledNumber(c: string): number | null {
  const i = circled.indexOf(c);
  return i >= 0 ? i + 1 : null;
}

/** Stable short hash (FNV-1a, 32 bit) in base 36, for ids that must not depend on run order. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Sentence-final punctuation: a line ending in one of these is complete. */
export const SENTENCE_END = /[。！？!?；;：:）)」』”"】〕]$/;

/**
 * The years of a five-year plan named 十N五: 十四五 → 2021–2025 (plans run from 1966 on in steps of five from the third).
 */
export function fiveYearPlan(text: string): { start: number; end: number } | null {
  const m = /十([一二三四五六七八九])五/.exec(text);
  if (!m) return null;
  const n = '一二三四五六七八九'.indexOf(m[1]!) + 11;
  const start = 1966 + (n - 3) * 5;
  return { start, end: start + 4 };
}

/**
 * Where the clause that ends `text` starts: just after the last of `stops`
 * (0 when there is none). A linear scan; `search(/[^,]*$/)` is quadratic on
 * long text without stops.
 */
export function clauseStart(text: string, stops = ',，;；:：'): number {
  for (let i = text.length - 1; i >= 0; i--) if (stops.includes(text[i]!)) return i + 1;
  return 0;
}
