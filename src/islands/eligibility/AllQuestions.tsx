/**
 * Every question of the check at once, with its source: what the page shows
 * without JavaScript (and before the island wakes). Conditions worded the same
 * for every applicant type are listed once.
 */
import type { Criterion, RuleSet } from '../../schema/index.ts';
import { citationOf, informationOf, isScopeQuestion, questionsOf } from '../../checks/eligibility.ts';
import { eligibility as t } from '../../ui/check-strings.ts';
import { Citation } from '../shared/Citation.tsx';

interface Props {
  ruleSets: RuleSet[];
}

// The same words in another clause are another criterion: keep both citations.
const wording = (c: Criterion) => `${c.kind}\u0000${c.clause}\u0000${c.quote}`;

function CriterionList({ criteria, document }: { criteria: Criterion[]; document: string }) {
  const groups = [
    { title: t.scopeGroup, items: criteria.filter((c) => isScopeQuestion(c)) },
    { title: t.requiredGroup, items: criteria.filter((c) => c.kind === 'required' && !isScopeQuestion(c)) },
    { title: t.disqualifierGroup, items: criteria.filter((c) => c.kind === 'disqualifier') },
    { title: t.quotaTitle, items: criteria.filter((c) => c.kind === 'quota') },
    { title: t.deadlineTitle, items: criteria.filter((c) => c.kind === 'deadline') },
    { title: t.supportTitle, items: criteria.filter((c) => c.kind === 'support') },
  ];
  return (
    <>
      {groups
        .filter((g) => g.items.length > 0)
        .map((group) => (
          <div key={group.title}>
            <h4>{group.title}</h4>
            <ol class="check-static-list">
              {group.items.map((criterion) => (
                <li key={criterion.id}>
                  {criterion.text}
                  <Citation citation={citationOf(document, criterion)} about={criterion.text} />
                </li>
              ))}
            </ol>
          </div>
        ))}
    </>
  );
}

function listed(ruleSet: RuleSet): Criterion[] {
  const info = informationOf(ruleSet);
  return [...questionsOf(ruleSet), ...info.quotas, ...info.deadlines, ...info.support];
}

export function AllQuestions({ ruleSets }: Props) {
  if (ruleSets.length === 0) return null;
  const document = ruleSets[0]?.document ?? '';
  const sharedKeys =
    ruleSets.length > 1
      ? new Set(
          listed(ruleSets[0]!)
            .map(wording)
            .filter((key) => ruleSets.every((r) => listed(r).some((c) => wording(c) === key))),
        )
      : new Set<string>();
  const shared = listed(ruleSets[0]!).filter((c) => sharedKeys.has(wording(c)));
  return (
    <div class="check-static">
      <h2>{t.allQuestions}</h2>
      <h3>{t.typeLegend}</h3>
      <ul>
        {ruleSets.map((r) => (
          <li key={r.id}>
            {r.applicantType}
            {r.applicant ? `（${t.applicant(r.applicant)}）` : ''}
            <Citation citation={citationOf(document, r)} about={r.applicantType} />
          </li>
        ))}
      </ul>
      {shared.length > 0 ? (
        <section>
          <h3>{ruleSets.map((r) => r.applicantType).join('、')}</h3>
          <CriterionList criteria={shared} document={document} />
        </section>
      ) : null}
      {ruleSets.map((r) => {
        const own = listed(r).filter((c) => !sharedKeys.has(wording(c)));
        return own.length > 0 ? (
          <section key={r.id}>
            <h3>{r.applicantType}</h3>
            <CriterionList criteria={own} document={document} />
          </section>
        ) : null;
      })}
    </div>
  );
}
