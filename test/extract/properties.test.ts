import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../scripts/extract-all.ts';
import { ExtractError } from '../../scripts/lib/errors.ts';
import { extractDocument } from '../../scripts/pipeline.ts';

// Pieces real policy texts are made of, and pieces that break naive parsers.
const pieces = [
  '一、',
  '二、',
  '（一）',
  '(二)',
  '1.',
  '2、',
  '3．',
  '（1）',
  '(2)',
  '①',
  '第一条',
  '第二章',
  '附件：',
  '专栏1',
  '总体要求',
  '重点任务',
  '推进节能降碳',
  '加快发展清洁能源',
  '到2025年，',
  '2023年底',
  '较2020年下降16%',
  '达到68.22%以上',
  '不低于95%',
  '控制在10亿立方米以内',
  '新建道路700公里',
  '（市发改委牵头，市住建局等部门按职责分工负责）',
  '（牵头单位：市生态环境局；配合单位：市水务局）',
  '(责任单位:市财政局、、市税务局)',
  '（6月底完成，牵头单位：市工信局',
  '以下均需各县区落实，不再列出',
  '市生态环境局负责',
  '会同',
  '申报条件',
  '应满足以下条件：',
  '不得申报',
  '每市不超过2个园区',
  '于2025年1月10日前报送',
  '原文如下：',
  '首页',
  '分享',
  '0人已收藏',
  '- 3 -',
  '|',
  '\t',
  '。',
  '，',
  '；',
  '、',
  '(',
  '）',
  '《',
  '》',
  '<script>alert(1)</script>',
  '[x](y)',
  '`code`',
  '*',
  '１２３',
  '　',
  ' ',
  '\uFEFF',
  '\r\n',
  '\n',
  '\r',
  '\n\n',
];
const line = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...pieces), weight: 4 },
      { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));
const text = fc
  .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, newline]) => lines.join(newline));
const runs = { numRuns: 300 };

function attempt(source: string) {
  try {
    return extractDocument({ id: 'prop', file: 'prop.txt', bytes: new TextEncoder().encode(source), sidecar: {} });
  } catch (e) {
    if (e instanceof ExtractError) return e;
    throw e;
  }
}

describe('the extractor on generated texts', () => {
  it('never throws anything but its own ExtractError, with file:line', () => {
    fc.assert(
      fc.property(text, (source) => {
        const r = attempt(source);
        if (r instanceof ExtractError) expect(r.message).toMatch(/^prop\.txt:\d+: /);
      }),
      runs,
    );
  });

  it('always accounts for every character: source = kept + removed', () => {
    fc.assert(
      fc.property(text, (source) => {
        const r = attempt(source);
        if (r instanceof ExtractError) return;
        const chars = [...source].length;
        expect(r.document.accounting.source).toBe(chars);
        expect(r.document.accounting.kept + r.document.accounting.removed).toBe(chars);
      }),
      runs,
    );
  });

  it('always produces output that passes the schemas and cross-checks', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ex = extractAll([
          { file: 'policy-sources/a.txt', bytes: new TextEncoder().encode(a) },
          { file: 'policy-sources/b.txt', bytes: new TextEncoder().encode(b) },
        ]);
        for (const e of ex.errors)
          expect(e).not.toMatch(
            /internal|is not valid|does not start on line|unknown (department|task|document)|cites clause/,
          );
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same text gives the same content', () => {
    fc.assert(
      fc.property(text, (source) => {
        const one = extractAll([{ file: 'policy-sources/a.txt', bytes: new TextEncoder().encode(source) }]);
        const two = extractAll([{ file: 'policy-sources/a.txt', bytes: new TextEncoder().encode(source) }]);
        expect([...two.files]).toEqual([...one.files]);
        expect(two.errors).toEqual(one.errors);
      }),
      { numRuns: 100 },
    );
  });
});
