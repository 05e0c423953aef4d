// admit (issue 9): "Licensed bailiffs to admit" — the licences the chamber may admit (Chamber.admissibleLicences:
// ACTIVE, of the chamber's region or of none, the holder not a member; L9, CH2), each with its number, holder and
// dates, and the Admit action (office and districts). No IIN: the licence number identifies the holder.
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '@oryndau/client';
import { type Column, DataTable, ErrorNotice, LicenceStatusBadge, Loading, Notice, PageHeader, nodesOf, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { useOfficialChamber } from '../features/chamber/officialChamber.ts';
import { AdmitForm } from '../features/admission/AdmitForm.tsx';

export const AdmissionsQuery = graphql(`
  query ChamberAdmissibleLicences($chamberId: ID!) {
    node(id: $chamberId) {
      id
      __typename
      ... on Chamber {
        id
        region { id districts { id nameKk nameRu nameEn } }
        admissibleLicences(first: 100) {
          totalCount
          edges { node { id number status basis holderName issuedAt } }
        }
      }
    }
  }
`);

type Chamber = Extract<NonNullable<ResultOf<typeof AdmissionsQuery>['node']>, { __typename: 'Chamber' }>;
type Row = Chamber['admissibleLicences']['edges'][number]['node'];

export function AdmissionsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const { chamber, fetching } = useOfficialChamber();
  const [result, refetch] = useQuery({ query: AdmissionsQuery, variables: { chamberId: chamber?.id ?? '' }, pause: !chamber });
  const [selected, setSelected] = useState<Row | null>(null);
  if (fetching) return <Loading />;
  if (!chamber) return <Notice tone="warning">{t('app.common.noChamber')}</Notice>;
  const node = result.data?.node?.__typename === 'Chamber' ? result.data.node : null;
  const rows = nodesOf(node?.admissibleLicences);
  const columns: Column<Row>[] = [
    { key: 'number', header: t('app.admission.number'), render: (l) => <span data-licence-number={l.number}>№ {l.number}</span> },
    { key: 'holder', header: t('app.admission.holder'), rowHeader: true, render: (l) => l.holderName },
    { key: 'issuedAt', header: t('app.admission.issuedAt'), render: (l) => format.date(l.issuedAt) },
    { key: 'basis', header: t('app.admission.basis'), render: (l) => label('licenceBasis', l.basis) },
    { key: 'status', header: t('app.bailiffs.licence'), render: (l) => <LicenceStatusBadge status={l.status} /> },
    {
      key: 'action',
      header: t('app.admission.action'),
      render: (l) => (
        <button type="button" className="or-button or-button--secondary" aria-label={`${t('app.admission.admit')}: ${l.holderName}`} onClick={() => setSelected(l)}>
          {t('app.admission.admit')}
        </button>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('app.admission.title')} lead={t('app.admission.lead', { chamber: chamber.name })} />
      <p className="ch-muted ch-small">{t('app.admission.noIin')}</p>
      {selected && node && (
        <AdmitForm key={selected.id} chamberId={node.id} licence={selected} districts={node.region.districts} onCancel={() => setSelected(null)} />
      )}
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : (
        <DataTable
          caption={t('app.admission.caption', { count: node?.admissibleLicences.totalCount ?? 0 })}
          columns={columns}
          rows={rows}
          rowKey={(l) => l.id}
          loading={result.fetching && !result.data}
          empty={t('app.admission.empty')}
        />
      )}
    </>
  );
}
