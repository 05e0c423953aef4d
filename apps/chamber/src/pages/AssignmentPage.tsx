// One assignment, provably: the document, the bailiff appointed and why, the pool as the policy saw it
// (CH2), the policy of record, the seed and the hash chain, "Verify", and — while it is in force — the
// replacement of the bailiff on a breach decision (CH4).
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { DocumentStatusBadge, Link, NodePageFallback, PageHeader, StatusBadge, SummaryList, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { useChamberName } from '../features/chamber/officialChamber.ts';
import { AssignmentReason, AssignmentReasonFragment } from '../features/assignments/AssignmentReason.tsx';
import { HashChain, HashChainFragment } from '../features/assignments/HashChain.tsx';
import { PolicyFacts, PolicyFactsFragment } from '../features/assignments/PolicyFacts.tsx';
import { PoolTable, PoolTableFragment } from '../features/assignments/PoolTable.tsx';
import { ReplaceBailiff, ReplaceBailiffFragment } from '../features/assignments/ReplaceBailiff.tsx';
import { VerifyPanel } from '../features/assignments/VerifyPanel.tsx';
import { CourtCase } from '../features/documents/DocumentCells.tsx';

export const AssignmentQuery = graphql(
  `
    query ChamberAssignment($id: ID!) {
      node(id: $id) {
        id
        __typename
        ... on Assignment {
          id
          sequence
          kind
          assignedAt
          active
          endedAt
          endReason
          chamber { id name region { id nameKk nameRu nameEn } }
          bailiff { id name office }
          leftOutBailiff { id name }
          document {
            id
            court
            caseNumber
            category
            debtorName
            status
            district { id nameKk nameRu nameEn }
            proceeding { id number status }
          }
          policy { ...PolicyFacts_policy }
          ...AssignmentReason_assignment
          ...PoolTable_assignment
          ...HashChain_assignment
          ...ReplaceBailiff_assignment
        }
      }
    }
  `,
  [AssignmentReasonFragment, PoolTableFragment, HashChainFragment, PolicyFactsFragment, ReplaceBailiffFragment],
);

export function AssignmentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const chamberName = useChamberName();
  const [result, refetch] = useQuery({ query: AssignmentQuery, variables: { id } });
  const node = result.data?.node;
  if (!node || node.__typename !== 'Assignment') return <NodePageFallback result={result} refetch={refetch} />;
  const a = node;
  return (
    <>
      <PageHeader
        title={t('app.assignment.title', { sequence: a.sequence })}
        lead={t('app.assignment.lead', { chamber: chamberName(a.chamber.region) })}
        actions={<Link to="/assignments">{t('app.assignments.backToList')}</Link>}
      />
      <section className="or-card" aria-labelledby="assignment-summary" data-section="summary">
        <h2 className="or-card__title" id="assignment-summary">
          {t('app.assignment.summary')}
        </h2>
        <SummaryList
          items={[
            {
              key: 'document',
              label: t('app.assignment.document'),
              value: <CourtCase court={a.document.court} caseNumber={a.document.caseNumber} to={`/documents/${encodeURIComponent(a.document.id)}`} />,
            },
            { key: 'category', label: t('app.document.category'), value: label('documentCategory', a.document.category) },
            { key: 'district', label: t('app.document.district'), value: format.name(a.document.district) },
            { key: 'debtor', label: t('app.document.debtor'), value: a.document.debtorName },
            {
              key: 'bailiff',
              label: t('app.assignment.bailiff'),
              value: (
                <span data-bailiff-name={a.bailiff.name}>
                  <Link to={`/bailiffs/${encodeURIComponent(a.bailiff.id)}`} className="ch-strong">
                    {a.bailiff.name}
                  </Link>
                  <span className="ch-muted ch-block">{a.bailiff.office}</span>
                </span>
              ),
            },
            { key: 'kind', label: t('app.assignment.kind'), value: label('assignmentKind', a.kind) },
            a.leftOutBailiff && {
              key: 'leftOut',
              label: t('app.assignment.leftOut'),
              value: (
                <Link to={`/bailiffs/${encodeURIComponent(a.leftOutBailiff.id)}`} data-left-out={a.leftOutBailiff.id}>
                  {a.leftOutBailiff.name}
                </Link>
              ),
            },
            { key: 'assignedAt', label: t('app.assignment.assignedAt'), value: format.dateTime(a.assignedAt) },
            {
              key: 'state',
              label: t('app.assignment.state'),
              value: a.active ? (
                <StatusBadge tone="success">{t('app.assignment.active')}</StatusBadge>
              ) : (
                <span>
                  <StatusBadge tone="neutral">{t('app.assignment.ended')}</StatusBadge>{' '}
                  {a.endedAt && format.dateTime(a.endedAt)}
                  {a.endReason && (
                    <span className="ch-block ch-muted" lang="en">
                      {a.endReason}
                    </span>
                  )}
                </span>
              ),
            },
            { key: 'documentStatus', label: t('app.document.status'), value: <DocumentStatusBadge status={a.document.status} /> },
            a.document.proceeding && {
              key: 'proceeding',
              label: t('app.document.proceeding'),
              value: `${a.document.proceeding.number} · ${label('proceedingStatus', a.document.proceeding.status)}`,
            },
          ]}
        />
        <h3>{t('app.assignment.why')}</h3>
        <AssignmentReason assignment={a} />
      </section>

      <section aria-labelledby="pool-title" data-section="pool">
        <h2 id="pool-title">{t('app.pool.title')}</h2>
        <p className="ch-muted">{t('app.pool.intro')}</p>
        <PoolTable assignment={a} />
      </section>

      <VerifyPanel assignmentId={a.id} />

      <div className="ch-columns">
        <section className="or-card" aria-labelledby="policy-title" data-section="policy">
          <h2 className="or-card__title" id="policy-title">
            {t('app.policy.title')}
          </h2>
          <PolicyFacts policy={a.policy} />
        </section>
        <section className="or-card" aria-labelledby="chain-title" data-section="chain">
          <h2 className="or-card__title" id="chain-title">
            {t('app.chain.title')}
          </h2>
          <HashChain assignment={a} />
        </section>
      </div>

      <ReplaceBailiff assignment={a} />
    </>
  );
}
