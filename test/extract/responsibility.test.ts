import { describe, expect, it } from 'vitest';
import { departmentKey, isGeneric, splitNames } from '../../scripts/5-extract/departments/names.ts';
import { bracketed } from '../../scripts/5-extract/tasks/find-notes.ts';
import { readNote } from '../../scripts/5-extract/tasks/read-note.ts';
import { extractTexts } from '../helpers/run.ts';

/** A note's lists as `role: names`, the way a reader sums it up. */
const lists = (note: string) => readNote(note).lists.map((l) => `${l.role}: ${l.text}`);

describe('readNote', () => {
  it('splits 牵头 and 按职责分工负责 departments with half-width commas', () => {
    expect(lists('市资源规划局牵头,市住建局等部门按职责分工负责')).toEqual(['lead: 市资源规划局', 'duty: 市住建局']);
  });

  it('reads 按职责分工负责 departments as a duty with no lead named', () => {
    expect(lists('市委人才办、市教育局等部门按职责分工负责')).toEqual(['duty: 市委人才办、市教育局']);
  });

  it('reads 牵头单位:…;配合单位:… labels with half-width colons and semicolons', () => {
    expect(lists('牵头单位:市林草局;配合单位:市自然资源局、市住建局')).toEqual([
      'lead: 市林草局',
      'partner: 市自然资源局、市住建局',
    ]);
  });

  it('reads （牵头单位：…，配合单位：…） with full-width colons and commas', () => {
    expect(lists('牵头单位：市生态环境局，配合单位：市水务局')).toEqual(['lead: 市生态环境局', 'partner: 市水务局']);
  });

  it('reads an unseen label by its role words: 责任处室, 主责部门, 协办单位', () => {
    expect(lists('责任处室：环评处，完成期限：2021年四季度')).toEqual(['responsible: 环评处']);
    expect(lists('主责部门：市商务局；协办单位：市财政局')).toEqual(['lead: 市商务局', 'partner: 市财政局']);
  });

  it('keeps a deadline in the same note apart from the departments', () => {
    const r = readNote('6月底完成，牵头单位：市工信局');
    expect(r.lists.map((l) => l.text)).toEqual(['市工信局']);
    expect(r.rest.map((x) => x.text)).toEqual(['6月底完成']);
  });

  it('reads 以下…不再列出 as a duty inherited by later tasks', () => {
    const r = readNote('牵头单位:市生态环境局;配合单位:市直单位、各县区,以下所有工作任务均需各县区落实,不再一一列出');
    expect(r.inherits.map((i) => i.phrase)).toEqual(['各县区']);
    expect(r.lists.map((l) => `${l.role}: ${l.text}`)).toEqual(['lead: 市生态环境局', 'partner: 市直单位、各县区']);
  });

  it('reads the convention that the first body of each list leads, from a note that says so', () => {
    const r = readNote(
      '责任单位：甲市能源局、市经济信息委；乙省能源局、经济和信息化厅；两省市列首位的为牵头单位，下同',
    );
    expect(r.firstLeads).toBe(true);
    expect(r.lists.map((l) => l.text)).toEqual(['甲市能源局、市经济信息委', '乙省能源局、经济和信息化厅']);
  });

  it('reads a list closed by 按照职责分工指导推动 and another by 组织实施', () => {
    expect(lists('市民政局、市发展改革委按照职责分工指导推动，各区人民政府组织实施')).toEqual([
      'duty: 市民政局、市发展改革委',
      'duty: 各区人民政府',
    ]);
  });

  it('finds every bracketed aside, nested 〔〕 and （市、区） included, and flags one never closed', () => {
    expect(bracketed('推进工作。(市发改委牵头,各县级市〔区〕负责落实)').map((b) => b.inner)).toEqual([
      '市发改委牵头,各县级市〔区〕负责落实',
    ]);
    expect(bracketed('甲（责任部门：气候处）。乙（责任单位：各县（市、区）人民政府）').map((b) => b.inner)).toEqual([
      '责任部门：气候处',
      '责任单位：各县（市、区）人民政府',
    ]);
    expect(bracketed('推进工作。（市发改委牵头，市财政局配合').at(-1)).toMatchObject({
      inner: '市发改委牵头，市财政局配合',
      unclosed: true,
    });
  });
});

describe('department names', () => {
  it('merges spellings of one body under one key', () => {
    const keys = ['市发展改革委', '市发展和改革委员会', '市发改委'].map((n) => departmentKey(n, '江澜市'));
    expect(new Set(keys).size).toBe(1);
    expect(departmentKey('江澜市住房和城乡建设局', '江澜市')).toBe(departmentKey('市住建局', '江澜市'));
  });

  it.each(['市有关部门', '各县区', '所有在陇单位', '市直相关部门', '各级各类自然保护地机构', '在陇企业', '政府部门'])(
    'treats %s as generic',
    (name) => {
      expect(isGeneric(name, 'city')).toBe(true);
    },
  );

  it.each(['市发改委', '苏州供电公司', '人行苏州中支', '市委组织部', '市公共资源交易中心'])(
    'treats %s as a department',
    (name) => {
      expect(isGeneric(name, 'city')).toBe(false);
    },
  );

  it('treats a city bureau named in a provincial text as generic', () => {
    expect(isGeneric('市生态环境局', 'province')).toBe(true);
  });

  it('splits lists on 、 and on 和 only between whole names, dropping 等部门 and stray separators', () => {
    expect(splitNames('各有关部门和各县级市〔区〕')).toEqual(['各有关部门', '各县级市〔区〕']);
    expect(splitNames('市发展和改革委员会、市住建局等部门')).toEqual(['市发展和改革委员会', '市住建局']);
    expect(splitNames('市财政局、、市税务局，')).toEqual(['市财政局', '市税务局']);
  });

  it('merges aliases across documents of one region, never across regions', () => {
    const ex = extractTexts({
      a: '江澜市甲方案\n一、任务\n1. 推进。（市发展和改革委员会牵头，市财政局配合）',
      b: '江澜市乙方案\n一、任务\n1. 落实。（市发改委牵头）',
      c: '北原市丙方案\n一、任务\n1. 落实。（市发改委牵头）',
    });
    expect(ex.errors).toEqual([]);
    const fagai = ex.content.departments.filter((d) => d.aliases.some((a) => /发改|发展和改革/.test(a)));
    expect(fagai.map((d) => [d.region, d.aliases])).toEqual([
      ['江澜市', ['市发展和改革委员会', '市发改委']],
      ['北原市', ['市发改委']],
    ]);
    expect(fagai[0]!.leads).toHaveLength(2);
  });
});
