// A1: the attestation sessions of the staff member's region, and the announcement of a new one by a territorial
// justice officer: date, time, place and the chair of the Commission (A8).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Field, Form, Link, Loading, PageHeader, Select, TextInput, useEnumLabel, useFormat, useIdempotencyKey, useTranslation, useUserErrors } from '@oryndau/ui';

const DeskSessionsQuery = graphql(`
  query DeskAttestationSessions {
    viewer { id roles { role region { id nameKk nameRu nameEn } } }
    attestationSessions(first: 50, upcoming: false) {
      edges { node { id heldAt place applicationsCloseOn status candidateCount viewerIsStaff region { id nameKk nameRu nameEn } } }
    }
  }
`);

const CommissionQuery = graphql(`
  query DeskAttestationCommission($regionId: ID!) {
    attestationCommission(regionId: $regionId) { userId name }
  }
`);

const AnnounceMutation = graphql(`
  mutation DeskAnnounceAttestationSession($input: AnnounceAttestationSessionInput!) {
    announceAttestationSession(input: $input) { userErrors { code field message key rule params } session { id } }
  }
`);

export const sessionPath = (id: string) => `/attestation/sessions/${encodeURIComponent(id)}`;

export function AttestationSessionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useEnumLabel();
  const [result, refetch] = useQuery({ query: DeskSessionsQuery, requestPolicy: 'cache-and-network' });
  const justiceRegion = result.data?.viewer?.roles.find((r) => r.role === 'JUSTICE_OFFICER' && r.region)?.region ?? null;
  const [commission] = useQuery({ query: CommissionQuery, variables: { regionId: justiceRegion?.id ?? '' }, pause: !justiceRegion });
  const [announcing, announce] = useMutation(AnnounceMutation);
  const idempotency = useIdempotencyKey();
  const [form, setForm] = useState({ date: '', time: '10:00', place: '', chair: '' });
  const localize = useUserErrors((name) => t(`app.attestation.field.${name}`, { defaultValue: name }));
  if (!result.data) return result.error ? <ErrorNotice error={result.error} /> : <Loading />;
  const sessions = result.data.attestationSessions.edges.map((e) => e.node).filter((s) => s.viewerIsStaff);
  const onAnnounce = async () => {
    if (!justiceRegion) return;
    const r = await announce({ input: { regionId: justiceRegion.id, heldAt: `${form.date}T${form.time}:00+05:00`, place: form.place, chairUserId: form.chair, idempotencyKey: idempotency.key } });
    if (r.data?.announceAttestationSession.userErrors.length === 0) {
      idempotency.renew();
      setForm({ date: '', time: '10:00', place: '', chair: '' });
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <>
      <PageHeader title={t('app.attestation.sessionsTitle')} lead={t('app.attestation.sessionsLead')} />
      <table className="or-table" data-testid="desk-sessions">
        <caption className="or-visually-hidden">{t('app.attestation.sessionsTitle')}</caption>
        <thead><tr><th scope="col">{t('app.attestation.when')}</th><th scope="col">{t('app.attestation.region')}</th><th scope="col">{t('app.attestation.place')}</th><th scope="col">{t('app.attestation.status')}</th><th scope="col">{t('app.attestation.candidates')}</th></tr></thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <th scope="row"><Link to={sessionPath(s.id)}>{format.dateTime(s.heldAt)}</Link></th>
              <td>{format.name(s.region)}</td>
              <td>{s.place}</td>
              <td>{label('attestationSessionStatus', s.status)}</td>
              <td>{s.candidateCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {justiceRegion && (
        <section className="or-card" aria-labelledby="announce-title">
          <h2 className="or-card__title" id="announce-title">{t('app.attestation.announceTitle', { region: format.name(justiceRegion) })}</h2>
          <Form onSubmit={onAnnounce} userErrors={localize(announcing.data?.announceAttestationSession.userErrors) ?? []} error={announcing.error} submitLabel={t('app.attestation.announce')} submitting={announcing.fetching}>
            <Field name="heldAt" label={t('app.attestation.field.heldAt')}><TextInput type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} /></Field>
            <Field name="time" label={t('app.attestation.field.time')}><TextInput type="time" value={form.time} onChange={(e) => setForm({ ...form, time: e.target.value })} /></Field>
            <Field name="place" label={t('app.attestation.field.place')}><TextInput value={form.place} onChange={(e) => setForm({ ...form, place: e.target.value })} /></Field>
            <Field name="chairUserId" label={t('app.attestation.field.chairUserId')}>
              <Select value={form.chair} onChange={(e) => setForm({ ...form, chair: e.target.value })} placeholder={t('app.attestation.chooseChair')} options={(commission.data?.attestationCommission ?? []).map((m) => ({ value: m.userId, label: m.name }))} />
            </Field>
          </Form>
        </section>
      )}
    </>
  );
}
