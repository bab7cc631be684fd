import { describe, expect, it } from 'vitest';
import { departmentSearchTerms, extraSearchTerms, withoutRegion } from '../../src/components/lib/search-terms.ts';

describe('department search terms', () => {
  it('adds the name without its level prefix, so 发改委 finds 市发改委', () => {
    expect(extraSearchTerms({ name: '市发改委', aliases: ['市发改委'], region: '苏州市' })).toContain('发改委');
  });

  it('adds the customary short form of a long name', () => {
    const terms = departmentSearchTerms({ name: '市发展改革委', aliases: ['市发展改革委', '市发展和改革委员会'], region: '陇南市' });
    expect(terms).toEqual(expect.arrayContaining(['发改委', '市发改委', '发展改革委', '发展和改革委员会']));
  });

  it('strips the region name as written or without its 市 / 省', () => {
    expect(withoutRegion('苏州市生态环境局', '苏州市')).toBe('生态环境局');
    expect(withoutRegion('山东生态环境厅', '山东省')).toBe('生态环境厅');
    expect(withoutRegion('自治区能源局', '内蒙古自治区')).toBe('能源局');
  });

  it('never repeats a term or adds one-character terms', () => {
    const terms = departmentSearchTerms({ name: '市局', aliases: ['市局', '市局'], region: null });
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.every((t) => t.length >= 2)).toBe(true);
  });
});
