// Q1 (4): the art. 465 fines of a subject's officials, latest decision first, as the quality-control body
// recorded them (inspectors only; the plan counts those of the last year).
import { graphql, readFragment, type FragmentOf, type ResultOf } from '@oryndau/client';
import { DataTable, nodesOf, useFormat, useTranslation } from '@oryndau/ui';

// the rows' fields inline, not a fragment of their own: one level less under node → provider → connection
// (the request depth limit keeps three levels of headroom, apps/api/test/limits.test.ts)
export const ProviderFinesFragment = graphql(`
  fragment ProviderFines_provider on ServiceProvider {
    id
    fines(first: 100) { totalCount edges { node { id official decidedOn amountTenge note createdAt } } }
  }
`);

type Row = NonNullable<ResultOf<typeof ProviderFinesFragment>['fines']>['edges'][number]['node'];

export function ProviderFines({ provider }: { provider: FragmentOf<typeof ProviderFinesFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = readFragment(ProviderFinesFragment, provider);
  const rows: Row[] = nodesOf(p.fines);
  return (
    <section className="or-card" aria-labelledby="subject-fines" data-section="fines">
      <h2 className="or-card__title" id="subject-fines">{t('app.subjects.fines')}</h2>
      <p className="ov-muted">{t('app.subjects.finesHint')}</p>
      {p.fines ? (
        <>
          <DataTable
            caption={t('app.subjects.fines')}
            captionHidden
            rows={rows}
            rowKey={(f) => f.id}
            empty={t('app.subjects.noFines')}
            columns={[
              { key: 'decidedOn', header: t('app.subjects.decidedOn'), render: (f) => <span data-decided-on={f.decidedOn}>{format.date(f.decidedOn)}</span> },
              { key: 'official', header: t('app.subjects.official'), rowHeader: true, render: (f) => <span data-fine={f.id}>{f.official}</span> },
              { key: 'amount', header: t('app.subjects.amount'), align: 'end', render: (f) => <span data-amount={f.amountTenge}>{format.money(f.amountTenge)}</span> },
              { key: 'note', header: t('app.subjects.note'), render: (f) => f.note ?? '' },
              { key: 'recordedAt', header: t('app.subjects.recordedAt'), render: (f) => format.dateTimeShort(f.createdAt) },
            ]}
          />
          {p.fines.totalCount > rows.length && <p className="ov-muted">{t('app.subjects.shown', { shown: rows.length, total: p.fines.totalCount })}</p>}
        </>
      ) : (
        <p className="ov-muted">{t('app.subjects.notVisible')}</p>
      )}
    </section>
  );
}
