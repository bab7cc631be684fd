/**
 * Reading a number a person typed into a check: 68.22, ６８．２２, 68.22%, 1,250.
 * Every failure has a code the UI explains inline; a parse never yields NaN.
 */

export type NumberInputError =
  /** Letters or symbols that are not a number (约70, abc). */
  | 'not-a-number'
  /** Chinese numerals (七十, 六十八点二). */
  | 'chinese-numeral'
  /** A number with words around it (约70, 70以上). */
  | 'extra-words'
  /** A comma used as a decimal separator (68,22). */
  | 'comma-decimal'
  /** More than one number (68.22 70). */
  | 'several-numbers'
  /** A fraction where a count is asked for (8.5 项). */
  | 'not-integer'
  /** A negative count or change magnitude. */
  | 'negative'
  /** A typed % where the quantity is not a percentage. */
  | 'unexpected-percent';

export type NumberInput =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'invalid'; error: NumberInputError };

export interface NumberInputOptions {
  /** Only whole numbers (counts of indicators). */
  integer?: boolean;
  /** Reject values below zero. */
  nonNegative?: boolean;
  /** Whether a trailing % is accepted (the quantity is a percentage). */
  allowPercent?: boolean;
}

const numberPattern = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)\s*(%)?$/;
const groupedPattern = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*%?$/;
const chineseNumeral = /[〇零一二三四五六七八九十百千万亿两点]/;

/** NFKC folds full-width digits, ．, ％, －, ＋ and the ideographic space to ASCII. */
function normalize(raw: string): string {
  return (
    raw
      .normalize('NFKC')
      .replace(/[\u2212\u2012\u2013]/g, '-')
      // A Chinese IME often types 。 for the decimal point: 68。22.
      .replace(/(\d)。(?=\d)/g, '$1.')
      .trim()
  );
}

export function parseNumberInput(raw: string, options: NumberInputOptions = {}): NumberInput {
  const allowPercent = options.allowPercent ?? true;
  let text = normalize(raw);
  if (text === '') return { kind: 'empty' };
  if (groupedPattern.test(text)) text = text.replace(/,/g, '');
  if (/^[+-]?\d+,\d+\s*%?$/.test(text)) return { kind: 'invalid', error: 'comma-decimal' };
  const match = numberPattern.exec(text);
  if (!match) {
    if (/\d[\s,;、/]+[+-]?\d/.test(text) && !/[^\d\s,;、/.%+-]/.test(text)) {
      return { kind: 'invalid', error: 'several-numbers' };
    }
    if (/\d/.test(text) && /[^\d.,%+\-\s]/.test(text)) return { kind: 'invalid', error: 'extra-words' };
    if (chineseNumeral.test(text)) return { kind: 'invalid', error: 'chinese-numeral' };
    return { kind: 'invalid', error: 'not-a-number' };
  }
  const value = Number(`${match[1]}${match[2]}`);
  if (!Number.isFinite(value)) return { kind: 'invalid', error: 'not-a-number' };
  // The pattern's third group is the typed percent sign.
  const percent = match[3] !== undefined;
  if (percent && !allowPercent) return { kind: 'invalid', error: 'unexpected-percent' };
  if (options.integer && !Number.isInteger(value)) return { kind: 'invalid', error: 'not-integer' };
  if (options.nonNegative && value < 0) return { kind: 'invalid', error: 'negative' };
  // Normalise −0 so it prints and compares as 0.
  return { kind: 'number', value: value === 0 ? 0 : value, percent };
}
