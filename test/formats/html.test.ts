import { describe, expect, it } from 'vitest';
import { extractAll } from '../../scripts/extract-all.ts';
import { CHROME_BLOCKS, PAGE_SCRIPT, portalPage } from './portal-page.ts';
import { extractFile, facts, seedText } from './same-facts.ts';

const SEED = 'suzhou-carbon-peak';
const FIELDS = {
  索引号: '014000000/2022-00123',
  主题分类: '生态环境',
  发文机关: '中共苏州市委 苏州市人民政府',
  成文日期: '2022年03月17日',
  发文字号: '苏委发〔2022〕7号',
  发布日期: '2022年03月21日',
};

describe('a seed saved as a portal page (GBK, navigation, metadata table, share bar, footer)', async () => {
  const fromText = extractAll([
    { file: `policy-sources/${SEED}.txt`, bytes: new TextEncoder().encode(seedText(SEED)) },
  ]);
  const fromPage = await extractFile(`policy-sources/${SEED}.html`, portalPage(seedText(SEED), FIELDS));
  const doc = fromPage.content.documents[0]!;
  const clauseText = doc.clauses.map((c) => c.text).join('\n');

  it('reads without errors, as a web page declared GB2312', () => {
    expect(fromPage.decodeErrors).toEqual([]);
    expect(fromPage.errors).toEqual([]);
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('gb18030');
  });

  it('gives the same tasks, departments and targets as the seed text', () => {
    expect(fromText.errors).toEqual([]);
    // The seed assigns work: the comparison compares something.
    expect(facts(fromText).tasks.length).toBeGreaterThan(20);
    expect(facts(fromPage)).toEqual(facts(fromText));
  });

  it.each(Object.entries(CHROME_BLOCKS))('reports the %s as removed and keeps it out of every clause', (rule, text) => {
    const cut = doc.removed
      .filter((r) => r.rule === rule)
      .map((r) => r.text.replace(/\s+/g, ''))
      .join('|');
    expect(cut).toContain(text.replace(/\s+/g, ''));
    expect(clauseText.replace(/\s+/g, '')).not.toContain(text.replace(/\s+/g, ''));
  });

  it('counts every character of the page text as kept or removed', () => {
    expect(doc.accounting.source).toBe(doc.accounting.kept + doc.accounting.removed);
    expect(doc.removed.reduce((n, r) => n + r.chars, 0)).toBe(doc.accounting.removed);
  });

  it('reads the metadata table into the document: issuer, number, dates, and the fields as printed', () => {
    expect(doc.issuer).toEqual(['中共苏州市委', '苏州市人民政府']);
    expect(doc.docNumber).toBe('苏委发〔2022〕7号');
    expect(doc.issued).toBe('2022-03-17');
    expect(doc.published).toBe('2022-03-21');
    expect(doc.portal).toEqual(FIELDS);
  });

  it('never takes the page script or style as text, and publishes no original', () => {
    const everything = JSON.stringify(fromPage.content);
    expect(everything).not.toContain('pwned');
    expect(everything).not.toContain('font-family');
    expect(everything).not.toContain(PAGE_SCRIPT);
    expect(doc.original).toBeNull();
  });

  it('keeps a table of the text as a table clause with its rows', () => {
    const table = doc.clauses.find((c) => c.kind === 'table');
    expect(table?.rows?.[0]).toEqual(['具体事项', '责任部门']);
  });
});
