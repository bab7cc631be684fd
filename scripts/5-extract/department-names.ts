import type { RegionLevel } from '../4-meta/region.ts';

/** Suffixes that make a name a public body's name. */
const ORG_SUFFIX = /(局|委|厅|办|办公室|办公厅|室|部|中心|公司|政府|管委会|管理委员会|小组|海关|分局|支行|中支|党校|委员会|院|所|站|社|总社|联社|集团|银行|协会|处|队|署|会)$/;

/** Phrases that name a class of bodies rather than one body: kept on the task as written. */
const GENERIC_START = /^(各|所有|全体|其他|其它|有关|相关|当地|本级|上级|下级|全市|全省|全区|全县|在[\u4e00-\u9fa5]{1,2}(?:单位|企业))/;
const GENERIC_ANY = /(有关|相关|涉及|成员单位|各级|各类|各有关|以上|以下)/;
const GENERIC_END = /(部门|单位|企业|机构|主体|党委|组织|群众|个人)$/;

/**
 * Characters no name of a body, region or metric holds: markup and quotes that could close an
 * attribute, and control characters. A "name" with one is unread text, never a name.
 */
const MARKUP = /[<>"\u0000-\u001f\u007f-\u009f]/;

export function hasMarkup(name: string): boolean {
  return MARKUP.test(name);
}

export function isOrgName(name: string): boolean {
  return ORG_SUFFIX.test(name) && name.length >= 3;
}

/**
 * Whether a name is a generic phrase (市有关部门, 各县区, 所有在陇单位), or a
 * body of a lower level than the document's region: in a provincial plan,
 * 市生态环境局 means every city's bureau, not one department.
 */
/** A phrase that by its words names a class of bodies (各县区, 有关部门), whatever its ending. */
export function isGenericPhrase(name: string): boolean {
  return GENERIC_START.test(name) || GENERIC_ANY.test(name) || GENERIC_END.test(name);
}

export function isGeneric(name: string, level: RegionLevel | null): boolean {
  if (isGenericPhrase(name)) return true;
  if (!isOrgName(name)) return true;
  if (level === 'province' && /^(市|县|区|旗)(?!场)/.test(name)) return true;
  return false;
}

/** Common short forms of bodies' names: every spelling of one body maps to one key. */
const SHORT_FORMS: Array<[RegExp, string]> = [
  [/发展和改革委员会|发展改革委员会|发展改革委|发改委/g, '发改委'],
  [/工业和信息化/g, '工信'],
  [/住房和城乡建设/g, '住建'],
  [/住房城乡建设/g, '住建'],
  [/自然资源和规划/g, '资源规划'],
  [/市场监督管理/g, '市场监管'],
  [/人力资源和社会保障/g, '人社'],
  [/卫生健康委员会|卫生健康委|卫健委/g, '卫健委'],
  [/林业和草原/g, '林草'],
  [/机关事务管理/g, '机关事务'],
  [/金融监督管理/g, '金融监管'],
  [/科学技术/g, '科技'],
  [/交通运输(局|厅|委)/g, '交通$1'],
  [/城市管理/g, '城管'],
  [/行政审批服务/g, '行政审批'],
  [/生态环境保护/g, '生态环境'],
  [/统计调查/g, '统计'],
  [/委员会$/g, '委'],
];

/** The key under which spellings of one body merge: region name and level prefix dropped, short forms applied. */
const keys = new Map<string, string>();

export function departmentKey(name: string, region: string | null): string {
  const memo = `${region ?? ''}|${name}`;
  const known = keys.get(memo);
  if (known !== undefined) return known;
  const key = computeKey(name, region);
  keys.set(memo, key);
  return key;
}

function computeKey(name: string, region: string | null): string {
  let key = name.replace(/[\s〔〕\[\]（）()]/g, '');
  if (region && key.startsWith(region)) key = key.slice(region.length);
  const prefix = /^(自治区|省|市|县|区|州|盟|旗)/.exec(key);
  if (prefix && key.length - prefix[0].length >= 2) key = key.slice(prefix[0].length);
  for (const [pattern, short] of SHORT_FORMS) key = key.replace(pattern, short);
  return key;
}

/** Splits a list of bodies: 、，, separate; 和/及/与 only between two whole names (各有关部门和各县级市〔区〕). */
export function splitNames(list: string): string[] {
  const out: string[] = [];
  for (const part of splitOutsideBrackets(list)) {
    const m = /^(.+?(?:部门|单位|局|委|厅|办|政府|中心|公司|办公室))(?:和|及|与|以及)(.{2,})$/.exec(part);
    if (m) out.push(m[1]!, m[2]!);
    else out.push(part);
  }
  return out
    .map((n) =>
      n
        .trim()
        .replace(/^(由|请|并|和|及|与|以及)/, '')
        .replace(/^[(（](?=[^)）]*$)/, '') // a bracket opened before the list and closed after it
        .replace(/(等部门|等单位|等有关部门|等相关部门|等)$/, '')
        .trim(),
    )
    .filter(Boolean);
}

/** Splits on 、，, that stand outside brackets: 各县（市、区）人民政府 stays one name. */
export function splitOutsideBrackets(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if ('（(〔【'.includes(c)) depth++;
    else if ('）)〕】'.includes(c) && depth > 0) depth--;
    else if (depth === 0 && '、，,'.includes(c)) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}
