import { describe, expect, it } from 'vitest';
import { readMarker } from '../../scripts/3-outline/numbering.ts';

describe('readMarker', () => {
  it.each([
    ['一、总体要求', 'cn', 1],
    ['十二、附则', 'cn', 12],
    ['（三）主要目标', 'cn-paren', 3],
    ['(三)主要目标', 'cn-paren', 3],
    ['7. 建立健全', 'arabic', 7],
    ['7.建立健全', 'arabic', 7],
    ['7、建立健全', 'arabic', 7],
    ['7．建立健全', 'arabic', 7],
    ['１２．全角数字', 'arabic', 12],
    ['（1）加强领导', 'arabic-paren', 1],
    ['(1)加强领导', 'arabic-paren', 1],
    ['1）加强领导', 'arabic-half', 1],
    ['③完善机制', 'circled', 3],
    ['第十一条 本办法自印发之日起施行', 'article', 11],
    ['第二章 总则', 'chapter', 2],
    ['附件：任务分工表', 'annex', 1],
    ['附件2', 'annex', 2],
  ])('reads %s as %s %i', (line, style, ordinal) => {
    expect(readMarker(line)).toMatchObject({ style, ordinal });
  });

  it.each(['1.5亿元用于补贴', '2025年底前完成', '一是加强领导', '12', '5G基站', '附近区域'])(
    'does not read %s as numbered',
    (line) => {
      expect(readMarker(line)).toBeNull();
    },
  );

  it('keeps the marker exactly as printed', () => {
    expect(readMarker('（１）全角括号')?.marker).toBe('（１）');
  });
});
