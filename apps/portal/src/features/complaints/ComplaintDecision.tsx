// complaints (issue 10) — G1, C4: the decision on a complaint, readable and printable here, and the signed
// document the platform issued for it (PDF to download, signature to check), which the complainant can take to court.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { ComplaintProposalStatusBadge, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { SignedDocuments, SignedDocumentsFragment } from '@oryndau/ui/signed-documents';

export const ComplaintDecisionFragment = graphql(`
  fragment ComplaintDecision_complaint on Complaint {
    id
    number
    addressee
    about
    subject
    registeredAt
    outcome
    decisionReasons
    decidedAt
    decidedOnTime
    complainantName
    application {
      id
      number
      kind
    }
    proposals {
      id
      text
      dueOn
      status
      checkNote
    }
    documents {
      kind
      ...SignedDocuments_document
    }
  }
`, [SignedDocumentsFragment]);

export function ComplaintDecision({ complaint }: { complaint: FragmentOf<typeof ComplaintDecisionFragment> }) {
  const c = readFragment(ComplaintDecisionFragment, complaint);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  if (!c.outcome || !c.decidedAt) return null;
  const decisions = c.documents.filter((d) => d.kind === 'COMPLAINT_DECISION');
  return (
    <article className="or-card pt-decision" aria-labelledby="complaint-decision-title" data-outcome={c.outcome}>
      <h2 className="or-card__title" id="complaint-decision-title">
        {t('app.complaints.decisionTitle', { number: c.number })}
      </h2>
      <dl className="or-summary-list">
        <div>
          <dt>{t('app.complaints.addressee')}</dt>
          <dd>{label('complaintAddressee', c.addressee)}</dd>
        </div>
        <div>
          <dt>{t('app.complaints.decidedAt')}</dt>
          <dd>
            <time dateTime={c.decidedAt}>{format.dateTime(c.decidedAt)}</time>
          </dd>
        </div>
        {c.complainantName && (
          <div>
            <dt>{t('app.complaints.complainant')}</dt>
            <dd>{c.complainantName}</dd>
          </div>
        )}
        {c.subject && (
          <div>
            <dt>{t('app.complaints.subject')}</dt>
            <dd>{c.subject}</dd>
          </div>
        )}
        {c.application && (
          <div>
            <dt>{t('app.complaints.item')}</dt>
            <dd>
              {c.application.number} — {label('serviceKind', c.application.kind)}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('app.complaints.outcome')}</dt>
          <dd className="pt-decision__outcome">
            <strong>{label('complaintOutcome', c.outcome)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('app.complaints.reasons')}</dt>
          <dd className="pt-decision__reasons">{c.decisionReasons}</dd>
        </div>
      </dl>
      {c.proposals.length > 0 && (
        <>
          <h3>{t('app.complaints.proposalsTitle')}</h3>
          <ul className="pt-proposals">
            {c.proposals.map((p) => (
              <li key={p.id}>
                <p>{p.text}</p>
                <p>
                  {t('app.complaints.proposalDue', { date: format.date(p.dueOn) })} <ComplaintProposalStatusBadge status={p.status} />
                </p>
                {p.checkNote && <p className="pt-explain">{p.checkNote}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="pt-explain">{t('app.complaints.court')}</p>
      {decisions.length > 0 && (
        <section className="pt-decision__documents pt-no-print" aria-labelledby="complaint-decision-documents">
          <h3 id="complaint-decision-documents">{t('app.complaints.documentsTitle')}</h3>
          <SignedDocuments documents={decisions} />
        </section>
      )}
    </article>
  );
}
