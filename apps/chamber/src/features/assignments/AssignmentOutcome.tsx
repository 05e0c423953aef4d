// What happened after "Assign" (or a replacement): the bailiff appointed, why, and the way to the
// assignment's page where the pool and the hash chain can be checked.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { Link, Notice, useTranslation } from '@oryndau/ui';
import { AssignmentReason, AssignmentReasonFragment } from './AssignmentReason.tsx';

export const AssignmentOutcomeFragment = graphql(
  `
    fragment AssignmentOutcome_assignment on Assignment {
      id
      sequence
      kind
      bailiff { id name }
      document { id court caseNumber }
      ...AssignmentReason_assignment
    }
  `,
  [AssignmentReasonFragment],
);

export function AssignmentOutcome({ assignment, title }: { assignment: FragmentOf<typeof AssignmentOutcomeFragment>; title?: string }) {
  const data = readFragment(AssignmentOutcomeFragment, assignment);
  const { t } = useTranslation();
  return (
    <div className="ch-outcome" data-outcome="assigned" data-assignment-id={data.id}>
      <Notice tone="success" title={title ?? t('app.assignment.outcomeTitle', { caseNumber: data.document.caseNumber })}>
        <p>
          {t('app.assignment.outcomeBailiff')} <strong className="ch-outcome__bailiff">{data.bailiff.name}</strong>
        </p>
        <AssignmentReason assignment={data} />
        <p>
          <Link to={`/assignments/${encodeURIComponent(data.id)}`} className="ch-outcome__link">
            {t('app.assignment.openAssignment', { sequence: data.sequence })}
          </Link>
        </p>
      </Notice>
    </div>
  );
}
