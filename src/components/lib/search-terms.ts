/**
 * Extra search terms for a department. Chinese word splitting indexes 市发改委 as one word, so a
 * search for 发改委 would miss it; the department page therefore also carries the names without
 * their level prefix and the usual short forms of common body names.
 */

/** Level prefixes that open a body's name: 市发改委, 省生态环境厅, 县林草局, 自治区能源局. */
const levelPrefix = /^(自治区|自治州|自治县|省|市|州|盟|县|区|旗)/;

/**
 * Customary short forms of common government body names (not tied to any document):
 * the long form on the left is shortened to the right wherever it appears in a name.
 */
const shortForms: ReadonlyArray<readonly [string, string]> = [
  ['发展和改革委员会', '发改委'],
  ['发展改革委员会', '发改委'],
  ['发展改革委', '发改委'],
  ['工业和信息化局', '工信局'],
  ['工业和信息化厅', '工信厅'],
  ['住房和城乡建设局', '住建局'],
  ['住房城乡建设局', '住建局'],
  ['住房和城乡建设厅', '住建厅'],
  ['自然资源和规划局', '资规局'],
  ['人力资源和社会保障局', '人社局'],
  ['市场监督管理局', '市场监管局'],
  ['国有资产监督管理委员会', '国资委'],
  ['科学技术局', '科技局'],
  ['交通运输局', '交通局'],
  ['机关事务管理局', '机关事务局'],
  ['地方金融监督管理局', '金融监管局'],
  ['林业和草原局', '林草局'],
  ['生态环境局', '环保局'],
];

/** Strips a region name (江澜市, 北原省) and then a level prefix from the front of a name. */
export function withoutRegion(name: string, region: string | null): string {
  let rest = name;
  if (region && rest.startsWith(region)) rest = rest.slice(region.length);
  const shortRegion = region?.replace(/(市|省|自治区|地区|盟|州|县|区)$/, '');
  if (shortRegion && shortRegion.length >= 2 && rest.startsWith(shortRegion)) rest = rest.slice(shortRegion.length);
  return rest.replace(levelPrefix, '');
}

function abbreviate(name: string): string[] {
  const out: string[] = [];
  for (const [long, short] of shortForms) if (name.includes(long)) out.push(name.replace(long, short));
  return out;
}

/** Every term a department page should be found by, aliases first, without duplicates. */
export function departmentSearchTerms(dept: { name: string; aliases: readonly string[]; region: string | null }): string[] {
  const terms = new Set<string>();
  const add = (term: string) => {
    const t = term.trim();
    if (t.length >= 2) terms.add(t);
  };
  for (const alias of [dept.name, ...dept.aliases]) {
    add(alias);
    const bare = withoutRegion(alias, dept.region);
    add(bare);
    for (const short of abbreviate(alias)) add(short);
    for (const short of abbreviate(bare)) add(short);
  }
  return [...terms];
}

/** The terms not already shown as aliases: what the page adds for search. */
export function extraSearchTerms(dept: { name: string; aliases: readonly string[]; region: string | null }): string[] {
  const shown = new Set([dept.name, ...dept.aliases]);
  return departmentSearchTerms(dept).filter((term) => !shown.has(term));
}
