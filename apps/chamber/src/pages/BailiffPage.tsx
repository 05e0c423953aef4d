// One bailiff of the chamber: facts, periods without cases (record one, end one) and breach decisions
// (record one: CH4).
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { LicenceEligibility, LicenceStatusBadge, Link, NodePageFallback, PageHeader, SummaryList, useFormat, useTranslation } from '@oryndau/ui';
import { useChamberName } from '../features/chamber/officialChamber.ts';
import { AvailabilityForm } from '../features/bailiffs/AvailabilityForm.tsx';
import { AvailabilityList, AvailabilityListFragment } from '../features/bailiffs/AvailabilityList.tsx';
import { BreachDecisionForm, BreachDecisionList, BreachDecisionsFragment } from '../features/bailiffs/BreachDecisions.tsx';

export const BailiffQuery = graphql(
  `
    query ChamberBailiff($id: ID!) {
      node(id: $id) {
        id
        __typename
        ... on PrivateBailiff {
          id
          name
          office
          isChamberHead
          memberSince
          chamber { id name region { id nameKk nameRu nameEn } }
          licence { id number status issuedAt suspendedAt revokedAt }
          districts { id nameKk nameRu nameEn }
          openCaseCount
          assignedThisYear
          ...AvailabilityList_bailiff
          ...BreachDecisions_bailiff
        }
      }
    }
  `,
  [AvailabilityListFragment, BreachDecisionsFragment],
);

export function BailiffPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const chamberName = useChamberName();
  const [result, refetch] = useQuery({ query: BailiffQuery, variables: { id } });
  const b = result.data?.node;
  if (!b || b.__typename !== 'PrivateBailiff') return <NodePageFallback result={result} refetch={refetch} />;
  return (
    <>
      <PageHeader title={b.name} lead={t('app.bailiff.lead', { chamber: chamberName(b.chamber.region) })} actions={<Link to="/bailiffs">{t('app.bailiff.backToList')}</Link>} />
      <section className="or-card" aria-labelledby="bailiff-facts">
        <h2 className="or-card__title" id="bailiff-facts">
          {t('app.bailiff.facts')}
        </h2>
        <SummaryList
          items={[
            { key: 'office', label: t('app.bailiff.office'), value: b.office },
            b.isChamberHead && { key: 'head', label: t('app.bailiff.role'), value: t('app.bailiffs.head') },
            { key: 'memberSince', label: t('app.bailiff.memberSince'), value: format.date(b.memberSince) },
            {
              key: 'licence',
              label: t('app.bailiffs.licence'),
              value: b.licence ? (
                <span>
                  № {b.licence.number} · {format.date(b.licence.issuedAt)}{' '}
                  <LicenceStatusBadge status={b.licence.status} />
                </span>
              ) : (
                t('app.bailiffs.noLicence')
              ),
            },
            { key: 'eligibility', label: t('app.admission.eligibility'), value: <LicenceEligibility licence={b.licence} /> }, // admit (issue 9): L9, CH2
            { key: 'districts', label: t('app.bailiffs.districts'), value: b.districts.map((d) => format.name(d)).join(', ') },
            { key: 'open', label: t('app.bailiffs.openCases'), value: <span data-open-cases={b.openCaseCount}>{b.openCaseCount == null ? '—' : format.number(b.openCaseCount)}</span> },
            { key: 'year', label: t('app.bailiffs.assignedThisYear'), value: b.assignedThisYear == null ? '—' : format.number(b.assignedThisYear) },
          ]}
        />
      </section>

      <section aria-labelledby="availability-title" data-section="availability">
        <h2 id="availability-title">{t('app.availability.title')}</h2>
        <AvailabilityList bailiff={b} />
        <div className="or-card">
          <h3>{t('app.availability.record')}</h3>
          <AvailabilityForm bailiffId={b.id} name={b.name} />
        </div>
      </section>

      <section aria-labelledby="breach-title" data-section="breach">
        <h2 id="breach-title">{t('app.breach.title')}</h2>
        <p className="ch-muted">{t('app.breach.intro')}</p>
        <BreachDecisionList bailiff={b} />
        <div className="or-card">
          <h3>{t('app.breach.record')}</h3>
          <BreachDecisionForm bailiffId={b.id} name={b.name} />
        </div>
      </section>
    </>
  );
}
