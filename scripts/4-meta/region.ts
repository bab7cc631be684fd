import {
  anyOf,
  NATIONAL,
  NATIONAL_ISSUERS,
  PROVINCIAL_CITIES,
  REGION_ENDINGS,
  REGION_OPENERS,
} from '../../src/vocabulary/index.ts';
import { matchesOf } from '../lib/matches.ts';

export { NATIONAL };

/** Administrative level of a region, from its suffix. */
export type RegionLevel = 'national' | 'province' | 'city' | 'county';

const ENDINGS = anyOf([...REGION_ENDINGS.province, ...REGION_ENDINGS.city, ...REGION_ENDINGS.county]);
/** One region unit: 2–12 characters ending like a region (江苏省, 无锡市, 徐汇区). */
const UNIT = `[\\u4e00-\\u9fa5]{1,10}${ENDINGS}`;
const ONE_UNIT = new RegExp(`^${UNIT}`);
/** A ministry of the central government or a national body: 工业和信息化部, 国务院, 国家发展改革委. */
const NATIONAL_BODY = new RegExp(`^(?:${anyOf(NATIONAL_ISSUERS)})|^(?!省|市|县|区|州|自治区)[^委]{2,10}部(?:办公厅)?$`);
/** 发文字号 of the central government: 国发〔2021〕33号, 国办发…. */
const NATIONAL_NUMBER = /^[(（]?\s*国(?:办)?(?:发|函|电)/;

/**
 * The region a name starts with: 江澜市人民政府 → 江澜市, 中共江澜市委 → 江澜市, 上海市徐汇区发展和改革委员会 →
 * 上海市徐汇区, 工业和信息化部 → 全国. A unit is only taken when what follows it is not more of a place name.
 */
export function regionOf(name: string): string | null {
  const text = name.replace(/^中共/, '').replace(/[“”"《》\s]/g, '');
  if (!text || /[<>]/.test(text)) return null;
  if (NATIONAL_BODY.test(text)) return NATIONAL;
  let rest = text;
  let region = '';
  for (let k = 0; k < 3; k++) {
    const m = ONE_UNIT.exec(rest);
    if (!m) break;
    // 区域, 市级, 县内: the ending is part of a word, not a place.
    if (/^(?:域|级|内|外)/.test(rest.slice(m[0].length))) break;
    region += m[0];
    rest = rest.slice(m[0].length);
    // 无锡市委: a party committee of the place; nothing more of the place follows.
    if (/^委/.test(rest)) break;
  }
  return region || null;
}

/** Words after which a title names its region: 关于组织申报2022年度无锡市…, 关于开展徐州…. */
const BEFORE_REGION = new RegExp(`(?:^|${anyOf(REGION_OPENERS)})`, 'g');
const OPENERS_START = new RegExp(`^(?:${anyOf(REGION_OPENERS)}|\\d{4})+`);
const PROVINCE_END = new RegExp(`${anyOf(REGION_ENDINGS.province)}$`);
const CITY_END = new RegExp(`${anyOf(REGION_ENDINGS.city)}$`);

/** A region a title names after its first words: 关于组织申报2022年无锡市科技发展计划… → 无锡市. */
export function regionIn(title: string): string | null {
  const text = title.replace(/\s/g, '');
  for (const m of matchesOf(BEFORE_REGION, text)) {
    const region = regionOf(text.slice(m.index + m[0].length).replace(OPENERS_START, ''));
    if (region && region !== NATIONAL && region.length >= 3 && !/^(?:全|本|各|我|省|市|区|县)/.test(region))
      return region;
  }
  return null;
}

/** Whether a document number is the central government's. */
export function nationalNumber(docNumber: string): boolean {
  return NATIONAL_NUMBER.test(docNumber);
}

export function regionLevel(region: string | null): RegionLevel | null {
  if (!region) return null;
  if (region === NATIONAL) return 'national';
  // A municipality (北京市) is a province in rank, but its bodies are written 市…: treat it as a city.
  if ((PROVINCIAL_CITIES as readonly string[]).includes(region)) return 'city';
  if (PROVINCE_END.test(region)) return 'province';
  if (CITY_END.test(region)) return 'city';
  return 'county';
}
