// One attestation session at the desk: its candidates and what each staff member may do now, and the chair's
// signature of the minutes (A9), which sends the signed results (A10) and continues a one application (A13).
import { useMutation, useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Link, Loading, MutationErrors, PageHeader, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { CandidateCard, CandidateCardFragment } from '../features/attestation/CandidateCard.tsx';

const SessionQuery = graphql(
  `
    query DeskAttestationSession($id: ID!) {
      node(id: $id) {
        id
        ... on AttestationSession {
          heldAt place status applicationsCloseOn viewerCanSignMinutes
          region { nameKk nameRu nameEn }
          commission { name isChair }
          minutes { passedCount notPassedCount noShowCount signedAt }
          applications { id ...CandidateCard_application }
        }
      }
    }
  `,
  [CandidateCardFragment],
);

const SignMinutes = graphql(`
  mutation DeskSignAttestationMinutes($input: SignAttestationMinutesInput!) {
    signAttestationMinutes(input: $input) { userErrors { code field message key rule params } session { id status } }
  }
`);

export function AttestationSessionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useEnumLabel();
  const [result, refetch] = useQuery({ query: SessionQuery, variables: { id } });
  const [signing, sign] = useMutation(SignMinutes);
  const node = result.data?.node;
  const s = node && 'heldAt' in node ? node : null;
  if (!s) return result.error ? <ErrorNotice error={result.error} /> : result.data ? <PageHeader title={t('common.notFoundTitle')} /> : <Loading />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader
        title={t('app.attestation.sessionTitle', { date: format.dateTime(s.heldAt) })}
        lead={`${format.name(s.region)} · ${s.place} · ${label('attestationSessionStatus', s.status)}`}
        actions={<Link to="/attestation" className="or-button or-button--secondary">{t('app.attestation.back')}</Link>}
      />
      <p>{t('app.attestation.commission')}: {s.commission.map((m) => (m.isChair ? `${m.name} (${t('app.attestation.chair')})` : m.name)).join(', ')}</p>
      {s.minutes && <p data-testid="minutes">{t('app.attestation.minutes', { passed: s.minutes.passedCount, notPassed: s.minutes.notPassedCount, noShow: s.minutes.noShowCount })}</p>}
      <MutationErrors errors={signing.data?.signAttestationMinutes.userErrors} />
      {s.viewerCanSignMinutes && (
        <p><button type="button" className="or-button" disabled={signing.fetching} onClick={async () => { await sign({ input: { sessionId: id } }); reload(); }}>{t('app.attestation.signMinutes')}</button></p>
      )}
      <h2>{t('app.attestation.candidates')}</h2>
      {s.applications.length === 0 && <p className="or-muted">{t('app.attestation.noCandidates')}</p>}
      {s.applications.map((a) => (
        <CandidateCard key={a.id} application={a} onChanged={reload} />
      ))}
    </>
  );
}
