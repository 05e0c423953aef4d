// The chamber's queue (CH1–CH3): documents routed to the chamber, oldest first. The official marks the
// paper original received (CH3), then assigns — one document, or all that are ready in one operation.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type UserErrorLike } from '@oryndau/client';
import { type ChamberQueueStatus, ErrorNotice, Loading, MutationErrors, nodesOf, Notice, PageHeader, useEnumLabel, useLocation, UserErrorFragment, useTranslation } from '@oryndau/ui';
import { FilterButtons } from '../components/FilterButtons.tsx';
import { useOfficialChamber } from '../features/chamber/officialChamber.ts';
import { AssignmentOutcome } from '../features/assignments/AssignmentOutcome.tsx';
import { AssignAllOutcome, AssignAllOutcomeFragment } from '../features/queue/AssignAllOutcome.tsx';
import { AssignDocumentMutation, MarkOriginalReceivedMutation } from '../features/documents/operations.ts';
import { QueueRowFragment, QueueTable } from '../features/queue/QueueTable.tsx';

const PAGE_SIZE = 50;

export const QueueQuery = graphql(
  `
    query ChamberQueue($chamberId: ID!, $status: ChamberQueueStatus, $first: Int!, $after: String) {
      node(id: $chamberId) {
        id
        __typename
        ... on Chamber {
          id
          name
          queue(first: $first, after: $after, status: $status) {
            edges { cursor node { id ...QueueRow_document } }
            pageInfo { hasNextPage endCursor }
          }
        }
      }
    }
  `,
  [QueueRowFragment],
);

