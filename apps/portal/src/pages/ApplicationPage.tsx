// One application: number, service, channel, status and deadlines; the reasons of a refusal (G1) or the
// receipt of a package refused at acceptance (E3); for enforcement initiation the executive document and its
// route (CH1, CH3), the appointed bailiff with the check of the appointment (CH2) and the proceedings (E4–E6);
// and the timeline of every stage (G2).
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ApplicationStatusBadge, DeadlineBadge, FINAL_APPLICATION_STATUSES, Link, NodePageFallback, Notice, PageHeader, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { AssignmentCard, AssignmentCardFragment } from '../features/enforcement/AssignmentCard.tsx';
import { ExecutiveDocumentCard, ExecutiveDocumentCardFragment, OriginalNeededNotice } from '../features/enforcement/ExecutiveDocumentCard.tsx';
import { IncompleteReceipt, IncompleteReceiptFragment } from '../features/applications/IncompleteReceipt.tsx';
import { ProceedingCard, ProceedingCardFragment } from '../features/enforcement/ProceedingCard.tsx';
import { StageTimeline, StageTimelineFragment } from '../features/applications/StageTimeline.tsx';
import { AttestationCard } from '../features/attestation/AttestationCard.tsx'; // attestation (issue 9)
import { InactionOffer, InactionOfferFragment } from '../features/complaints/InactionOffer.tsx'; // complaints (issue 10)
import { StatusAccessCode } from '../features/complaints/StatusAccessCode.tsx'; // complaints (issue 10)

export const ApplicationQuery = graphql(
  `
    query PortalApplication($id: ID!) {
      node(id: $id) {
        id
        ... on ServiceApplication {
          number
          kind
          channel
          status
          receivedAt
          registeredAt
          decidedAt
          dueOn
          overdue
          refusalGrounds
          refusalReason
          missingDocuments
          ...StageTimeline_application
          ...IncompleteReceipt_application
          ...InactionOffer_application
          executiveDocument {
            id
            routing
            ...ExecutiveDocumentCard_document
            currentAssignment {
              id
              ...AssignmentCard_assignment
            }
            proceeding {
              id
              ...ProceedingCard_proceeding
            }
          }
        }
      }
    }
  `,
  [StageTimelineFragment, IncompleteReceiptFragment, ExecutiveDocumentCardFragment, AssignmentCardFragment, ProceedingCardFragment, InactionOfferFragment],
);

/** The path of an application's page. */

