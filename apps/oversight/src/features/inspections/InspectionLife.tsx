// An inspection's life (Q3–Q5, G2): its subject, kind and ground, every deadline with whether it was met, its
// validity, and its stages (who — the role — and when).
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { DataTable, DeadlineBadge, InspectionStatusBadge, localizedName, Notice, SummaryList, useEnumLabel, useFormat, useLanguage, useTranslation } from '@oryndau/ui';

export const InspectionLifeFragment = graphql(`
  fragment InspectionLife_inspection on Inspection {
    id kind ground status subjectName reason matter conductedBy byChamber chamberName viewerCanWrite
    provider { id code kind nameKk nameRu nameEn location }
    plan { id year half approvedAt }
    startsOn endsOn startedOn noticeLatestOn noticeSentAt
    notice { inspectors { name position } specialists { name position } subject matter durationFromOn durationToOn periodFromOn periodToOn kind grounds signature items }
    suspensions { kind reason fromOn resumedOn }
    inspectorChanges { decidedOn notifyDueOn late inspectors { name position } }
    draftCertificateLatestOn draftCertificateSentAt draftCertificate violationsFound
    objectionsDueOn objections objectionsReceivedAt
    certificate certificateSentAt completedOn
    recommendation recommendationReceivedOn recommendationDueOn recommendationOverdue recommendationConsideredOn recommendationMeasures recommendationReportDueOn recommendationReportedAt
    invalidReasons validity { valid gross other }
    stages { status stage at actorRole dueOn late note }
  }
`);

export type InspectionLifeData = FragmentOf<typeof InspectionLifeFragment>;

export function useInspection(data: InspectionLifeData) {
  return readFragment(InspectionLifeFragment, data);
}

export function InspectionLife({ inspection }: { inspection: InspectionLifeData }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [lang] = useLanguage();
  const i = readFragment(InspectionLifeFragment, inspection);
  const over = i.status === 'COMPLETED' || i.status === 'INVALID';
  return (
    <>
      {i.validity && !i.validity.valid && (
        <div data-validity="invalid">
          <Notice tone="error" title={t('app.inspections.invalidTitle')}>
            <p>{i.validity.gross.map((g) => label('inspectionViolation', g)).join('; ')}</p>
          </Notice>
        </div>
      )}
      <section className="or-card" aria-labelledby="inspection-facts" data-section="facts">
        <h2 className="or-card__title" id="inspection-facts">{t('app.inspections.facts')}</h2>
        <SummaryList
          items={[
            { key: 'status', label: t('app.inspections.status'), value: <span data-status={i.status}><InspectionStatusBadge status={i.status} /></span> },
            { key: 'subject', label: t('app.inspections.subject'), value: i.provider ? `${localizedName(i.provider, lang)} (${i.provider.location})` : i.subjectName },
            { key: 'kind', label: t('app.inspections.kind'), value: label('inspectionKind', i.kind) },
            { key: 'ground', label: t('app.inspections.ground'), value: label('inspectionGround', i.ground) },
            i.conductedBy && { key: 'body', label: t('app.inspections.body'), value: label('inspectingBody', i.conductedBy) },
            i.byChamber && { key: 'chamber', label: t('app.inspections.chamber'), value: i.chamberName },
            { key: 'matter', label: t('app.inspections.matter'), value: i.matter },
            { key: 'reason', label: t('app.inspections.reason'), value: i.reason },
            { key: 'period', label: t('app.inspections.term'), value: `${format.date(i.startsOn)} – ${format.date(i.endsOn)}` },
          ]}
        />
      </section>
      {!i.byChamber && (
        <section className="or-card" aria-labelledby="inspection-deadlines" data-section="deadlines">
          <h2 className="or-card__title" id="inspection-deadlines">{t('app.inspections.deadlines')}</h2>
          <SummaryList
            items={[
              { key: 'notice', label: t('app.inspections.noticeBy'), value: <Due due={i.noticeLatestOn} done={!!i.noticeSentAt} doneAt={i.noticeSentAt} /> },
              { key: 'end', label: t('app.inspections.endsBy'), value: <Due due={i.endsOn} done={!!i.completedOn || i.status === 'INVALID'} doneAt={i.completedOn} /> },
              !over && { key: 'draft', label: t('app.inspections.draftBy'), value: <Due due={i.draftCertificateLatestOn} done={!!i.draftCertificateSentAt} doneAt={i.draftCertificateSentAt} /> },
              i.objectionsDueOn && { key: 'objections', label: t('app.inspections.objectionsBy'), value: <Due due={i.objectionsDueOn} done={!!i.objectionsReceivedAt || !!i.certificateSentAt} doneAt={i.objectionsReceivedAt} /> },
              i.recommendationDueOn && { key: 'recommendation', label: t('app.inspections.recommendationBy'), value: <Due due={i.recommendationDueOn} done={!!i.recommendationConsideredOn} doneAt={i.recommendationConsideredOn} overdue={i.recommendationOverdue} /> },
              i.recommendationReportDueOn && { key: 'report', label: t('app.inspections.reportBy'), value: <Due due={i.recommendationReportDueOn} done={!!i.recommendationReportedAt} doneAt={i.recommendationReportedAt} /> },
            ]}
          />
          {i.suspensions.length > 0 && (
            <ul className="ov-list" data-section="suspensions">
              {i.suspensions.map((s) => (
                <li key={s.fromOn}>
                  {t('app.inspections.suspended', { from: format.date(s.fromOn), to: s.resumedOn ? format.date(s.resumedOn) : '…' })} — {label('inspectionSuspensionReason', s.kind)}: {s.reason}
                </li>
              ))}
            </ul>
          )}
          {i.recommendation && <p data-fact="recommendation"><strong>{t('app.inspections.recommendation')}:</strong> {i.recommendation}</p>}
          {i.recommendationMeasures && <p data-fact="measures"><strong>{t('app.inspections.measures')}:</strong> {i.recommendationMeasures}</p>}
        </section>
      )}
      <section className="or-card" aria-labelledby="inspection-stages" data-section="stages">
        <h2 className="or-card__title" id="inspection-stages">{t('app.inspections.stages')}</h2>
        <DataTable
          caption={t('app.inspections.stages')}
          captionHidden
          rows={i.stages}
          rowKey={(s) => `${s.stage}-${s.at}`}
          empty={t('app.inspections.noStages')}
          columns={[
            { key: 'at', header: t('app.inspections.when'), render: (s) => format.dateTime(s.at) },
            { key: 'stage', header: t('app.inspections.stage'), rowHeader: true, render: (s) => <span data-stage={s.stage}>{label('inspectionStageKind', s.stage)}</span> },
            { key: 'role', header: t('app.inspections.who'), render: (s) => (s.actorRole ? t(`role.${s.actorRole}`, { defaultValue: s.actorRole }) : '') },
            { key: 'due', header: t('app.inspections.dueOn'), render: (s) => (s.dueOn ? format.date(s.dueOn) : '') },
            { key: 'late', header: t('app.inspections.onTime'), render: (s) => (s.late ? t('app.inspections.late') : t('app.inspections.inTime')) },
          ]}
        />
      </section>
    </>
  );
}

function Due({ due, done, doneAt, overdue }: { due: string; done: boolean; doneAt?: string | null; overdue?: boolean }) {
  const format = useFormat();
  return (
    <span data-due={due}>
      <DeadlineBadge due={due} done={done} overdue={overdue} />
      {doneAt ? ` · ${doneAt.length > 10 ? format.dateTime(doneAt) : format.date(doneAt)}` : ''}
    </span>
  );
}
