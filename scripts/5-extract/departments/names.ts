import {
  anyOf,
  BELOW_CITY,
  BELOW_PROVINCE,
  FUNCTIONAL_ENDINGS,
  GENERIC_ENDINGS,
  GENERIC_OPENINGS,
  GENERIC_WORDS,
  LEVEL_PREFIXES,
  ORG_SUFFIXES,
  SHORT_FORMS,
} from '../../../src/vocabulary/index.ts';
import type { RegionLevel } from '../../4-meta/region.ts';

/**
 * Names of public bodies: whether a phrase names one body or a class of bodies, how a list of
 * names splits, and the key under which spellings of one body merge. Every word comes from the
 * vocabulary (src/vocabulary/bodies.ts).
 */
const ORG_END = new RegExp(`${anyOf(ORG_SUFFIXES)}$`);
const GENERIC_START = new RegExp(`^(?:${anyOf(GENERIC_OPENINGS)}|在[\\u4e00-\\u9fa5]{1,2}(?:单位|企业))`);
const GENERIC_ANY = new RegExp(anyOf(GENERIC_WORDS));
const GENERIC_END = new RegExp(`${anyOf(GENERIC_ENDINGS)}$`);
const FUNCTIONAL_END = new RegExp(
  `[\\u4e00-\\u9fa5]{2,}${anyOf(FUNCTIONAL_ENDINGS)}$|^(?:${anyOf(LEVEL_PREFIXES)})[\\u4e00-\\u9fa5]{2,8}部门$`,
);
const LEVEL_START = new RegExp(`^${anyOf(LEVEL_PREFIXES)}`);
const BELOW_PROVINCE_START = new RegExp(`^${anyOf(BELOW_PROVINCE)}(?!场)`);
const BELOW_CITY_START = new RegExp(`^${anyOf(BELOW_CITY)}(?!域|级市|委|政府办|长)`);
/** Characters no name holds: markup, a quote that could close an attribute, control characters. */
const MARKUP = /[<>"\u0000-\u001f\u007f-\u009f]/;

export function hasMarkup(name: string): boolean {
  return MARKUP.test(name);
}

/** Whether a phrase ends like a public body's name (局, 委, 中心, 人民政府 …). */
export function isOrgName(name: string): boolean {
  return name.length >= 3 && (ORG_END.test(name) || FUNCTIONAL_END.test(name));
}

/** Whether a phrase, by its words, names a class of bodies (各县区, 有关部门), whatever its ending. */
export function isGenericPhrase(name: string): boolean {
  if (FUNCTIONAL_END.test(name) && !GENERIC_START.test(name) && !GENERIC_ANY.test(name)) return false;
  return GENERIC_START.test(name) || GENERIC_ANY.test(name) || GENERIC_END.test(name);
}

/**
 * Whether a name is a generic phrase (市有关部门, 各县区, 所有在陇单位), or a body of a lower level
 * than the document's region: in a provincial plan, 市生态环境局 means every city's bureau. `level`
 * is the level a name's list gave it when the name itself carries no prefix (市发改委、工信局).
 */
export function isGeneric(name: string, documentLevel: RegionLevel | null, inherited: string | null = null): boolean {
  if (isGenericPhrase(name)) return true;
  if (!isOrgName(name)) return true;
  // A list's level carries to names that state none (市发改委、工信局), not to a national body (国家能源局).
  const own = LEVEL_START.test(name) || /^(?:国家|中国|全国|中央|国务院)/.test(name);
  const prefixed = own ? name : inherited ? inherited + name : name;
  // In a national text, 省发展改革委 means every province's.
  if (documentLevel === 'national') return /^(?:省|自治区)/.test(prefixed) || BELOW_PROVINCE_START.test(prefixed);
  if (documentLevel === 'province') return BELOW_PROVINCE_START.test(prefixed);
  // 区人民政府 in a city's text means every district's; 区委 or a 区发展改革委 of a district's own text is one body.
  return documentLevel === 'city' && BELOW_CITY_START.test(prefixed) && /(?:人民政府|政府)$/.test(prefixed);
}

/** The level prefix a name opens with (市, 省 …), or null: 市场监管总局 opens with no level. */
export function levelPrefix(name: string): string | null {
  if (/^(?:市场|区域|国家|中国|全国|中央)/.test(name)) return null;
  return LEVEL_START.exec(name)?.[0] ?? null;
}

/**
 * Spellings of one body → one key: brackets and spaces dropped, region and level prefix dropped, short forms applied.
 */
const keys = new Map<string, string>();
const SHORT = SHORT_FORMS.flatMap(([spellings, short]) => spellings.map((s) => [s, short] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/** A name with the customary short forms applied (市工业和信息化局 → 市工信局). */
export function shortened(name: string): string {
  let out = name;
  for (const [long, short] of SHORT) if (out.includes(long)) out = out.split(long).join(short);
  return out;
}

export function departmentKey(name: string, region: string | null): string {
  const memo = `${region ?? ''}|${name}`;
  const known = keys.get(memo);
  if (known !== undefined) return known;
  let key = name.replace(/[\s〔〕[\]（）()〈〉]/g, '');
  if (region && key.startsWith(region)) key = key.slice(region.length);
  const prefix = LEVEL_START.exec(key);
  if (prefix && key.length - prefix[0].length >= 2) key = key.slice(prefix[0].length);
  key = shortened(key).replace(/委员会$/, '委');
  keys.set(memo, key);
  return key;
}

const OPEN = '（(〔【〈<［[';
const CLOSE = '）)〕】〉>］]';

/** Splits on 、，, that stand outside brackets: 各县（市、区）人民政府 stays one name. */
export function splitOutsideBrackets(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && depth > 0) depth--;
    else if (depth === 0 && '、，,'.includes(c)) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

const JOINED = new RegExp(`^(.+?(?:${anyOf([...ORG_SUFFIXES, ...GENERIC_ENDINGS])}))(?:和|及|与|以及)(.{2,})$`);
const LEADING_WORDS = /^(?:由|请|并|和|及|与|以及|其中)/;
const TRAILING_WORDS = /(?:等有关部门|等相关部门|等部门|等单位|等)$/;

/** Splits a list of bodies: 、，, separate; 和/及/与 only between two whole names (各有关部门和各县级市〔区〕). */
export function splitNames(list: string): string[] {
  const out: string[] = [];
  for (const whole of splitOutsideBrackets(list)) {
    // 省住房城乡建设厅等省有关部门: the named body, then the class after 等.
    const etc = /^(.+?)等([^等]*(?:有关|相关)[^等]*)$/.exec(whole.trim());
    const pieces = etc ? [etc[1]!, etc[2]!] : [whole];
    for (const part of pieces) {
      const m = JOINED.exec(part.trim());
      if (m && (isOrgName(m[2]!.replace(TRAILING_WORDS, '')) || isGenericPhrase(m[2]!))) out.push(m[1]!, m[2]!);
      else out.push(part);
    }
  }
  return out
    .map((n) =>
      n
        .replace(/\s+/g, '')
        .replace(LEADING_WORDS, '')
        .replace(/^[(（](?=[^)）]*$)/, '') // a bracket opened before the list and closed after it
        .replace(/^[^(（]*[)）]$/, (s) => s.slice(0, -1))
        .replace(TRAILING_WORDS, '')
        .trim(),
    )
    .filter(Boolean);
}