export function ApplicationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [result, refetch] = useQuery({ query: ApplicationQuery, variables: { id } });
  const node = result.data?.node;
  const application = node && 'number' in node ? node : null;

  // A list page may have cached part of the application: until the network answers, that is no "not found".
  if (!application) return <NodePageFallback result={result} refetch={refetch} notFound={t('app.application.notFound')} />;

  const status = application.status;
  const final = FINAL_APPLICATION_STATUSES.includes(status);
  const document = application.executiveDocument;
  return (
    <>
      <PageHeader
        title={t('app.application.title', { number: application.number })}
        lead={label('serviceKind', application.kind)}
        actions={
          <Link to="/applications" className="or-button or-button--secondary pt-no-print">
            {t('app.application.back')}
          </Link>
        }
      />
      {document && <OriginalNeededNotice document={document} />}
      <div className="pt-detail">
        <div className="pt-detail__main">
          <section className="or-card pt-application-summary" aria-labelledby="application-summary">
            <h2 className="or-card__title" id="application-summary">
              {t('app.application.summaryTitle')}
            </h2>
            <dl className="or-summary-list">
              <div>
                <dt>{t('app.application.number')}</dt>
                <dd className="pt-application-number">
                  <strong>{application.number}</strong>
                </dd>
              </div>
              <div>
                <dt>{t('app.application.status')}</dt>
                <dd>
                  <ApplicationStatusBadge status={application.status} title={t(`app.statusHint.${application.status}`)} />
                  <p className="pt-explain">{t(`app.statusHint.${application.status}`)}</p>
                </dd>
              </div>
              <div>
                <dt>{t('app.application.kind')}</dt>
                <dd>{label('serviceKind', application.kind)}</dd>
              </div>
              <div>
                <dt>{t('app.application.channel')}</dt>
                <dd>{label('channel', application.channel)}</dd>
              </div>
              {application.receivedAt && (
                <div>
                  <dt>{t('app.application.receivedAt')}</dt>
                  <dd>
                    <time dateTime={application.receivedAt}>{format.dateTime(application.receivedAt)}</time>
                  </dd>
                </div>
              )}
              {application.registeredAt && (
                <div>
                  <dt>{t('app.application.registeredAt')}</dt>
                  <dd>
                    <time dateTime={application.registeredAt}>{format.dateTime(application.registeredAt)}</time>
                  </dd>
                </div>
              )}
              {application.dueOn && (
                <div>
                  <dt>{t('app.application.dueOn')}</dt>
                  <dd>
                    <DeadlineBadge due={application.dueOn} overdue={application.overdue} done={final} />
                  </dd>
                </div>
              )}
              {application.decidedAt && (
                <div>
                  <dt>{t('app.application.decidedAt')}</dt>
                  <dd>
                    <time dateTime={application.decidedAt}>{format.dateTime(application.decidedAt)}</time>
                  </dd>
                </div>
              )}
            </dl>
          </section>

          {status === 'REFUSED' && (
            <section className="pt-refusal" aria-labelledby="application-refusal">
              <Notice tone="error" title={<span id="application-refusal">{t('app.application.refusalTitle')}</span>}>
                <dl className="pt-refusal__facts">
                  {application.refusalGrounds.length > 0 && (
                    <div>
                      <dt>{t('app.application.refusalGround')}</dt>
                      <dd>
                        <ul>
                          {application.refusalGrounds.map((ground) => (
                            <li key={ground} data-ground={ground}>
                              {t(`app.refusalGround.${ground}`, { defaultValue: t(`enum.proceedingRefusalGround.${ground}`, { defaultValue: ground }) })}
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </div>
                  )}
                  {application.refusalReason && (
                    <div>
                      <dt>{t('app.application.refusalReason')}</dt>
                      <dd>{application.refusalReason}</dd>
                    </div>
                  )}
                </dl>
                <p>
                  {t('app.application.applyAgain')}{' '}
                  {application.kind === 'ENFORCEMENT_INITIATION' && <Link to="/apply/enforcement">{t('app.nav.apply')}</Link>}
                </p>
              </Notice>
            </section>
          )}

          {status === 'REJECTED_INCOMPLETE' && application.kind === 'ENFORCEMENT_INITIATION' && <IncompleteReceipt application={application} />}
          {(application.kind === 'ATTESTATION' || application.kind === 'ATTESTATION_AND_LICENCE') && <AttestationCard id={id} />}

          {document && <ExecutiveDocumentCard document={document} />}
          {document?.routing === 'CHAMBER' &&
            (document.currentAssignment ? (
              <AssignmentCard assignment={document.currentAssignment} />
            ) : (
              <section className="or-card pt-assignment" aria-labelledby="assignment-none">
                <h2 className="or-card__title" id="assignment-none">
                  {t('app.assignment.title')}
                </h2>
                <p className="or-muted">{t('app.assignment.none')}</p>
              </section>
            ))}
          {document &&
            (document.proceeding ? (
              <ProceedingCard proceeding={document.proceeding} />
            ) : (
              <section className="or-card pt-proceeding" aria-labelledby="proceeding-none">
                <h2 className="or-card__title" id="proceeding-none">
                  {t('app.proceeding.title')}
                </h2>
                <p className="or-muted">{t('app.proceeding.none')}</p>
              </section>
            ))}
          {/* complaints (issue 10): complain (about inaction, with the facts, once the period has ended); the status check code */}
          {status !== 'DRAFT' && <InactionOffer application={application} />}
          {status !== 'DRAFT' && <StatusAccessCode applicationId={application.id} />}
        </div>
        <aside className="pt-detail__aside">
          <section className="or-card pt-stages" aria-labelledby="application-stages">
            <h2 className="or-card__title" id="application-stages">
              {t('app.application.timelineTitle')}
            </h2>
            <p className="pt-explain">{t('app.application.timelineLead')}</p>
            <StageTimeline application={application} />
          </section>
        </aside>
      </div>
    </>
  );
}
