// An executive document in the chamber: the parties and the decision, the paper original (CH3), the
// assignment in force with the way to replace its bailiff (CH4), and every assignment it has had.
import { useMutation, useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { DataTable, DeadlineBadge, DocumentStatusBadge, ErrorNotice, Link, MutationErrors, NodePageFallback, PageHeader, ProceedingStatusBadge, StatusBadge, SummaryList, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { DocumentFacts, DocumentFactsFragment } from '../features/documents/DocumentFacts.tsx';
import { AssignmentOutcome } from '../features/assignments/AssignmentOutcome.tsx';
import { AssignmentReason, AssignmentReasonFragment } from '../features/assignments/AssignmentReason.tsx';
import { ReplaceBailiff, ReplaceBailiffFragment } from '../features/assignments/ReplaceBailiff.tsx';
import { AssignDocumentMutation, MarkOriginalReceivedMutation } from '../features/documents/operations.ts';

export const DocumentQuery = graphql(
  `
    query ChamberDocument($id: ID!) {
      node(id: $id) {
        id
        __typename
        ... on ExecutiveDocument {
          id
          court
          caseNumber
          ...DocumentFacts_document
          routing
          status
          receivedAt
          originalReceivedAt
          viewerCanAssign
          viewerCanMarkOriginalReceived
          proceeding { id number status registeredAt decisionDueOn decisionOverdue decidedAt }
          currentAssignment {
            id
            sequence
            bailiff { id name }
            ...AssignmentReason_assignment
            ...ReplaceBailiff_assignment
          }
          assignments { id sequence kind assignedAt active endedAt endReason bailiff { id name } }
        }
      }
    }
  `,
  [DocumentFactsFragment, AssignmentReasonFragment, ReplaceBailiffFragment],
);

export function DocumentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [result, refetch] = useQuery({ query: DocumentQuery, variables: { id } });
  const [markState, markOriginal] = useMutation(MarkOriginalReceivedMutation);
  const [assignState, assign] = useMutation(AssignDocumentMutation);
  const d = result.data?.node;
  if (!d || d.__typename !== 'ExecutiveDocument') return <NodePageFallback result={result} refetch={refetch} />;
  const busy = markState.fetching || assignState.fetching;
  const errors = [...(markState.data?.markOriginalReceived.userErrors ?? []), ...(assignState.data?.assignDocument.userErrors ?? [])];
  const justAssigned = assignState.data?.assignDocument.assignment;
  return (
    <>
      <PageHeader
        title={t('app.document.title', { caseNumber: d.caseNumber })}
        lead={d.court}
        actions={
          <div className="ch-row-actions">
            {d.viewerCanMarkOriginalReceived && (
              <button type="button" className="or-button or-button--secondary" data-action="mark-original" disabled={busy} onClick={() => void markOriginal({ input: { documentId: d.id } })}>
                {t('app.queue.markOriginal')}
              </button>
            )}
            {d.viewerCanAssign && (
              <button type="button" className="or-button" data-action="assign" disabled={busy} onClick={() => void assign({ input: { documentId: d.id } })}>
                {t('app.queue.assign')}
              </button>
            )}
          </div>
        }
      />
      <div aria-live="polite">
        {(markState.error ?? assignState.error) && <ErrorNotice error={(markState.error ?? assignState.error)!} />}
        <MutationErrors errors={errors} title={t('app.queue.notDone')} />
        {justAssigned && <AssignmentOutcome assignment={justAssigned} />}
      </div>
      <section className="or-card" aria-labelledby="document-facts">
        <h2 className="or-card__title" id="document-facts">
          {t('app.document.facts')}
        </h2>
        <DocumentFacts
          document={d}
          before={[{ key: 'status', label: t('app.document.status'), value: <DocumentStatusBadge status={d.status} /> }]}
          after={[
            { key: 'receivedAt', label: t('app.queue.received'), value: format.dateTime(d.receivedAt) },
            {
              key: 'original',
              label: t('app.document.original'),
              value: d.originalReceivedAt ? format.dateTime(d.originalReceivedAt) : <StatusBadge tone="warning">{t('app.document.originalAwaited')}</StatusBadge>,
            },
          ]}
        />
      </section>

      {d.proceeding && (
        <section className="or-card" aria-labelledby="document-proceeding">
          <h2 className="or-card__title" id="document-proceeding">
            {t('app.document.proceeding')}
          </h2>
          <SummaryList
            items={[
              { key: 'number', label: t('app.case.number'), value: d.proceeding.number },
              {
                key: 'status',
                label: t('app.case.status'),
                value: <ProceedingStatusBadge status={d.proceeding.status} />,
              },
              { key: 'registeredAt', label: t('app.case.registered'), value: format.dateTime(d.proceeding.registeredAt) },
              {
                key: 'due',
                label: t('app.case.decisionDue'),
                value: <DeadlineBadge due={d.proceeding.decisionDueOn} overdue={d.proceeding.decisionOverdue} done={d.proceeding.status !== 'AWAITING_DECISION'} />,
              },
              d.proceeding.decidedAt && { key: 'decidedAt', label: t('app.case.decidedAt'), value: format.dateTime(d.proceeding.decidedAt) },
            ]}
          />
        </section>
      )}

      {d.currentAssignment && (
        <section className="or-card" aria-labelledby="document-assignment">
          <h2 className="or-card__title" id="document-assignment">
            {t('app.document.currentAssignment')}
          </h2>
          <p>
            {t('app.assignment.outcomeBailiff')} <strong>{d.currentAssignment.bailiff.name}</strong> ·{' '}
            <Link to={`/assignments/${encodeURIComponent(d.currentAssignment.id)}`}>{t('app.assignment.openAssignment', { sequence: d.currentAssignment.sequence })}</Link>
          </p>
          <AssignmentReason assignment={d.currentAssignment} />
        </section>
      )}
      {d.currentAssignment && <ReplaceBailiff assignment={d.currentAssignment} />}

      <DataTable
        caption={t('app.document.history')}
        rows={d.assignments}
        rowKey={(a) => a.id}
        empty={t('app.document.noAssignments')}
        columns={[
          { key: 'sequence', header: t('app.assignments.sequence'), align: 'end', render: (a) => <Link to={`/assignments/${encodeURIComponent(a.id)}`}>{a.sequence}</Link> },
          { key: 'assignedAt', header: t('app.assignment.assignedAt'), render: (a) => format.dateTime(a.assignedAt) },
          { key: 'bailiff', header: t('app.assignment.bailiff'), rowHeader: true, render: (a) => a.bailiff.name },
          { key: 'kind', header: t('app.assignment.kind'), render: (a) => label('assignmentKind', a.kind) },
          {
            key: 'state',
            header: t('app.assignment.state'),
            render: (a) =>
              a.active ? (
                <StatusBadge tone="success">{t('app.assignment.active')}</StatusBadge>
              ) : (
                <span>
                  <StatusBadge tone="neutral">{t('app.assignment.ended')}</StatusBadge>
                  {a.endReason && (
                    <span className="ch-block ch-muted ch-small" lang="en">
                      {a.endReason}
                    </span>
                  )}
                </span>
              ),
          },
        ]}
      />
    </>
  );
}
