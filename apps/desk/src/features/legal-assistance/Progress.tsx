// G2: the stages of an order or petition (who, by role, and when) and its deadlines (due, met, overdue).
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { DataTable, DeadlineBadge, StatusBadge, useEnumLabel, useFormat, useRoleLabel, useTranslation } from '@oryndau/ui';

export const StagesFragment = graphql(`
  fragment LegalStages on LegalAssistanceStage {
    stage
    actorRole
    at
    dueOn
    rule
    note
  }
`);

export const DeadlinesFragment = graphql(`
  fragment LegalDeadlines on LegalAssistanceDeadline {
    kind
    rule
    dueOn
    metOn
    overdue
    late
  }
`);

export function Stages({ stages }: { stages: readonly FragmentOf<typeof StagesFragment>[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const role = useRoleLabel();
  const format = useFormat();
  const rows = stages.map((s) => readFragment(StagesFragment, s));
  return (
    <DataTable
      caption={t('app.legal.stages')}
      captionHidden
      rows={rows}
      rowKey={(s) => `${s.stage}-${s.at}`}
      columns={[
        { key: 'stage', header: t('app.legal.stage'), rowHeader: true, render: (s) => label('legalAssistanceStageKind', s.stage) },
        { key: 'who', header: t('app.legal.who'), render: (s) => (s.actorRole ? role(s.actorRole) : '—') },
        { key: 'at', header: t('app.legal.when'), render: (s) => format.dateTime(s.at) },
        { key: 'due', header: t('app.legal.deadline'), render: (s) => (s.dueOn ? `${format.date(s.dueOn)}${s.rule ? ` (${s.rule})` : ''}` : '—') },
        { key: 'note', header: t('app.legal.note'), render: (s) => s.note ?? '' },
      ]}
    />
  );
}

export function Deadlines({ deadlines }: { deadlines: readonly FragmentOf<typeof DeadlinesFragment>[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const rows = deadlines.map((d) => readFragment(DeadlinesFragment, d));
  return (
    <DataTable
      caption={t('app.legal.deadlines')}
      captionHidden
      rows={rows}
      rowKey={(d) => `${d.kind}-${d.dueOn}`}
      columns={[
        { key: 'kind', header: t('app.legal.deadline'), rowHeader: true, render: (d) => `${label('legalAssistanceDeadlineKind', d.kind)} (${d.rule})` },
        { key: 'due', header: t('app.legal.dueOn'), render: (d) => <DeadlineBadge due={d.dueOn} overdue={d.overdue} done={!!d.metOn} /> },
        {
          key: 'met',
          header: t('app.legal.metOn'),
          render: (d) => (d.metOn ? <span data-deadline-met={d.kind}>{format.date(d.metOn)}{d.late ? <> <StatusBadge tone="danger">{t('app.legal.late')}</StatusBadge></> : null}</span> : '—'),
        },
      ]}
    />
  );
}
