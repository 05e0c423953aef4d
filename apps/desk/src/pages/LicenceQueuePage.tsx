// Licence area (issue 9): the licensing officer's queue of licence applications (L3, L7), newest first.
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ApplicationStatusBadge, ErrorNotice, Link, Loading, PageHeader, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';

export const LicenceQueueQuery = graphql(`
  query DeskLicenceQueue {
    applications(first: 100, filter: { kinds: [LICENCE, LICENCE_REISSUE, ATTESTATION_AND_LICENCE] }) {
      edges {
        node {
          id
          number
          kind
          status
          dueOn
          overdue
        }
      }
    }
  }
`);

export const licenceReviewPath = (id: string) => `/licences/${encodeURIComponent(id)}`;

export function LicenceQueuePage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [result, refetch] = useQuery({ query: LicenceQueueQuery, requestPolicy: 'cache-and-network' });
  if (!result.data) return result.error ? <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : <Loading />;
  const rows = result.data.applications.edges.map((e) => e.node);
  return (
    <>
      <PageHeader title={t('app.licence.queue')} lead={t('app.licence.queueLead')} />
      {rows.length === 0 ? (
        <p>{t('app.licence.none')}</p>
      ) : (
        <table className="or-table">
          <thead>
            <tr>
              <th scope="col">{t('app.licence.number')}</th>
              <th scope="col">{t('app.licence.kind')}</th>
              <th scope="col">{t('app.licence.status')}</th>
              <th scope="col">{t('app.licence.due')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={licenceReviewPath(r.id)}>{r.number}</Link>
                </td>
                <td>{label('serviceKind', r.kind)}</td>
                <td>
                  <ApplicationStatusBadge status={r.status} />
                </td>
                <td>{r.dueOn ? format.date(r.dueOn as string) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
