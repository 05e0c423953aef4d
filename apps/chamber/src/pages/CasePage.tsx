// One case of a private bailiff: the executive document and the parties, the E4 deadline, the decision
// to initiate or refuse (E4, E5, G1), then the enforcement measures (E6).
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { DeadlineBadge, Link, NodePageFallback, PageHeader, ProceedingStatusBadge, StatusBadge, SummaryList, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { DocumentFacts, DocumentFactsFragment } from '../features/documents/DocumentFacts.tsx';
import { DecisionForm, DecisionOutcome } from '../features/cases/DecisionForm.tsx';
import { MeasureForm, MeasureList, MeasureListFragment } from '../features/cases/Measures.tsx';

export const CaseQuery = graphql(
  `
    query ChamberCase($id: ID!) {
      node(id: $id) {
        id
        __typename
        ... on EnforcementProceeding {
          id
          number
          status
          registeredAt
          decisionDueOn
          decisionOverdue
          decidedAt
          decidedLate
          refusalGround
          refusalReason
          viewerCanDecide
          viewerCanRecordMeasure
          bailiff { id name }
          document { id court caseNumber ...DocumentFacts_document }
          ...MeasureList_proceeding
        }
      }
    }
  `,
  [DocumentFactsFragment, MeasureListFragment],
);

export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [result, refetch] = useQuery({ query: CaseQuery, variables: { id } });
  // Kept here: once decided, the form goes away (viewerCanDecide is false) but its outcome stays.
  const [decided, setDecided] = useState<{ late: boolean; initiated: boolean } | null>(null);
  const p = result.data?.node;
  if (!p || p.__typename !== 'EnforcementProceeding') return <NodePageFallback result={result} refetch={refetch} />;
  const d = p.document;
  return (
    <>
      <PageHeader
        title={t('app.case.title', { number: p.number })}
        lead={`${d.court} · ${d.caseNumber}`}
        actions={<Link to="/cases">{t('app.cases.backToList')}</Link>}
      />
      <section className="or-card" aria-labelledby="case-facts" data-section="case">
        <h2 className="or-card__title" id="case-facts">
          {t('app.case.facts')}
        </h2>
        <SummaryList
          items={[
            {
              key: 'status',
              label: t('app.case.status'),
              value: (
                <ProceedingStatusBadge status={p.status} />
              ),
            },
            { key: 'registered', label: t('app.case.registered'), value: format.dateTime(p.registeredAt) },
            {
              key: 'due',
              label: t('app.case.decisionDue'),
              value: (
                <span data-due={p.decisionDueOn} data-overdue={p.decisionOverdue ? 'true' : 'false'}>
                  <DeadlineBadge due={p.decisionDueOn} overdue={p.decisionOverdue} done={p.status !== 'AWAITING_DECISION'} />{' '}
                  <span className="ch-muted ch-small">{t('app.case.dueRule')}</span>
                </span>
              ),
            },
            p.decidedAt && {
              key: 'decidedAt',
              label: t('app.case.decidedAt'),
              value: (
                <span>
                  {format.dateTime(p.decidedAt)}{' '}
                  {p.decidedLate && <StatusBadge tone="warning">{t('app.case.decidedLate')}</StatusBadge>}
                </span>
              ),
            },
            p.refusalGround && { key: 'ground', label: t('app.decision.ground'), value: label('proceedingRefusalGround', p.refusalGround) },
            p.refusalReason && { key: 'refusalReason', label: t('app.decision.reason'), value: p.refusalReason },
            p.bailiff && { key: 'bailiff', label: t('app.assignment.bailiff'), value: p.bailiff.name },
          ]}
        />
      </section>
      <section className="or-card" aria-labelledby="case-document">
        <h2 className="or-card__title" id="case-document">
          {t('app.case.document')}
        </h2>
        <DocumentFacts document={d} />
      </section>
      {decided && <DecisionOutcome late={decided.late} initiated={decided.initiated} />}
      {p.viewerCanDecide && (
        <section className="or-card" aria-labelledby="decision-title" data-section="decision">
          <h2 className="or-card__title" id="decision-title">
            {t('app.decision.title')}
          </h2>
          <p>{t('app.decision.intro')}</p>
          <DecisionForm proceedingId={p.id} onDecided={setDecided} />
        </section>
      )}
      <section aria-labelledby="measures-title" data-section="measures">
        <h2 id="measures-title">{t('app.measures.title')}</h2>
        {p.status === 'AWAITING_DECISION' && <p className="ch-muted">{t('app.measures.afterInitiation')}</p>}
        <MeasureList proceeding={p} />
        {p.viewerCanRecordMeasure && (
          <div className="or-card">
            <h3 id="measure-title">{t('app.measures.record')}</h3>
            <MeasureForm proceedingId={p.id} />
          </div>
        )}
      </section>
    </>
  );
}
