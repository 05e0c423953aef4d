// Evenness (CH2): cases per bailiff in a year, max − min, and the replay of the chamber's whole chain —
// every assignment recomputed from what was stored. Anyone auditing the chamber can see why each case
// went to whom.
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '@oryndau/client';
import { type Column, currentYear, DataTable, ErrorNotice, Link, Loading, Notice, PageHeader, Select, StatusBadge, useFormat, useTranslation } from '@oryndau/ui';
import { BarChart } from '../components/BarChart.tsx';
import { StatGrid, StatTile } from '../components/StatTile.tsx';
import { useOfficialChamber } from '../features/chamber/officialChamber.ts';

export const EvennessQuery = graphql(`
  query ChamberEvenness($chamberId: ID!, $year: Int) {
    node(id: $chamberId) {
      id
      __typename
      ... on Chamber {
        id
        name
        evenness(year: $year) {
          year
          rows { bailiff { id } name count canReceiveNow }
          all { min max spread mean stddev }
          receiving { min max spread mean stddev }
        }
      }
    }
  }
`);

/**
 * The replay of the whole chain, asked for on its own: the counts show at once, and the verification when the
 * API has recomputed what was added since it last did (the first time, every assignment of the chamber).
 */
export const EvennessVerificationQuery = graphql(`
  query ChamberEvennessVerification($chamberId: ID!) {
    node(id: $chamberId) {
      id
      __typename
      ... on Chamber {
        id
        evenness {
          assignmentsChecked
          failed {
            assignment { id sequence }
            problems
            explanation
          }
        }
      }
    }
  }
`);

type Report = NonNullable<Extract<NonNullable<ResultOf<typeof EvennessQuery>['node']>, { __typename: 'Chamber' }>['evenness']>;
type Row = Report['rows'][number];

/** The Chamber assigns from 2 March 2026 (Rules No. 652); the report offers that year onwards. */
const FIRST_YEAR = 2026;

export function EvennessPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { chamber, fetching } = useOfficialChamber();
  const thisYear = currentYear();
  const [year, setYear] = useState(thisYear);
  const [result, refetch] = useQuery({ query: EvennessQuery, variables: { chamberId: chamber?.id ?? '', year }, pause: !chamber });
  const [checked] = useQuery({ query: EvennessVerificationQuery, variables: { chamberId: chamber?.id ?? '' }, pause: !chamber });
  if (fetching) return <Loading />;
  if (!chamber) return <Notice tone="warning">{t('app.common.noChamber')}</Notice>;
  const node = result.data?.node;
  const report = node?.__typename === 'Chamber' ? node.evenness : null;
  const checkedNode = checked.data?.node;
  const verification = checkedNode?.__typename === 'Chamber' ? checkedNode.evenness : null;
  const years = Array.from({ length: Math.max(1, thisYear - FIRST_YEAR + 1) }, (_, i) => thisYear - i);
  const rows = report ? [...report.rows].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) : [];
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('app.evenness.bailiff'),
      rowHeader: true,
      render: (r) => <Link to={`/bailiffs/${encodeURIComponent(r.bailiff.id)}`}>{r.name}</Link>,
    },
    { key: 'count', header: t('app.evenness.count'), align: 'end', render: (r) => format.number(r.count) },
    {
      key: 'receiving',
      header: t('app.evenness.canReceiveNow'),
      render: (r) =>
        r.canReceiveNow ? <StatusBadge tone="success">{t('app.common.yes')}</StatusBadge> : <StatusBadge tone="neutral">{t('app.common.no')}</StatusBadge>,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('app.evenness.title')}
        lead={t('app.evenness.lead', { chamber: chamber.name })}
        actions={
          <div className="ch-year">
            <label className="or-field__label" htmlFor="evenness-year">
              {t('app.evenness.year')}
            </label>
            <Select id="evenness-year" value={String(year)} placeholder={null} onChange={(e) => setYear(Number(e.target.value))} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
          </div>
        }
      />
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !report ? (
        <Loading label={t('app.evenness.computing')} />
      ) : (
        <div data-evenness-year={report.year}>
          {checked.error && !verification ? (
            <ErrorNotice error={checked.error} />
          ) : !verification ? (
            <Loading label={t('app.evenness.computing')} />
          ) : (
            <div data-verification={verification.failed.length === 0 ? 'ok' : 'failed'} aria-live="polite">
              {verification.assignmentsChecked === 0 ? (
                <Notice tone="info" title={t('app.evenness.noneYet', { year: report.year })} />
              ) : verification.failed.length === 0 ? (
                <Notice tone="success" title={t('app.evenness.allVerified', { count: verification.assignmentsChecked })}>
                  <p>{t('app.evenness.allVerifiedText')}</p>
                </Notice>
              ) : (
                <Notice tone="error" title={t('app.evenness.someFailed', { count: verification.failed.length, checked: verification.assignmentsChecked })}>
                  <ul className="ch-error-list">
                    {verification.failed.map((f) => (
                      <li key={f.assignment.id}>
                        <Link to={`/assignments/${encodeURIComponent(f.assignment.id)}`}>{t('app.assignment.title', { sequence: f.assignment.sequence })}</Link>
                        {': '}
                        <span lang="en">{f.problems.join(' ')}</span>
                      </li>
                    ))}
                  </ul>
                </Notice>
              )}
            </div>
          )}
          <StatGrid label={t('app.evenness.figures')}>
            <StatTile
              id="spread"
              tone={report.all.spread <= 1 ? 'success' : 'warning'}
              label={t('app.evenness.spread')}
              value={<span data-spread={report.all.spread}>{format.number(report.all.spread)}</span>}
              hint={t('app.evenness.spreadHint', { min: report.all.min, max: report.all.max })}
            />
            <StatTile
              id="spread-receiving"
              label={t('app.evenness.spreadReceiving')}
              value={<span data-spread-receiving={report.receiving.spread}>{format.number(report.receiving.spread)}</span>}
              hint={t('app.evenness.spreadHint', { min: report.receiving.min, max: report.receiving.max })}
            />
            <StatTile id="mean" label={t('app.evenness.mean')} value={format.number(report.all.mean, 2)} hint={t('app.evenness.stddev', { value: format.number(report.all.stddev, 2) })} />
            <StatTile id="checked" label={t('app.evenness.checked')} value={verification ? format.number(verification.assignmentsChecked) : '…'} />
          </StatGrid>
          <p className="ch-muted">{t('app.evenness.receivingNote')}</p>
          <div className="ch-columns">
            <BarChart
              caption={t('app.evenness.chart', { year: report.year })}
              items={rows.map((r) => ({
                key: r.bailiff.id,
                label: r.name,
                value: r.count,
                muted: !r.canReceiveNow,
                note: r.canReceiveNow ? undefined : t('app.evenness.notReceiving'),
              }))}
              formatValue={(v) => format.number(v)}
              reference={{ value: report.all.mean, label: t('app.evenness.meanLine', { value: format.number(report.all.mean, 2) }) }}
            />
            <DataTable caption={t('app.evenness.tableCaption', { year: report.year })} columns={columns} rows={rows} rowKey={(r) => r.bailiff.id} />
          </div>
        </div>
      )}
    </>
  );
}
