// Licence area (issue 9): the applicant's licences (reissue after a change of name, L8) and licence applications.
import { useMutation, useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ApplicationStatusBadge, ErrorNotice, LicenceStatusBadge, Link, Loading, MutationErrors, PageHeader, useEnumLabel, useFormat, useIdempotencyKey, useNavigate, UserErrorFragment, useTranslation } from '@oryndau/ui';
import { MCI_TENGE, licenceReissueFeeTenge } from '@oryndau/domain';
import { licenceApplicationPath } from '../paths.ts';

export const LicencesQuery = graphql(`
  query PortalLicences {
    myLicences {
      id
      number
      status
      holderName
      issuedAt
    }
    applications(first: 50, filter: { kinds: [LICENCE, LICENCE_REISSUE, ATTESTATION_AND_LICENCE] }) {
      edges {
        node {
          id
          number
          kind
          status
          dueOn
        }
      }
    }
  }
`);

export const ApplyReissueMutation = graphql(`
  mutation PortalApplyReissue($input: ApplyLicenceReissueInput!) {
    applyLicenceReissue(input: $input) {
      userErrors {
        ...UserErrorFields
      }
      application {
        id
        status
      }
    }
  }
`, [UserErrorFragment]);


export function LicencesPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const navigate = useNavigate();
  const [result, refetch] = useQuery({ query: LicencesQuery, requestPolicy: 'cache-and-network' });
  const [reissue, applyReissue] = useMutation(ApplyReissueMutation);
  const idempotency = useIdempotencyKey();
  if (!result.data) return result.error ? <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : <Loading />;
  const active = result.data.myLicences.find((l) => l.status === 'ACTIVE');
  const fee = licenceReissueFeeTenge(MCI_TENGE[new Date().getFullYear()] ?? MCI_TENGE[2026]!);
  return (
    <>
      <PageHeader title={t('app.licence.title')} lead={t('app.licence.lead')} actions={<Link className="or-button" to="/licences/apply">{t('app.licence.applyAction')}</Link>} />
      <section className="or-card" aria-labelledby="my-licences">
        <h2 className="or-card__title" id="my-licences">{t('app.licence.myLicences')}</h2>
        {result.data.myLicences.length === 0 ? (
          <p>{t('app.licence.noLicences')}</p>
        ) : (
          <ul>
            {result.data.myLicences.map((l) => (
              <li key={l.id}>
                <strong>{l.number}</strong> — {l.holderName} — <LicenceStatusBadge status={l.status} /> ({format.date(l.issuedAt as string)})
              </li>
            ))}
          </ul>
        )}
        {active && (
          <>
            <p>{t('app.licence.reissueHint')}</p>
            {reissue.error && <ErrorNotice error={reissue.error} />}
            <MutationErrors errors={reissue.data?.applyLicenceReissue.userErrors} />
            <button
              type="button"
              className="or-button or-button--secondary"
              disabled={reissue.fetching}
              onClick={async () => {
                const r = await applyReissue({ input: { method: 'EGOV_GATEWAY', idempotencyKey: idempotency.key } });
                const id = r.data?.applyLicenceReissue.application?.id;
                if (id) navigate(licenceApplicationPath(id));
              }}
            >
              {t('app.licence.reissueAction', { fee: format.money(fee) })}
            </button>
          </>
        )}
      </section>
      <section className="or-card" aria-labelledby="my-licence-applications">
        <h2 className="or-card__title" id="my-licence-applications">{t('app.licence.myApplications')}</h2>
        {result.data.applications.edges.length === 0 ? (
          <p>{t('app.licence.noApplications')}</p>
        ) : (
          <ul>
            {result.data.applications.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={licenceApplicationPath(node.id)}>{node.number}</Link> — {label('serviceKind', node.kind)} — <ApplicationStatusBadge status={node.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