export const AssignAllWaitingMutation = graphql(
  `
    mutation ChamberAssignAllWaiting($input: AssignAllWaitingInput!) {
      assignAllWaiting(input: $input) {
        ...AssignAllOutcome_payload
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [AssignAllOutcomeFragment, UserErrorFragment],
);

type Filter = 'ALL' | ChamberQueueStatus;

type Outcome =
  | { kind: 'original'; caseNumber: string }
  | { kind: 'errors'; errors: readonly UserErrorLike[]; caseNumber?: string };

/** `?status=AWAITING_ORIGINAL` (links from the home page) opens the queue filtered. */
function filterOf(search: string): Filter {
  const status = new URLSearchParams(search).get('status');
  return status === 'AWAITING_ORIGINAL' || status === 'AWAITING_ASSIGNMENT' ? status : 'ALL';
}

export function QueuePage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { chamber, fetching: chamberFetching } = useOfficialChamber();
  const { search } = useLocation();
  const [filter, setFilter] = useState<Filter>(() => filterOf(search));
  const [after, setAfter] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  // The result shown is the one of the last action taken on this page.
  const [last, setLast] = useState<'assign' | 'assignAll' | null>(null);

  const [result, refetch] = useQuery({
    query: QueueQuery,
    variables: { chamberId: chamber?.id ?? '', status: filter === 'ALL' ? null : filter, first: PAGE_SIZE, after },
    pause: !chamber,
  });
  const [markState, markOriginal] = useMutation(MarkOriginalReceivedMutation);
  const [assignState, assign] = useMutation(AssignDocumentMutation);
  const [allState, assignAll] = useMutation(AssignAllWaitingMutation);

  if (chamberFetching) return <Loading />;
  if (!chamber) return <Notice tone="warning">{t('app.common.noChamber')}</Notice>;

  const node = result.data?.node;
  const queue = node?.__typename === 'Chamber' ? node.queue : null;
  const documents = nodesOf(queue);
  const changeFilter = (next: Filter) => {
    setFilter(next);
    setAfter(null);
    // Keep the filter in the address (for reload and sharing) without a navigation.
    const url = next === 'ALL' ? window.location.pathname : `${window.location.pathname}?status=${next}`;
    window.history.replaceState(null, '', url);
  };

  const onMarkOriginal = async (documentId: string) => {
    setBusyId(documentId);
    setOutcome(null);
    setLast(null);
    const r = await markOriginal({ input: { documentId } });
    setBusyId(null);
    const payload = r.data?.markOriginalReceived;
    if (payload?.userErrors.length) setOutcome({ kind: 'errors', errors: payload.userErrors });
    else if (payload?.document) {
      setOutcome({ kind: 'original', caseNumber: payload.document.caseNumber });
      setAfter(null);
    }
  };

  const onAssign = async (documentId: string) => {
    setBusyId(documentId);
    setOutcome(null);
    setLast('assign');
    const r = await assign({ input: { documentId } });
    setBusyId(null);
    const payload = r.data?.assignDocument;
    if (payload?.userErrors.length) setOutcome({ kind: 'errors', errors: payload.userErrors });
    else if (payload?.assignment) setAfter(null);
  };

  const onAssignAll = async () => {
    setConfirmAll(false);
    setOutcome(null);
    setLast('assignAll');
    const r = await assignAll({ input: { chamberId: chamber.id } });
    const payload = r.data?.assignAllWaiting;
    if (payload?.userErrors.length) setOutcome({ kind: 'errors', errors: payload.userErrors });
    else setAfter(null);
  };

  // The last assignment made from this page (shown until another action).
  const assigned = last === 'assign' && outcome === null && !assignState.fetching ? (assignState.data?.assignDocument.assignment ?? null) : null;
  const assignedAll =
    last === 'assignAll' && outcome === null && !allState.fetching && allState.data && !allState.data.assignAllWaiting.userErrors.length ? allState.data.assignAllWaiting : null;
  const mutationError = markState.error ?? assignState.error ?? allState.error;

  return (
    <>
      <PageHeader
        title={t('app.queue.title')}
        lead={t('app.queue.lead', { chamber: chamber.name })}
        actions={
          <div className="ch-assign-all">
            {confirmAll ? (
              <div className="ch-confirm" role="group" aria-label={t('app.queue.assignAll')}>
                <p>{t('app.queue.assignAllConfirm')}</p>
                <button type="button" className="or-button" data-action="assign-all-confirm" onClick={() => void onAssignAll()}>
                  {t('app.queue.assignAllYes')}
                </button>
                <button type="button" className="or-button or-button--secondary" onClick={() => setConfirmAll(false)}>
                  {t('app.common.cancel')}
                </button>
              </div>
            ) : (
              <button type="button" className="or-button" data-action="assign-all" disabled={allState.fetching || busyId !== null} onClick={() => setConfirmAll(true)}>
                {allState.fetching ? t('app.queue.assigningAll') : t('app.queue.assignAll')}
              </button>
            )}
          </div>
        }
      />
      <div aria-live="polite">
        {mutationError && <ErrorNotice error={mutationError} />}
        {outcome?.kind === 'errors' && <MutationErrors errors={outcome.errors} title={t('app.queue.notDone')} />}
        {outcome?.kind === 'original' && (
          <div data-outcome="original-received">
            <Notice tone="success" title={t('app.queue.originalDone', { caseNumber: outcome.caseNumber })}>
              <p>{t('app.queue.originalDoneText')}</p>
            </Notice>
          </div>
        )}
        {assigned && <AssignmentOutcome assignment={assigned} />}
        {assignedAll && <AssignAllOutcome payload={assignedAll} />}
      </div>
      <FilterButtons<Filter>
        name="queue-status"
        label={t('app.queue.filter')}
        value={filter}
        onChange={changeFilter}
        options={[
          { value: 'ALL', label: t('app.queue.filterAll') },
          { value: 'AWAITING_ORIGINAL', label: label('chamberQueueStatus', 'AWAITING_ORIGINAL') },
          { value: 'AWAITING_ASSIGNMENT', label: label('chamberQueueStatus', 'AWAITING_ASSIGNMENT') },
        ]}
      />
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : (
        <QueueTable
          caption={t('app.queue.caption')}
          documents={documents}
          loading={result.fetching && !result.data}
          pageInfo={queue?.pageInfo}
          onLoadMore={(cursor) => setAfter(cursor)}
          loadingMore={result.fetching && !!after}
          busyId={busyId}
          onMarkOriginal={(id) => void onMarkOriginal(id)}
          onAssign={(id) => void onAssign(id)}
        />
      )}
    </>
  );
}
