// complaints (issue 10): the item complained about, beside the complaint — the application (its service, status,
// service period and stages) and the enforcement case (its bailiff and decision term), from `Complaint.item`:
// the handlers see these facts with the complaint even where they may not read the application itself.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { ApplicationStatusBadge, DeadlineBadge, FINAL_APPLICATION_STATUSES, ProceedingStatusBadge, useEnumLabel, useFormat, useRoleLabel, useTranslation } from '@oryndau/ui';

export const ComplaintItemFragment = graphql(`
  fragment ComplaintItem_complaint on Complaint {
    id
    item {
      applicationNumber
      serviceKind
      channel
      applicationStatus
      registeredAt
      dueOn
      overdue
      refusalReason
      stages {
        stage
        at
        actorRole
      }
      proceedingNumber
      proceedingStatus
      decisionDueOn
      decisionOverdue
      bailiffName
      bailiffOffice
    }
  }
`);

export function ComplaintItem({ complaint }: { complaint: FragmentOf<typeof ComplaintItemFragment> }) {
  const { item: i } = readFragment(ComplaintItemFragment, complaint);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const roleLabel = useRoleLabel();
  const format = useFormat();
  return (
    <section className="or-card" id="item" aria-labelledby="complaint-item">
      <h2 className="or-card__title" id="complaint-item">
        {t('app.complaints.itemTitle')}
      </h2>
      {!i.applicationNumber && !i.proceedingNumber && <p className="or-muted">{t('app.complaints.noItem')}</p>}
      {i.applicationNumber && (
        <dl className="or-summary-list" data-testid="item-application">
          <div>
            <dt>{t('app.complaints.application')}</dt>
            <dd>
              <strong>{i.applicationNumber}</strong>
              {i.serviceKind && ` — ${label('serviceKind', i.serviceKind)}`}
              {i.channel && ` (${label('channel', i.channel)})`}
            </dd>
          </div>
          {i.applicationStatus && (
            <div>
              <dt>{t('app.complaints.status')}</dt>
              <dd>
                <ApplicationStatusBadge status={i.applicationStatus} />
              </dd>
            </div>
          )}
          {i.dueOn && (
            <div>
              <dt>{t('app.complaints.servicePeriod')}</dt>
              <dd>
                <DeadlineBadge due={i.dueOn} overdue={i.overdue} done={!!i.applicationStatus && FINAL_APPLICATION_STATUSES.includes(i.applicationStatus)} />
              </dd>
            </div>
          )}
          {i.refusalReason && (
            <div>
              <dt>{t('app.complaints.refusalReason')}</dt>
              <dd>{i.refusalReason}</dd>
            </div>
          )}
          <div>
            <dt>{t('app.complaints.itemStages')}</dt>
            <dd>
              <ol>
                {i.stages.map((s, n) => (
                  <li key={`${s.at}-${n}`}>
                    {format.dateTime(s.at)} — {label('applicationStageKind', s.stage)}
                    {s.actorRole && <span className="or-muted"> · {roleLabel(s.actorRole)}</span>}
                  </li>
                ))}
              </ol>
            </dd>
          </div>
        </dl>
      )}
      {i.proceedingNumber && (
        <dl className="or-summary-list" data-testid="item-proceeding">
          <div>
            <dt>{t('app.complaints.proceeding')}</dt>
            <dd>
              <strong>{i.proceedingNumber}</strong> {i.proceedingStatus && <ProceedingStatusBadge status={i.proceedingStatus} />}
            </dd>
          </div>
          {i.bailiffName && (
            <div>
              <dt>{t('app.complaints.bailiff')}</dt>
              <dd>
                {i.bailiffName}
                {i.bailiffOffice && `, ${i.bailiffOffice}`}
              </dd>
            </div>
          )}
          {i.decisionDueOn && (
            <div>
              <dt>{t('app.complaints.decisionTerm')}</dt>
              <dd>
                <DeadlineBadge due={i.decisionDueOn} overdue={i.decisionOverdue} done={i.proceedingStatus !== 'AWAITING_DECISION'} />
              </dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
