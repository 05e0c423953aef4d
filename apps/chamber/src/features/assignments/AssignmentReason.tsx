// Why a bailiff got a case, in the UI language, computed from the stored decision (rule, pool, tie) —
// followed by the sentence the API recorded, which is in English.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { ASSIGNMENT_RULES, type AssignmentRule, useTranslation } from '@oryndau/ui';

export const AssignmentReasonFragment = graphql(`
  fragment AssignmentReason_assignment on Assignment {
    id
    kind
    rule
    tiedCount
    reason
    bailiff { id name }
    pool { chosen count eligible }
  }
`);

const isRule = (value: string | null | undefined): value is AssignmentRule => !!value && (ASSIGNMENT_RULES as readonly string[]).includes(value);

export function AssignmentReason({ assignment, showRecord = true }: { assignment: FragmentOf<typeof AssignmentReasonFragment>; showRecord?: boolean }) {
  const data = readFragment(AssignmentReasonFragment, assignment);
  const { t } = useTranslation();
  const chosen = data.pool.find((entry) => entry.chosen);
  const eligible = data.pool.filter((entry) => entry.eligible).length;
  // The pool is shown to chamber officials and inspectors only; without it the recorded sentence speaks.
  const explained =
    isRule(data.rule) && data.pool.length > 0
      ? t(`app.assignment.because.${data.rule}`, { name: data.bailiff.name, count: chosen?.count ?? 0, eligible, tied: data.tiedCount })
      : null;
  return (
    <div className="ch-reason" data-rule={data.rule ?? ''}>
      {explained && <p className="ch-reason__text">{explained}</p>}
      {data.kind !== 'INITIAL' && <p className="ch-reason__kind">{t(`app.assignment.kindNote.${data.kind}`)}</p>}
      {(showRecord || !explained) && (
        <p className="ch-reason__record">
          <span className="ch-reason__record-label">{t('app.assignment.recordedReason')}</span> <span lang="en">{data.reason}</span>
        </p>
      )}
    </div>
  );
}
