import { describe, expect, it } from 'vitest';
import {
  abbreviate,
  departmentSearchTerms,
  extraSearchTerms,
  withoutRegion,
} from '../../src/components/lib/search-terms.ts';

describe('department search terms', () => {
  it('adds the name without its level prefix, so 发改委 finds 市发改委, as a name', () => {
    expect(extraSearchTerms({ name: '市发改委', aliases: ['市发改委'], region: '苏州市' })).toEqual({
      names: ['发改委'],
      shortForms: [],
    });
  });

  it('adds the customary short form of a long name as a short form, not as a name', () => {
    const dept = { name: '市发展改革委', aliases: ['市发展改革委', '市发展和改革委员会'], region: '陇南市' };
    const extra = extraSearchTerms(dept);
    expect(extra.names).toEqual(['发展改革委', '发展和改革委员会']);
    expect(extra.shortForms).toEqual(['市发改委', '发改委']);
    expect(departmentSearchTerms(dept)).toEqual(
      expect.arrayContaining(['发改委', '市发改委', '发展改革委', '发展和改革委员会']),
    );
  });

  it('shortens with the vocabulary’s forms, the same the extractor merges by (自然资源和规划局 → 资规局)', () => {
    expect(abbreviate('市自然资源和规划局')).toBe('市资规局');
    expect(abbreviate('市工业和信息化局')).toBe('市工信局');
    expect(abbreviate('市生态环境局')).toBe('市环保局');
    expect(abbreviate('市统计局')).toBeNull();
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
