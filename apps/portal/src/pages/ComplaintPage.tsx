// complaints (issue 10): one complaint as its complainant sees it — every step, the due dates (C2, C3), the
// extension's notice with its reasons (C3), the decision with its reasons (G1) to print or save, the
// proposals to restore rights and their control (C4), and the stages (G2).
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ComplaintStatusBadge, DeadlineBadge, Link, NodePageFallback, Notice, PageHeader, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { ComplaintTimeline, ComplaintTimelineFragment } from '../features/complaints/ComplaintTimeline.tsx';
import { ComplaintDecision, ComplaintDecisionFragment } from '../features/complaints/ComplaintDecision.tsx';
import { StatusAccessCode } from '../features/complaints/StatusAccessCode.tsx';
import { SignedDocuments, SignedDocumentsFragment } from '@oryndau/ui/signed-documents';
import { complaintDecisionPath } from '../features/complaints/operations.ts';
import { applicationPath } from '../paths.ts';

export const ComplaintQuery = graphql(
  `
    query PortalComplaint($id: ID!) {
      node(id: $id) {
        id
        ... on Complaint {
          number
          status
          about
          addressee
          subject
          text
          registeredAt
          dueOn
          originalDueOn
          overdue
          extended
          extensionDays
          extensionGround
          extensionReason
          extensionNotifiedAt
          documents {
            kind
            ...SignedDocuments_document
          }
          outcome
          application {
            id
            number
          }
          proceeding {
            id
            number
          }
          ...ComplaintTimeline_complaint
          ...ComplaintDecision_complaint
        }
      }
    }
  `,
  [ComplaintTimelineFragment, ComplaintDecisionFragment, SignedDocumentsFragment],
);

export function ComplaintPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
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
          <Link to="/complaints" className="or-button or-button--secondary pt-no-print">
            {t('app.complaints.back')}
          </Link>
        }
      />
      <div className="pt-detail">
        <div className="pt-detail__main">
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
                <dt>{t('app.complaints.addressee')}</dt>
                <dd>{label('complaintAddressee', c.addressee)}</dd>
              </div>
              <div>
                <dt>{t('app.complaints.about')}</dt>
                <dd>{label('complaintAbout', c.about)}</dd>
              </div>
              {c.application && (
                <div>
                  <dt>{t('app.complaints.item')}</dt>
                  <dd>
                    <Link to={applicationPath(c.application.id)}>{c.application.number}</Link>
                    {c.proceeding ? ` · ${c.proceeding.number}` : ''}
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('app.complaints.registeredAt')}</dt>
                <dd>
                  <time dateTime={c.registeredAt}>{format.dateTime(c.registeredAt)}</time>
                </dd>
              </div>
              <div>
                <dt>{t('app.complaints.dueOn')}</dt>
                <dd>
                  <DeadlineBadge due={c.dueOn} overdue={c.overdue} done={done} />
                  {c.extended && <p className="pt-explain">{t('app.complaints.originalDue', { date: format.date(c.originalDueOn) })}</p>}
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
            <Notice tone="warning" title={t('app.complaints.extendedTitle', { days: c.extensionDays ?? 0 })}>
              <p>{t('app.complaints.extendedTo', { date: format.date(c.dueOn) })}</p>
              {c.extensionReason && <p>{c.extensionReason}</p>}
              {c.extensionGround && <p>{label('complaintExtensionGround', c.extensionGround)}</p>}
              {c.extensionNotifiedAt && <p className="pt-explain">{t('app.complaints.notifiedAt', { at: format.dateTime(c.extensionNotifiedAt) })}</p>}
              {c.documents.some((d) => d.kind === 'COMPLAINT_EXTENSION_NOTICE') && <SignedDocuments documents={c.documents.filter((d) => d.kind === 'COMPLAINT_EXTENSION_NOTICE')} />}
            </Notice>
          )}
          {c.outcome ? (
            <>
              <ComplaintDecision complaint={c} />
              <p className="pt-no-print">
                <Link to={complaintDecisionPath(c.id)} className="or-button">
                  {t('app.complaints.download')}
                </Link>
              </p>
            </>
          ) : (
            c.status !== 'WITHDRAWN' && <p className="pt-explain">{t('app.complaints.pending', { date: format.date(c.dueOn) })}</p>
          )}
          <StatusAccessCode complaintId={c.id} />
        </div>
        <aside className="pt-detail__aside">
          <section className="or-card pt-stages" aria-labelledby="complaint-stages">
            <h2 className="or-card__title" id="complaint-stages">
              {t('app.complaints.stagesTitle')}
            </h2>
            <ComplaintTimeline complaint={c} />
          </section>
        </aside>
      </div>
    </>
  );
}
