// admit (issue 9): admit a licence holder to the chamber (admitLicensedBailiff: L9, CH2) — the office address and
// the districts of competence (the chamber's region's). One idempotency key per submission: a resent form admits
// once. The refusals (licence not active, already a member, another region's licence) come back as user errors
// with their rule id, worded by packages/ui from their key.
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@oryndau/client';
import { Field, Form, Link, Notice, TextInput, UserErrorFragment, useFormat, useIdempotencyKey, useTranslation, useUserErrors } from '@oryndau/ui';

export const AdmitLicensedBailiffMutation = graphql(
  `
    mutation ChamberAdmitLicensedBailiff($input: AdmitLicensedBailiffInput!) {
      admitLicensedBailiff(input: $input) {
        bailiff { id name memberSince licence { id number status } }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export interface AdmitFormProps {
  chamberId: string;
  licence: { number: string; holderName: string };
  districts: readonly { id: string; nameKk: string; nameRu: string; nameEn: string }[];
  onCancel: () => void;
}

export function AdmitForm({ chamberId, licence, districts, onCancel }: AdmitFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const localize = useUserErrors({ office: t('app.admission.office'), districtIds: t('app.admission.districts'), licenceNumber: t('app.admission.number') });
  const [office, setOffice] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [state, admit] = useMutation(AdmitLicensedBailiffMutation);
  const idempotency = useIdempotencyKey();
  const [admitted, setAdmitted] = useState<{ id: string; name: string } | null>(null);

  const submit = async () => {
    const r = await admit({ input: { chamberId, licenceNumber: licence.number, office, districtIds: chosen, idempotencyKey: idempotency.key } });
    const payload = r.data?.admitLicensedBailiff;
    if (payload?.bailiff && payload.userErrors.length === 0) {
      idempotency.renew();
      setAdmitted({ id: payload.bailiff.id, name: payload.bailiff.name });
    }
  };
  if (admitted) {
    return (
      <div data-outcome="admitted" data-bailiff-id={admitted.id}>
        <Notice tone="success" title={t('app.admission.admitted', { name: admitted.name })}>
          <p>
            <Link to={`/bailiffs/${encodeURIComponent(admitted.id)}`}>{t('app.admission.openBailiff')}</Link> · <Link to="/evenness">{t('app.admission.openEvenness')}</Link>
          </p>
        </Notice>
      </div>
    );
  }
  const title = t('app.admission.admitTitle', { name: licence.holderName, number: licence.number });
  return (
    <section className="or-card" aria-labelledby="admit-title" data-admit-licence={licence.number}>
      <h2 className="or-card__title" id="admit-title">
        {title}
      </h2>
      <Form
        aria-labelledby="admit-title"
        onSubmit={submit}
        userErrors={localize(state.data?.admitLicensedBailiff.userErrors)}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.admission.submit')}
        actions={
          <button type="button" className="or-button or-button--secondary" onClick={onCancel}>
            {t('app.common.cancel')}
          </button>
        }
      >
        <Field name="office" label={t('app.admission.office')} hint={t('app.admission.officeHint')}>
          <TextInput value={office} onChange={(e) => setOffice(e.target.value)} autoComplete="street-address" required />
        </Field>
        <fieldset className="or-field" aria-describedby="admit-districts-hint">
          <legend className="or-field__label">{t('app.admission.districts')}</legend>
          <p className="or-field__hint" id="admit-districts-hint">
            {t('app.admission.districtsHint')}
          </p>
          {districts.map((d) => (
            <label key={d.id} className="ch-block">
              <input
                type="checkbox"
                name="districtIds"
                value={d.id}
                checked={chosen.includes(d.id)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, d.id] : chosen.filter((x) => x !== d.id))}
              />{' '}
              {format.name(d)}
            </label>
          ))}
        </fieldset>
      </Form>
    </section>
  );
}
