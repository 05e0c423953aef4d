// The chamber's members: licence, territorial competence, periods without cases, open cases, this
// year's count and recorded breach decisions. Each links to the bailiff's page, where the official
// records availability and breach decisions.
import { useQuery } from 'urql';
import { graphql, readFragment, type ResultOf } from '@oryndau/client';
import { type Column, DataTable, ErrorNotice, LicenceStatusBadge, Link, Loading, Notice, PageHeader, StatusBadge, todayInAlmaty, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { useOfficialChamber } from '../features/chamber/officialChamber.ts';

export const BailiffRowFragment = graphql(`
  fragment BailiffRow_bailiff on PrivateBailiff {
    id
    name
    office
    isChamberHead
    licence { id number status }
    districts { id nameKk nameRu nameEn }
    availability { id kind startsOn endsOn reason }
    openCaseCount
    assignedThisYear
    breachDecisions { id }
  }
`);

export const BailiffsQuery = graphql(
  `
    query ChamberBailiffs($chamberId: ID!) {
      node(id: $chamberId) {
        id
        __typename
        ... on Chamber {
          id
          name
          bailiffs { id ...BailiffRow_bailiff }
        }
      }
    }
  `,
  [BailiffRowFragment],
);

type Row = ResultOf<typeof BailiffRowFragment>;

export function BailiffsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const { chamber, fetching } = useOfficialChamber();
  const [result, refetch] = useQuery({ query: BailiffsQuery, variables: { chamberId: chamber?.id ?? '' }, pause: !chamber });
  if (fetching) return <Loading />;
  if (!chamber) return <Notice tone="warning">{t('app.common.noChamber')}</Notice>;
  const node = result.data?.node;
  const rows = node?.__typename === 'Chamber' ? node.bailiffs.map((b) => readFragment(BailiffRowFragment, b)) : [];
  const today = todayInAlmaty();
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('app.bailiffs.name'),
      rowHeader: true,
      render: (b) => (
        <span data-bailiff-id={b.id} className="ch-person">
          <Link to={`/bailiffs/${encodeURIComponent(b.id)}`}>{b.name}</Link>
          {b.isChamberHead && <span className="ch-block ch-small">{t('app.bailiffs.head')}</span>}
          <span className="ch-block ch-muted ch-small ch-normal">{b.office}</span>
        </span>
      ),
    },
    {
      key: 'licence',
      header: t('app.bailiffs.licence'),
      render: (b) =>
        b.licence ? (
          <span>
            <span className="ch-block">№ {b.licence.number}</span>
            <LicenceStatusBadge status={b.licence.status} />
          </span>
        ) : (
          <StatusBadge tone="danger">{t('app.bailiffs.noLicence')}</StatusBadge>
        ),
    },
    { key: 'districts', header: t('app.bailiffs.districts'), render: (b) => <span className="ch-small">{b.districts.map((d) => format.name(d)).join(', ')}</span> },
    {
      key: 'availability',
      header: t('app.bailiffs.availability'),
      render: (b) =>
        b.availability.length === 0 ? (
          <span className="ch-muted">{t('app.bailiffs.available')}</span>
        ) : (
          <ul className="ch-plain-list">
            {b.availability.map((p) => (
              <li key={p.id} data-availability-kind={p.kind}>
                <StatusBadge tone={p.startsOn <= today ? 'warning' : 'neutral'}>{label('availabilityKind', p.kind)}</StatusBadge>{' '}
                <span className="ch-block ch-small">
                  {format.date(p.startsOn)} – {p.endsOn ? format.date(p.endsOn) : t('app.availability.openEnded')}
                </span>
              </li>
            ))}
          </ul>
        ),
    },
    { key: 'open', header: t('app.bailiffs.openShort'), align: 'end', render: (b) => (b.openCaseCount == null ? '—' : format.number(b.openCaseCount)) },
    { key: 'year', header: t('app.bailiffs.yearShort'), align: 'end', render: (b) => (b.assignedThisYear == null ? '—' : format.number(b.assignedThisYear)) },
    {
      key: 'breaches',
      header: t('app.bailiffs.breachesShort'),
      align: 'end',
      render: (b) => (b.breachDecisions.length > 0 ? <StatusBadge tone="danger">{b.breachDecisions.length}</StatusBadge> : '0'),
    },
  ];
  return (
    <>
      <PageHeader title={t('app.bailiffs.title')} lead={t('app.bailiffs.lead', { chamber: chamber.name })} />
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : (
        <DataTable
          caption={t('app.bailiffs.caption', { count: rows.length })}
          captionHidden
          columns={columns}
          rows={rows}
          rowKey={(b) => b.id}
          loading={result.fetching && !result.data}
          empty={t('app.bailiffs.empty')}
        />
      )}
    </>
  );
}
