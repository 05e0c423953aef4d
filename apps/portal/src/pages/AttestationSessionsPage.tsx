// A1: the announced attestation sessions of every region, soonest first: date, time, place and the last day to
// apply (5 working days before); an open session links to the application form.
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Link, Loading, PageHeader, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';

export const AttestationSessionsQuery = graphql(`
  query PortalAttestationSessions {
    attestationSessions(first: 50) {
      edges {
        node { id heldAt place applicationsCloseOn status open viewerCanApply region { id nameKk nameRu nameEn } }
      }
    }
  }
`);

export function AttestationSessionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useEnumLabel();
  const [result, refetch] = useQuery({ query: AttestationSessionsQuery });
  const sessions = result.data?.attestationSessions.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeader title={t('app.attestation.sessionsTitle')} lead={t('app.attestation.sessionsLead')} />
      {result.error && <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {!result.data && !result.error ? (
        <Loading />
      ) : (
        <table className="or-table" data-testid="attestation-sessions">
          <caption className="or-visually-hidden">{t('app.attestation.sessionsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('app.attestation.region')}</th>
              <th scope="col">{t('app.attestation.when')}</th>
              <th scope="col">{t('app.attestation.place')}</th>
              <th scope="col">{t('app.attestation.closesOn')}</th>
              <th scope="col">{t('app.attestation.action')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} data-session={s.id}>
                <th scope="row">{format.name(s.region)}</th>
                <td><time dateTime={s.heldAt}>{format.dateTime(s.heldAt)}</time></td>
                <td>{s.place}</td>
                <td><time dateTime={s.applicationsCloseOn}>{format.date(s.applicationsCloseOn)}</time></td>
                <td>
                  {s.viewerCanApply ? (
                    <Link to={`/attestation/apply/${encodeURIComponent(s.id)}`}>{t('app.attestation.apply')}</Link>
                  ) : (
                    <span className="or-muted">{s.open ? t('app.attestation.applicantsOnly') : s.status === 'ANNOUNCED' ? t('app.attestation.closed') : label('attestationSessionStatus', s.status)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
