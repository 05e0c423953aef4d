// The bailiffs' work (E4 decisions within 3 working days, E5 refusals by ground, E6 measures by kind), complaints
// by addressee, outcome and term (C2), inspections by status and plan (Q1).
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { DataTable, useEnumLabel, useFormat, useTranslation, type Column } from '@oryndau/ui';
import { BarChart } from '../../components/Chart.tsx';
import { CsvButton } from '../../components/CsvButton.tsx';
import { AsOf } from './filter.tsx';
import { TermRowsFragment, TermsTable } from './Terms.tsx';

export const WorkFragment = graphql(
  `
    fragment Work_dashboard on Dashboard {
      bailiffWork {
        asOf
        decisions { ...TermRows_term }
        refusalsByGround { ground count }
        measuresByKind { kind count }
      }
      complaints {
        asOf
        rows { addressee status term count }
        terms { ...TermRows_term }
      }
      inspections {
        asOf
        rows { kind status count plan { year half } }
      }
    }
  `,
  [TermRowsFragment],
);

export function Work({ dashboard }: { dashboard: FragmentOf<typeof WorkFragment> }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const d = readFragment(WorkFragment, dashboard);
  const w = d.bailiffWork;
  type M = (typeof w.measuresByKind)[number];
  type G = (typeof w.refusalsByGround)[number];
  type C = (typeof d.complaints.rows)[number];
  type I = (typeof d.inspections.rows)[number];
  const count = { key: 'count', header: t('app.dashboards.col.count'), align: 'end' as const };
  const plan = (i: I) => (i.plan ? t('app.dashboards.inspections.plan', { year: i.plan.year, half: i.plan.half }) : '—');
  return (
    <>
      <section className="ov-panel" aria-labelledby="ov-e4">
        <h2 id="ov-e4">{t('app.dashboards.work.decisions')}</h2>
        <AsOf at={w.asOf} />
        <TermsTable rows={w.decisions} caption={t('app.dashboards.work.decisions')} fileName="decisions" />
      </section>
      <section className="ov-panel" aria-labelledby="ov-e5">
        <h2 id="ov-e5">{t('app.dashboards.work.refusals')}</h2>
        <div className="ov-actions"><CsvButton columns={[{ header: t('app.dashboards.col.ground'), value: (g: G) => label('proceedingRefusalGround', g.ground) }, { header: t('app.dashboards.col.count'), value: (g: G) => g.count }]} rows={w.refusalsByGround} fileName="refusals" /></div>
        <DataTable caption={t('app.dashboards.work.refusals')} captionHidden rows={w.refusalsByGround} rowKey={(g) => g.ground}
          columns={[{ key: 'ground', header: t('app.dashboards.col.ground'), render: (g: G) => label('proceedingRefusalGround', g.ground), rowHeader: true }, { ...count, render: (g: G) => format.number(g.count) }] as Column<G>[]} />
      </section>
      <section className="ov-panel" aria-labelledby="ov-e6">
        <h2 id="ov-e6">{t('app.dashboards.work.measures')}</h2>
        {w.measuresByKind.length > 0 && <BarChart caption={t('app.dashboards.work.measures')} labels={w.measuresByKind.map((m) => label('measureKind', m.kind))} series={[{ label: t('app.dashboards.col.count'), values: w.measuresByKind.map((m) => m.count) }]} horizontal fileName="measures" />}
        <div className="ov-actions"><CsvButton columns={[{ header: t('app.dashboards.col.measure'), value: (m: M) => label('measureKind', m.kind) }, { header: t('app.dashboards.col.count'), value: (m: M) => m.count }]} rows={w.measuresByKind} fileName="measures" /></div>
        <DataTable caption={t('app.dashboards.work.measures')} captionHidden rows={w.measuresByKind} rowKey={(m) => m.kind}
          columns={[{ key: 'kind', header: t('app.dashboards.col.measure'), render: (m: M) => label('measureKind', m.kind), rowHeader: true }, { ...count, render: (m: M) => format.number(m.count) }] as Column<M>[]} />
      </section>
      <section className="ov-panel" aria-labelledby="ov-complaints">
        <h2 id="ov-complaints">{t('app.dashboards.complaints.title')}</h2>
        <AsOf at={d.complaints.asOf} />
        <TermsTable rows={d.complaints.terms} caption={t('app.dashboards.complaints.terms')} fileName="complaint-terms" />
        <div className="ov-actions"><CsvButton columns={[
          { header: t('app.dashboards.col.addressee'), value: (c: C) => label('responsibleBody', c.addressee) },
          { header: t('app.dashboards.col.status'), value: (c: C) => t(`app.dashboards.complaintStatus.${c.status}`, { defaultValue: c.status }) },
          { header: t('app.dashboards.col.term'), value: (c: C) => label('termOutcome', c.term) },
          { header: t('app.dashboards.col.count'), value: (c: C) => c.count },
        ]} rows={d.complaints.rows} fileName="complaints" /></div>
        <DataTable caption={t('app.dashboards.complaints.table')} rows={d.complaints.rows} rowKey={(c) => `${c.addressee}|${c.status}|${c.term}`}
          columns={[
            { key: 'addressee', header: t('app.dashboards.col.addressee'), render: (c: C) => label('responsibleBody', c.addressee), rowHeader: true },
            { key: 'status', header: t('app.dashboards.col.status'), render: (c: C) => t(`app.dashboards.complaintStatus.${c.status}`, { defaultValue: c.status }) },
            { key: 'term', header: t('app.dashboards.col.term'), render: (c: C) => label('termOutcome', c.term) },
            { ...count, render: (c: C) => format.number(c.count) },
          ] as Column<C>[]} />
      </section>
      <section className="ov-panel" aria-labelledby="ov-inspections">
        <h2 id="ov-inspections">{t('app.dashboards.inspections.title')}</h2>
        <AsOf at={d.inspections.asOf} />
        <div className="ov-actions"><CsvButton columns={[
          { header: t('app.dashboards.col.kind'), value: (i: I) => label('inspectionKind', i.kind) },
          { header: t('app.dashboards.col.plan'), value: plan },
          { header: t('app.dashboards.col.status'), value: (i: I) => label('inspectionStatus', i.status) },
          { header: t('app.dashboards.col.count'), value: (i: I) => i.count },
        ]} rows={d.inspections.rows} fileName="inspections" /></div>
        <DataTable caption={t('app.dashboards.inspections.table')} rows={d.inspections.rows} rowKey={(i) => `${i.kind}|${i.plan?.year}-${i.plan?.half}|${i.status}`}
          columns={[
            { key: 'kind', header: t('app.dashboards.col.kind'), render: (i: I) => label('inspectionKind', i.kind), rowHeader: true },
            { key: 'plan', header: t('app.dashboards.col.plan'), render: plan },
            { key: 'status', header: t('app.dashboards.col.status'), render: (i: I) => label('inspectionStatus', i.status) },
            { ...count, render: (i: I) => format.number(i.count) },
          ] as Column<I>[]} />
      </section>
    </>
  );
}
