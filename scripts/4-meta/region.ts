/** Administrative level of a region, from its suffix. */
export type RegionLevel = 'province' | 'city' | 'county';

const REGION = /^(.{2,12}?(?:自治区|省|自治州|市|州|盟|地区|县|旗|区))/;

/** The region a name starts with: 江澜市人民政府 → 江澜市, 中共江澜市委 → 江澜市. */
export function regionOf(name: string): string | null {
  const m = REGION.exec(name.replace(/^中共/, '').replace(/[“”《》]/g, ''));
  return m && !/[<>"\u0000-\u001f]/.test(m[1]!) ? m[1]! : null;
}

export function regionLevel(region: string | null): RegionLevel | null {
  if (!region) return null;
  if (/(省|自治区)$/.test(region)) return 'province';
  if (/(市|州|盟|地区)$/.test(region)) return 'city';
  return 'county';
}
