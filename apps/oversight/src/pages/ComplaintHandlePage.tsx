// complaints (issue 10): one complaint for its handler — the complaint, its terms (C2, C3), the item complained
// about, what the handler may do (extend, decide, proposals and their control), and the stages (G2).
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ComplaintStatusBadge, DeadlineBadge, Link, NodePageFallback, Notice, PageHeader, useEnumLabel, useFormat, useRoleLabel, useTranslation } from '@oryndau/ui';
import { SignedDocuments, SignedDocumentsFragment } from '@oryndau/ui/signed-documents';
import { ComplaintItem, ComplaintItemFragment } from '../features/complaints/ComplaintItem.tsx';
import { HandleComplaint, HandleComplaintFragment } from '../features/complaints/HandleComplaint.tsx';
import { ComplaintStages, ComplaintStagesFragment } from '../features/complaints/ComplaintStages.tsx';

const ComplaintQuery = graphql(
  `
    query OversightComplaint($id: ID!) {
      node(id: $id) {
        id
        ... on Complaint {
          number
          status
          about
          addressee
          handledBy
          subject
          text
          complainantName
          registeredAt
          dueOn
          originalDueOn
          overdue
          extended
          extensionReason
          extensionDays
          extensionNotifyBy
          outcome
          decisionReasons
          decidedAt
          decidedOnTime
          documents {
            kind
            ...SignedDocuments_document
          }
          ...ComplaintItem_complaint
          ...HandleComplaint_complaint
          ...ComplaintStages_complaint
        }
      }
    }
  `,
  [ComplaintItemFragment, HandleComplaintFragment, ComplaintStagesFragment, SignedDocumentsFragment],
);

export function ComplaintHandlePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const roleLabel = useRoleLabel();
  const format = useFormat();
  const [result, refetch] = useQuery({ query: ComplaintQuery, variables: { id } });
  const node = result.data?.node;
  const c = node && 'number' in node ? node : null;
  if (!c) return <NodePageFallback result={result} refetch={refetch} notFound={t('app.complaints.notFound')} />;
  const done = !!c.outcome || c.status === 'WITHDRAWN';
  return (
    <>
      <PageHeader
        title={t('app.complaints.numbered', { number: c.number })}
        lead={c.subject ?? undefined}
        actions={
          <Link to="/complaints" className="or-button or-button--secondary">
            {t('app.complaints.back')}
          </Link>
        }
      />
      <section className="or-card" aria-labelledby="complaint-summary">
        <h2 className="or-card__title" id="complaint-summary">
          {t('app.complaints.summaryTitle')}
        </h2>
        <dl className="or-summary-list">
          <div>
            <dt>{t('app.complaints.status')}</dt>
            <dd>
              <ComplaintStatusBadge status={c.status} />
            </dd>
          </div>
          <div>
            <dt>{t('app.complaints.dueOn')}</dt>
            <dd>
              <DeadlineBadge due={c.dueOn} overdue={c.overdue} done={done} />
              {c.extended && <p className="or-muted">{t('app.complaints.originalDue', { date: format.date(c.originalDueOn) })}</p>}
            </dd>
          </div>
          <div>
            <dt>{t('app.complaints.addressee')}</dt>
            <dd>
              {label('complaintAddressee', c.addressee)}
              {c.handledBy && <span className="or-muted"> · {roleLabel(c.handledBy)}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('app.complaints.about')}</dt>
            <dd>{label('complaintAbout', c.about)}</dd>
          </div>
          {c.complainantName && (
            <div>
              <dt>{t('app.complaints.complainant')}</dt>
              <dd>{c.complainantName}</dd>
            </div>
          )}
          <div>
            <dt>{t('app.complaints.registeredAt')}</dt>
            <dd>
              <time dateTime={c.registeredAt}>{format.dateTime(c.registeredAt)}</time>
            </dd>
          </div>
          {c.text && (
            <div>
              <dt>{t('app.complaints.text')}</dt>
              <dd>{c.text}</dd>
            </div>
          )}
        </dl>
      </section>
      {c.extended && (
        <Notice tone="warning" title={t('app.complaints.extendedTitle')}>
          <p>{t('app.complaints.extendedTo', { date: format.date(c.dueOn) })}</p>
          {c.extensionReason && <p>{c.extensionReason}</p>}
          {c.documents.some((d) => d.kind === 'COMPLAINT_EXTENSION_NOTICE') && <SignedDocuments documents={c.documents.filter((d) => d.kind === 'COMPLAINT_EXTENSION_NOTICE')} />}
        </Notice>
      )}
      {c.outcome && (
        <Notice tone={c.outcome === 'REJECTED' ? 'info' : 'success'} title={label('complaintOutcome', c.outcome)}>
          <p>{c.decisionReasons}</p>
          {c.decidedAt && <p className="or-muted">{t(c.decidedOnTime ? 'app.complaints.decidedOnTime' : 'app.complaints.decidedLate', { at: format.dateTime(c.decidedAt) })}</p>}
          {c.documents.some((d) => d.kind === 'COMPLAINT_DECISION') && <SignedDocuments documents={c.documents.filter((d) => d.kind === 'COMPLAINT_DECISION')} />}
        </Notice>
      )}
      <ComplaintItem complaint={c} />
      <HandleComplaint complaint={c} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
      <section className="or-card" aria-labelledby="complaint-stages">
        <h2 className="or-card__title" id="complaint-stages">
          {t('app.complaints.stagesTitle')}
        </h2>
        <ComplaintStages complaint={c} />
      </section>
    </>
  );
}
