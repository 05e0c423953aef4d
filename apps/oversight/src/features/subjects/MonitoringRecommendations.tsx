// Q1 (5): the monitoring recommendations sent to a subject, latest first, each with its due day and where it
// stands today (open, overdue, implemented, implemented late); where the viewer may, the form that records the
// day the subject implemented it.
import { graphql, readFragment, type FragmentOf, type ResultOf } from '@oryndau/client';
import { DataTable, MONITORING_RECOMMENDATION_STATE_TONE, nodesOf, StatusBadge, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { ImplementationForm } from './SubjectForms.tsx';

// the rows' fields inline, not a fragment of their own: one level less under node → provider → connection
// (the request depth limit keeps three levels of headroom, apps/api/test/limits.test.ts)
export const MonitoringRecommendationsFragment = graphql(`
  fragment MonitoringRecommendations_provider on ServiceProvider {
    id
    monitoringRecommendations(first: 100) { totalCount edges { node { id text issuedOn dueOn implementedOn state viewerCanRecordImplementation createdAt } } }
  }
`);

type Row = NonNullable<ResultOf<typeof MonitoringRecommendationsFragment>['monitoringRecommendations']>['edges'][number]['node'];

export function MonitoringRecommendations({ provider, onRecorded }: { provider: FragmentOf<typeof MonitoringRecommendationsFragment>; onRecorded: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const p = readFragment(MonitoringRecommendationsFragment, provider);
  const connection = p.monitoringRecommendations;
  const rows: Row[] = nodesOf(connection);
  return (
    <section className="or-card" aria-labelledby="subject-recommendations" data-section="recommendations">
      <h2 className="or-card__title" id="subject-recommendations">{t('app.subjects.recommendations')}</h2>
      <p className="ov-muted">{t('app.subjects.recommendationsHint')}</p>
      {connection ? (
        <>
          <DataTable
            caption={t('app.subjects.recommendations')}
            captionHidden
            rows={rows}
            rowKey={(r) => r.id}
            empty={t('app.subjects.noRecommendations')}
            columns={[
              { key: 'issuedOn', header: t('app.subjects.issuedOn'), render: (r) => format.date(r.issuedOn) },
              { key: 'text', header: t('app.subjects.text'), rowHeader: true, render: (r) => <span data-recommendation={r.id}>{r.text}</span> },
              { key: 'dueOn', header: t('app.subjects.dueOn'), render: (r) => <span data-due-on={r.dueOn}>{format.date(r.dueOn)}</span> },
              {
                key: 'state',
                header: t('app.subjects.state'),
                render: (r) => (
                  <span className="or-status" data-status={r.state}>
                    <StatusBadge tone={MONITORING_RECOMMENDATION_STATE_TONE[r.state]}>{label('monitoringRecommendationState', r.state)}</StatusBadge>
                  </span>
                ),
              },
              {
                key: 'implementedOn',
                header: t('app.subjects.implementedOn'),
                render: (r) =>
                  r.implementedOn ? (
                    <span data-implemented-on={r.implementedOn}>{format.date(r.implementedOn)}</span>
                  ) : r.viewerCanRecordImplementation ? (
                    <ImplementationForm recommendationId={r.id} issuedOn={r.issuedOn} onRecorded={onRecorded} />
                  ) : (
                    t('app.subjects.notImplemented')
                  ),
              },
            ]}
          />
          {connection.totalCount > rows.length && <p className="ov-muted">{t('app.subjects.shown', { shown: rows.length, total: connection.totalCount })}</p>}
        </>
      ) : (
        <p className="ov-muted">{t('app.subjects.notVisible')}</p>
      )}
    </section>
  );
}
