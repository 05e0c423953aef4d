// complaints (issue 10) — C1: on an application whose service period ended without a decision, the offer to
// complain about the inaction, with the facts filled in; and the way to any complaint about it.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { ComplaintStatusBadge, FINAL_APPLICATION_STATUSES, Link, Notice, useFormat, useTranslation } from '@oryndau/ui';
import { complaintPath, newComplaintPath } from './operations.ts';

export const InactionOfferFragment = graphql(`
  fragment InactionOffer_application on ServiceApplication {
    id
    number
    status
    dueOn
    overdue
    complaints {
      id
      number
      status
      dueOn
    }
  }
`);

export function InactionOffer({ application }: { application: FragmentOf<typeof InactionOfferFragment> }) {
  const a = readFragment(InactionOfferFragment, application);
  const { t } = useTranslation();
  const format = useFormat();
  const missed = a.overdue && !!a.dueOn && !FINAL_APPLICATION_STATUSES.includes(a.status);
  return (
    <section className="or-card pt-complaints" aria-labelledby="application-complaints">
      <h2 className="or-card__title" id="application-complaints">
        {t('app.complaints.onApplicationTitle')}
      </h2>
      {missed && (
        <Notice tone="warning" title={t('app.complaints.missedTitle')}>
          <p>{t('app.complaints.missedText', { date: format.date(a.dueOn!) })}</p>
          <p>
            <Link to={newComplaintPath(a.id, 'INACTION')} className="or-button">
              {t('app.complaints.complainInaction')}
            </Link>
          </p>
        </Notice>
      )}
      {a.complaints.length > 0 && (
        <ul className="pt-complaint-list">
          {a.complaints.map((c) => (
            <li key={c.id}>
              <Link to={complaintPath(c.id)}>{t('app.complaints.numbered', { number: c.number })}</Link> <ComplaintStatusBadge status={c.status} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={newComplaintPath(a.id)}>{t('app.complaints.complain')}</Link>
      </p>
    </section>
  );
}
