// CH2 made visible: every member of the chamber as the policy saw them when the case was assigned —
// their count in the counting period, whether they could lawfully take the case and, if not, why —
// with the bailiff chosen highlighted.
import { graphql, readFragment, type FragmentOf, type ResultOf } from '@oryndau/client';
import { type Column, DataTable, Link, StatusBadge, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { policyOf } from './policy.ts';

export const PoolTableFragment = graphql(`
  fragment PoolTable_assignment on Assignment {
    id
    rule
    tiedCount
    policy { version config }
    pool {
      bailiff { id name }
      count
      weight
      eligible
      exclusions
      chosen
    }
  }
`);

type Entry = ResultOf<typeof PoolTableFragment>['pool'][number];

export function PoolTable({ assignment }: { assignment: FragmentOf<typeof PoolTableFragment> }) {
  const data = readFragment(PoolTableFragment, assignment);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const policy = policyOf(data.policy.config);
  const weighted = policy.weightByPresence === true;
  const chosenCount = data.pool.find((e) => e.chosen)?.count;
  const tieDraw = data.rule === 'LOWEST_LOAD_TIE_DRAW';
  // Eligible members first, by their count (the policy's order of preference), then the others.
  const rows = [...data.pool].sort(
    (a, b) => Number(b.eligible) - Number(a.eligible) || a.count - b.count || a.bailiff.name.localeCompare(b.bailiff.name),
  );
  const eligibleCount = data.pool.filter((e) => e.eligible).length;

  const columns: Column<Entry>[] = [
    {
      key: 'bailiff',
      header: t('app.pool.bailiff'),
      rowHeader: true,
      render: (e) => (
        <span data-bailiff-id={e.bailiff.id}>
          <Link to={`/bailiffs/${encodeURIComponent(e.bailiff.id)}`}>{e.bailiff.name}</Link>
        </span>
      ),
    },
    { key: 'count', header: t('app.pool.count'), align: 'end', render: (e) => format.number(e.count) },
    ...(weighted ? [{ key: 'weight', header: t('app.pool.weight'), align: 'end' as const, render: (e: Entry) => format.number(e.weight, 3) }] : []),
    {
      key: 'eligible',
      header: t('app.pool.eligible'),
      render: (e) =>
        e.eligible ? (
          <span data-eligible="true">
            <StatusBadge tone="success">{t('app.pool.canReceive')}</StatusBadge>
          </span>
        ) : (
          <ul className="ch-exclusions" data-eligible="false">
            {e.exclusions.map((reason) => (
              <li key={reason} data-exclusion={reason}>
                <StatusBadge tone="neutral">{label('exclusionReason', reason)}</StatusBadge>
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'decision',
      header: t('app.pool.decision'),
      render: (e) =>
        e.chosen ? (
          <span className="ch-pool__chosen" data-chosen="true">
            <StatusBadge tone="info">✓ {t('app.pool.chosen')}</StatusBadge>
          </span>
        ) : tieDraw && e.eligible && !weighted && e.count === chosenCount ? (
          <span className="ch-muted">{t('app.pool.tied')}</span>
        ) : null,
    },
  ];

  return (
    <div className="ch-pool">
      <DataTable
        caption={t('app.pool.caption', { total: data.pool.length, eligible: eligibleCount })}
        columns={columns}
        rows={rows}
        rowKey={(e) => e.bailiff.id}
        empty={t('app.pool.hidden')}
      />
    </div>
  );
}
