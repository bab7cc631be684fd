import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers/run.ts';

const plan = [
  '江澜市绿色发展实施方案',
  '一、总体要求',
  '（一）指导思想',
  '坚持绿色发展。',
  '二、重点任务',
  '1. 推进节能降碳。加快推进工业、建筑、交通等领域的节能',
  '改造，提高能效水平。',
  '2. 发展清洁能源。',
  '（1）扩大光伏规模。',
  '（2）推进风电建设。',
  '三、保障措施',
  '1. 加强组织领导。',
].join('\n');

describe('outline', () => {
  const { document } = extractText(plan);
  const byId = Object.fromEntries(document.clauses.map((c) => [c.id, c]));

  it('nests 一、 / （一） / 1. / （1） and gives anchors from the numbering path', () => {
    expect(document.clauses.map((c) => [c.id, c.depth])).toEqual([
      ['front-1', 0],
      ['c1', 0],
      ['c1-1', 1],
      ['c1-1-p1', 2],
      ['c2', 0],
      ['c2-1', 1],
      ['c2-2', 1],
      ['c2-2-1', 2],
      ['c2-2-2', 2],
      ['c3', 0],
      ['c3-1', 1],
    ]);
  });

  it('restarts numbering under each section without a duplicate warning', () => {
    expect(byId['c3-1']!.parent).toBe('c3');
    expect(document.findings).toEqual([]);
  });

  it('joins a sentence broken across lines and records both lines', () => {
    expect(byId['c2-1']!.text).toBe('推进节能降碳。加快推进工业、建筑、交通等领域的节能改造，提高能效水平。');
    expect([byId['c2-1']!.line, byId['c2-1']!.endLine]).toEqual([6, 7]);
  });

  it('keeps a short unpunctuated heading apart from the paragraph after it', () => {
    expect(byId['c1-1']!.text).toBe('指导思想');
    expect(byId['c1-1']!.heading).toBe('指导思想');
  });

  it('gives the same anchors on a second run (determinism)', () => {
    expect(extractText(plan).document).toEqual(document);
  });

  it('warns on a duplicate number under one heading and keeps both clauses', () => {
    const { document: dup } = extractText('方案\n一、任务\n1. 甲。\n2. 乙。\n2. 丙。\n3. 丁。');
    expect(dup.clauses.map((c) => c.id)).toEqual(['front-1', 'c1', 'c1-1', 'c1-2', 'c1-2-2', 'c1-3']);
    expect(dup.findings.map((f) => [f.line, f.rule])).toContainEqual([5, 'outline:duplicate-number']);
  });

  it('publishes a text with no numbered structure as clause-less paragraphs with a warning', () => {
    const { document: flat } = extractText('关于做好节能工作的通知\n各单位要高度重视节能工作。\n请认真贯彻落实。');
    expect(flat.clauses.map((c) => c.kind)).toEqual(['front', 'paragraph', 'paragraph']);
    expect(flat.findings.map((f) => f.rule)).toEqual(['outline:no-structure']);
  });

  it('reads CRLF sources the same as LF ones, quotes staying exact', () => {
    const crlf = extractText(plan.replace(/\n/g, '\r\n')).document;
    expect(crlf.clauses.map((c) => [c.id, c.text])).toEqual(document.clauses.map((c) => [c.id, c.text]));
    expect(crlf.accounting).toEqual({
      source: document.accounting.source + 11,
      kept: document.accounting.kept + 11,
      removed: 0,
    });
  });
});
