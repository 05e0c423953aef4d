// A2, A13: the application for attestation (Appendix 2), alone or with the licence. Identity and the health
// registers are not asked: the API pulls them from the state systems (A3) and the application's page shows them
// with their source. A late application (A1) or a recent suspension (A6) is refused before anything is stored,
// with the first date on which applying is admissible.
import { useState, type ChangeEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type UserErrorLike } from '@oryndau/client';
import { ErrorNotice, Field, Form, Loading, Notice, PageHeader, TextInput, useFormat, useIdempotencyKey, useNavigate, useTranslation, useUserErrors } from '@oryndau/ui';
import { Checkbox, Fieldset, RadioGroup } from '../components/choices.tsx';
import { applicationPath } from '../paths.ts';

const SessionQuery = graphql(`
  query PortalAttestationSession($id: ID!) {
    node(id: $id) { id ... on AttestationSession { heldAt place applicationsCloseOn viewerCanApply region { nameKk nameRu nameEn } } }
  }
`);

const ApplyMutation = graphql(`
  mutation PortalApplyForAttestation($input: ApplyForAttestationInput!) {
    applyForAttestation(input: $input) {
      userErrors { code field message key rule params }
      application { id number status }
    }
  }
`);

const EMPTY = {
  institution: '', specialtyCode: '', diplomaNumber: '', issuedOn: '', foreign: false, nostrSeries: '', nostrNumber: '',
  conclusionApprovedOn: '', regionalChamber: '', supervisor: '', startedOn: '', endedOn: '',
  address: '', email: '', phone: '', confirmations: false, healthRegistryConsent: false, signedWithEds: false,
};
type State = typeof EMPTY;
type TextKey = { [K in keyof State]: State[K] extends string ? K : never }[keyof State];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function AttestationApplyPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const idempotency = useIdempotencyKey();
  const [session] = useQuery({ query: SessionQuery, variables: { id: sessionId } });
  const [submission, submit] = useMutation(ApplyMutation);
  const [kind, setKind] = useState<'ATTESTATION' | 'ATTESTATION_AND_LICENCE'>('ATTESTATION');
  const [s, setS] = useState<State>(EMPTY);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const localize = useUserErrors((name) => t(`app.attestation.field.${name}`, { defaultValue: name }));
  const userErrors = localize(errors) ?? [];
  const text = (k: TextKey) => (e: ChangeEvent<HTMLInputElement>) => setS((x) => ({ ...x, [k]: e.target.value }));
  const node = session.data?.node;
  const info = node && 'heldAt' in node ? node : null;

  const onSubmit = async () => {
    const bad = (['issuedOn', 'conclusionApprovedOn', 'startedOn', 'endedOn'] as const).filter((k) => !ISO.test(s[k]));
    if (bad.length) {
      const path: Record<string, string[]> = { issuedOn: ['diploma', 'issuedOn'], conclusionApprovedOn: ['internship', 'conclusionApprovedOn'], startedOn: ['internship', 'startedOn'], endedOn: ['internship', 'endedOn'] };
      setErrors(bad.map((k) => ({ code: 'INVALID_INPUT', field: ['input', 'form', ...path[k]!], message: 'input.dateFormat', key: 'input.dateFormat' })));
      return;
    }
    const result = await submit({
      input: {
        sessionId, kind, idempotencyKey: idempotency.key,
        form: {
          diploma: { institution: s.institution, specialtyCode: s.specialtyCode, number: s.diplomaNumber, issuedOn: s.issuedOn, foreign: s.foreign },
          nostrification: s.foreign ? { series: s.nostrSeries, number: s.nostrNumber } : null,
          internship: { conclusionApprovedOn: s.conclusionApprovedOn, regionalChamber: s.regionalChamber, supervisor: s.supervisor, startedOn: s.startedOn, endedOn: s.endedOn },
          address: s.address, email: s.email, phone: s.phone, confirmations: s.confirmations, healthRegistryConsent: s.healthRegistryConsent, signedWithEds: s.signedWithEds,
        },
      },
    });
    const payload = result.data?.applyForAttestation;
    if (!payload) return;
    setErrors(payload.userErrors);
    if (payload.userErrors.length === 0 && payload.application) {
      idempotency.renew();
      navigate(applicationPath(payload.application.id));
    }
  };

  if (!info) return session.error ? <ErrorNotice error={session.error} /> : <Loading />;
  const refusal = errors.find((e) => e.key === 'attestation.applicationTooLate' || e.key === 'attestation.suspendedRecently');
  const params = (refusal as { params?: Record<string, string | null> } | undefined)?.params ?? {};
  return (
    <>
      <PageHeader title={t('app.attestation.applyTitle')} lead={t('app.attestation.applyLead', { date: format.dateTime(info.heldAt), place: info.place, closesOn: format.date(info.applicationsCloseOn) })} />
      {refusal && (
        <Notice tone="error" title={t('app.attestation.refusedTitle')}>
          {params.firstAdmissibleDate && <p data-testid="first-admissible">{t('app.attestation.firstAdmissible', { date: format.date(params.firstAdmissibleDate) })}</p>}
          {params.nextSessionOn && <p>{t('app.attestation.nextSession', { date: format.date(params.nextSessionOn), closesOn: format.date(params.nextSessionClosesOn ?? params.nextSessionOn) })}</p>}
        </Notice>
      )}
      <Form onSubmit={onSubmit} userErrors={userErrors} error={submission.error} submitLabel={t('app.attestation.submit')} submitting={submission.fetching} aria-label={t('app.attestation.applyTitle')}>
        <RadioGroup name="kind" legend={t('app.attestation.kind')} value={kind} onChange={setKind} options={[
          { value: 'ATTESTATION', label: t('enum.serviceKind.ATTESTATION') },
          { value: 'ATTESTATION_AND_LICENCE', label: t('enum.serviceKind.ATTESTATION_AND_LICENCE'), hint: t('app.attestation.oneApplicationHint') },
        ]} />
        <p className="pt-explain">{t('app.attestation.stateLead')}</p>
        <Fieldset legend={t('app.attestation.diploma')}>
          <Field name="form.diploma.institution" label={t('app.attestation.field.form.diploma.institution')}><TextInput value={s.institution} onChange={text('institution')} /></Field>
          <Field name="form.diploma.specialtyCode" label={t('app.attestation.field.form.diploma.specialtyCode')}><TextInput value={s.specialtyCode} onChange={text('specialtyCode')} /></Field>
          <Field name="form.diploma.number" label={t('app.attestation.field.form.diploma.number')}><TextInput value={s.diplomaNumber} onChange={text('diplomaNumber')} /></Field>
          <Field name="form.diploma.issuedOn" label={t('app.attestation.field.form.diploma.issuedOn')}><TextInput type="date" value={s.issuedOn} onChange={text('issuedOn')} /></Field>
          <Checkbox name="form.diploma.foreign" label={t('app.attestation.foreign')} checked={s.foreign} onChange={(v) => setS((x) => ({ ...x, foreign: v }))} />
          {s.foreign && (
            <>
              <Field name="form.nostrification.series" label={t('app.attestation.field.form.nostrification.series')}><TextInput value={s.nostrSeries} onChange={text('nostrSeries')} /></Field>
              <Field name="form.nostrification.number" label={t('app.attestation.field.form.nostrification.number')}><TextInput value={s.nostrNumber} onChange={text('nostrNumber')} /></Field>
            </>
          )}
        </Fieldset>
        <Fieldset legend={t('app.attestation.internship')}>
          <Field name="form.internship.conclusionApprovedOn" label={t('app.attestation.field.form.internship.conclusionApprovedOn')}><TextInput type="date" value={s.conclusionApprovedOn} onChange={text('conclusionApprovedOn')} /></Field>
          <Field name="form.internship.regionalChamber" label={t('app.attestation.field.form.internship.regionalChamber')}><TextInput value={s.regionalChamber} onChange={text('regionalChamber')} /></Field>
          <Field name="form.internship.supervisor" label={t('app.attestation.field.form.internship.supervisor')}><TextInput value={s.supervisor} onChange={text('supervisor')} /></Field>
          <Field name="form.internship.startedOn" label={t('app.attestation.field.form.internship.startedOn')}><TextInput type="date" value={s.startedOn} onChange={text('startedOn')} /></Field>
          <Field name="form.internship.endedOn" label={t('app.attestation.field.form.internship.endedOn')}><TextInput type="date" value={s.endedOn} onChange={text('endedOn')} /></Field>
        </Fieldset>
        <Fieldset legend={t('app.attestation.contacts')}>
          <Field name="form.address" label={t('app.attestation.field.form.address')}><TextInput value={s.address} onChange={text('address')} autoComplete="street-address" /></Field>
          <Field name="form.email" label={t('app.attestation.field.form.email')}><TextInput type="email" value={s.email} onChange={text('email')} autoComplete="email" /></Field>
          <Field name="form.phone" label={t('app.attestation.field.form.phone')}><TextInput type="tel" value={s.phone} onChange={text('phone')} autoComplete="tel" /></Field>
        </Fieldset>
        <Fieldset legend={t('app.attestation.confirm')}>
          <Checkbox name="form.confirmations" label={t('app.attestation.field.form.confirmations')} checked={s.confirmations} onChange={(v) => setS((x) => ({ ...x, confirmations: v }))} />
          <Checkbox name="form.healthRegistryConsent" label={t('app.attestation.field.form.healthRegistryConsent')} checked={s.healthRegistryConsent} onChange={(v) => setS((x) => ({ ...x, healthRegistryConsent: v }))} />
          <Checkbox name="form.signedWithEds" label={t('app.attestation.field.form.signedWithEds')} checked={s.signedWithEds} onChange={(v) => setS((x) => ({ ...x, signedWithEds: v }))} />
        </Fieldset>
      </Form>
    </>
  );
}
