// The result of "Assign all waiting": how many were assigned (each linking to its assignment), and the
// documents no bailiff could lawfully take now, with the reason; those stay in the queue.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { DataTable, Link, Notice, useEnumLabel, useTranslation, type AssignmentRule } from '@oryndau/ui';
import { CourtCase } from '../documents/DocumentCells.tsx';

export const AssignAllOutcomeFragment = graphql(`
  fragment AssignAllOutcome_payload on AssignAllWaitingPayload {
    assignedCount
    assignments {
      id
      sequence
      rule
      bailiff { id name }
      document { id court caseNumber }
    }
    skipped {
      reason
      document { id court caseNumber debtorName }
    }
  }
`);

export function AssignAllOutcome({ payload }: { payload: FragmentOf<typeof AssignAllOutcomeFragment> }) {
  const data = readFragment(AssignAllOutcomeFragment, payload);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const assignments = data.assignments ?? [];
  const skipped = data.skipped ?? [];
  return (
    <div className="ch-outcome" data-outcome="assign-all" data-assigned-count={data.assignedCount ?? 0} data-skipped-count={skipped.length}>
      <Notice tone={skipped.length > 0 ? 'warning' : 'success'} title={t('app.queue.assignAllDone', { count: data.assignedCount ?? 0 })}>
        {skipped.length > 0 ? <p>{t('app.queue.skippedIntro', { count: skipped.length })}</p> : <p>{t('app.queue.noneSkipped')}</p>}
      </Notice>
      {skipped.length > 0 && (
        <DataTable
          caption={t('app.queue.skippedCaption')}
          rows={skipped}
          rowKey={(s) => s.document.id}
          columns={[
            {
              key: 'case',
              header: t('app.queue.courtCase'),
              rowHeader: true,
              render: (s) => <CourtCase court={s.document.court} caseNumber={s.document.caseNumber} to={`/documents/${encodeURIComponent(s.document.id)}`} />,
            },
            { key: 'debtor', header: t('app.document.debtor'), render: (s) => s.document.debtorName },
            { key: 'reason', header: t('app.queue.skippedReason'), render: (s) => <span lang="en">{s.reason}</span> },
          ]}
        />
      )}
      {assignments.length > 0 && (
        <details className="ch-details" open={assignments.length <= 10}>
          <summary>{t('app.queue.assignedList', { count: assignments.length })}</summary>
          <DataTable
            caption={t('app.queue.assignedCaption')}
            captionHidden
            rows={assignments}
            rowKey={(a) => a.id}
            columns={[
              { key: 'sequence', header: '№', align: 'end', render: (a) => <Link to={`/assignments/${encodeURIComponent(a.id)}`}>{a.sequence}</Link> },
              { key: 'case', header: t('app.queue.courtCase'), rowHeader: true, render: (a) => <CourtCase court={a.document.court} caseNumber={a.document.caseNumber} /> },
              { key: 'bailiff', header: t('app.assignment.bailiff'), render: (a) => a.bailiff.name },
              { key: 'rule', header: t('app.assignment.rule'), render: (a) => (a.rule ? label('assignmentRule', a.rule as AssignmentRule) : '—') },
            ]}
          />
        </details>
      )}
    </div>
  );
}
