import { describe, expect, test } from 'vitest';
import { parseNumberInput, type NumberInput, type NumberInputOptions } from '../../src/checks/index.ts';

const cases: { name: string; raw: string; options?: NumberInputOptions; expected: NumberInput }[] = [
  { name: 'a plain decimal', raw: '68.22', expected: { kind: 'number', value: 68.22, percent: false } },
  {
    name: 'full-width digits and point',
    raw: '６８．２２',
    expected: { kind: 'number', value: 68.22, percent: false },
  },
  { name: 'a typed half-width %', raw: '98%', expected: { kind: 'number', value: 98, percent: true } },
  { name: 'a typed full-width ％ after a space', raw: '98 ％', expected: { kind: 'number', value: 98, percent: true } },
  {
    name: 'surrounding ideographic spaces',
    raw: '\u300068.22\u3000',
    expected: { kind: 'number', value: 68.22, percent: false },
  },
  {
    name: 'a 。 typed for the decimal point',
    raw: '68。22',
    expected: { kind: 'number', value: 68.22, percent: false },
  },
  { name: 'a leading point', raw: '.5', expected: { kind: 'number', value: 0.5, percent: false } },
  { name: 'a full-width minus', raw: '－2', expected: { kind: 'number', value: -2, percent: false } },
  { name: 'thousands grouping', raw: '1,250.5', expected: { kind: 'number', value: 1250.5, percent: false } },
  {
    name: 'full-width thousands grouping',
    raw: '１，２５０',
    expected: { kind: 'number', value: 1250, percent: false },
  },
  { name: 'nothing typed', raw: '', expected: { kind: 'empty' } },
  { name: 'only spaces', raw: '  ', expected: { kind: 'empty' } },
  { name: 'words', raw: 'abc', expected: { kind: 'invalid', error: 'not-a-number' } },
  { name: 'a hedge before the number', raw: '约70', expected: { kind: 'invalid', error: 'extra-words' } },
  { name: 'words after the number', raw: '70%以上', expected: { kind: 'invalid', error: 'extra-words' } },
  { name: 'Chinese numerals', raw: '七十', expected: { kind: 'invalid', error: 'chinese-numeral' } },
  { name: 'a comma as decimal separator', raw: '68,22', expected: { kind: 'invalid', error: 'comma-decimal' } },
  { name: 'two numbers', raw: '68 70', expected: { kind: 'invalid', error: 'several-numbers' } },
  { name: 'two points', raw: '6.8.2', expected: { kind: 'invalid', error: 'not-a-number' } },
  {
    name: 'a fraction where a count is asked',
    raw: '8.5',
    options: { integer: true },
    expected: { kind: 'invalid', error: 'not-integer' },
  },
  {
    name: 'a negative count',
    raw: '-1',
    options: { integer: true, nonNegative: true },
    expected: { kind: 'invalid', error: 'negative' },
  },
  {
    name: 'a % where none is allowed',
    raw: '8%',
    options: { allowPercent: false },
    expected: { kind: 'invalid', error: 'unexpected-percent' },
  },
  { name: 'minus zero reads as zero', raw: '-0', expected: { kind: 'number', value: 0, percent: false } },
];

describe('parseNumberInput', () => {
  test.each(cases)('reads $name', ({ raw, options, expected }) => {
    expect(parseNumberInput(raw, options)).toEqual(expected);
  });
});
