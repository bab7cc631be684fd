import type { Baseline, Department, Milestone, PolicyDocument, RuleSet, Target, Task } from '../schema/index.ts';
import { href, paths } from '../components/lib/url.ts';

/** Department names by id, for the names written beside ids (a spreadsheet shows no ids' meaning). */
export type NameOf = (id: string) => string;

/**
 * Records of the open-data contract (DESIGN.md section 4). Contract fields come first, in the
 * contract's order, then extra fields. Every `url` is a site path with the deployment base path.
 */

export function documentRecord(d: PolicyDocument) {
  return {
    id: d.id,
    title: d.title,
    issuer: d.issuer,
    docNumber: d.docNumber,
    region: d.region,
    issued: d.issued,
    published: d.published,
    url: href(d.url),
    sourceUrl: d.sourceUrl,
    period: d.period,
    clauses: d.clauses.length,
    format: d.format ?? 'txt',
    original: d.original ? href(d.original) : null,
  };
}

export function taskRecord(t: Task, nameOf: NameOf) {
  return {
    id: t.id,
    document: t.document,
    number: t.number,
    title: t.title,
    leads: t.leads,
    partners: t.partners,
    responsible: t.responsible,
    generic: t.generic,
    text: t.text,
    clause: t.clause,
    line: t.line,
    quote: t.quote,
    url: href(t.url),
    kind: t.kind,
    category: t.category,
    inherited: t.inherited.map((i) => ({
      phrase: i.phrase,
      role: i.role,
      department: i.department,
      clause: i.clause,
      line: i.line,
      quote: i.quote,
    })),
    leadNames: t.leads.map(nameOf),
    partnerNames: t.partners.map(nameOf),
    responsibleNames: t.responsible.map(nameOf),
  };
}

export function departmentRecord(d: Department) {
  return {
    id: d.id,
    name: d.name,
    aliases: d.aliases,
    region: d.region,
    leads: d.leads,
    partners: d.partners,
    url: href(d.url),
    responsible: d.responsible,
    documents: d.documents,
    calendar: href(paths.departmentCalendar(d.id)),
  };
}

export function targetRecord(t: Target) {
  return {
    id: t.id,
    document: t.document,
    task: t.task,
    metric: t.metric,
    comparator: t.comparator,
    value: t.value,
    unit: t.unit,
    year: t.year,
    scope: t.scope,
    change: t.change,
    baseline: t.baseline,
    clause: t.clause,
    line: t.line,
    quote: t.quote,
    valueText: t.valueText,
    approximate: t.approximate,
    cumulative: t.cumulative,
    url: href(paths.clause(t.document, t.clause)),
  };
}

export function baselineRecord(b: Baseline) {
  return {
    id: b.id,
    document: b.document,
    metric: b.metric,
    value: b.value,
    unit: b.unit,
    year: b.year,
    clause: b.clause,
    line: b.line,
    quote: b.quote,
    change: b.change,
    valueText: b.valueText,
    url: href(paths.clause(b.document, b.clause)),
  };
}

export function milestoneRecord(m: Milestone) {
  return {
    id: m.id,
    document: m.document,
    label: m.label,
    start: m.start,
    end: m.end,
    clause: m.clause,
    line: m.line,
    quote: m.quote,
    kind: m.kind,
    duration: m.duration,
    url: href(paths.clause(m.document, m.clause)),
  };
}

export function ruleRecord(r: RuleSet) {
  return {
    id: r.id,
    document: r.document,
    applicantType: r.applicantType,
    applicant: r.applicant,
    criteria: r.criteria.map((c) => ({
      id: c.id,
      kind: c.kind,
      text: c.text,
      clause: c.clause,
      quote: c.quote,
      line: c.line,
      quota: c.quota,
      date: c.date,
      acceptance: c.acceptance,
      url: href(paths.clause(r.document, c.clause)),
    })),
    scope: r.scope,
    clause: r.clause,
    line: r.line,
    quote: r.quote,
    url: href(paths.clause(r.document, r.clause)),
  };
}

/** rules.csv has one row per criterion, with its rule set's fields repeated. */
export function ruleCriterionRows(r: RuleSet) {
  return r.criteria.map((c) => ({
    rule: r.id,
    document: r.document,
    applicantType: r.applicantType,
    applicant: r.applicant,
    id: c.id,
    kind: c.kind,
    text: c.text,
    clause: c.clause,
    line: c.line,
    quote: c.quote,
    date: c.date,
    quotaMax: c.quota?.max ?? null,
    quotaUnit: c.quota?.unit ?? null,
    quotaPer: c.quota?.per ?? null,
    url: href(paths.clause(r.document, c.clause)),
  }));
}
