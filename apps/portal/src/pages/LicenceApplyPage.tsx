// Licence area (issue 9): apply for the licence on exactly one basis of L5; what the state holds is pulled (L2).
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@oryndau/client';
import { Field, Form, PageHeader, Select, TextInput, useEnumLabel, useIdempotencyKey, useNavigate, UserErrorFragment, useTranslation } from '@oryndau/ui';
import { Fieldset, RadioGroup } from '../components/choices.tsx';
import { licenceApplicationPath } from '../paths.ts';

export const SubmitLicenceMutation = graphql(`
  mutation PortalSubmitLicence($input: SubmitLicenceApplicationInput!) {
    submitLicenceApplication(input: $input) {
      userErrors {
        ...UserErrorFields
      }
      application {
        id
      }
    }
  }
`, [UserErrorFragment]);

type Basis = 'LABOUR_RECORD' | 'ATTESTATION';
const POSITIONS = ['PROSECUTOR', 'INVESTIGATOR', 'STATE_ENFORCEMENT_BODY', 'OTHER'] as const;

export function LicenceApplyPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const idempotency = useIdempotencyKey();
  const [result, submit] = useMutation(SubmitLicenceMutation);
  const [basis, setBasis] = useState<Basis>('ATTESTATION');
  const [entry, setEntry] = useState({ position: 'PROSECUTOR' as (typeof POSITIONS)[number], organisation: '', startedOn: '', endedOn: '', dismissedForNegativeReasons: false });
  const [decision, setDecision] = useState({ number: '', date: '', region: '' });
  const onSubmit = async () => {
    const input = basis === 'LABOUR_RECORD' ? { labourRecord: [entry], idempotencyKey: idempotency.key } : { attestationDecision: decision, idempotencyKey: idempotency.key };
    const r = await submit({ input });
    const id = r.data?.submitLicenceApplication.application?.id;
    if (id) navigate(licenceApplicationPath(id));
  };
  return (
    <>
      <PageHeader title={t('app.licence.apply.title')} lead={t('app.licence.apply.pulled')} />
      <Form onSubmit={onSubmit} userErrors={result.data?.submitLicenceApplication.userErrors} error={result.error} submitLabel={t('app.licence.apply.submit')} submitting={result.fetching} aria-label={t('app.licence.apply.title')}>
        <RadioGroup
          name="basis"
          legend={t('app.licence.apply.basis')}
          value={basis}
          onChange={(v) => setBasis(v)}
          options={[
            { value: 'ATTESTATION', label: t('app.licence.apply.basisAttestation') },
            { value: 'LABOUR_RECORD', label: t('app.licence.apply.basisLabour') },
          ]}
        />
        {basis === 'ATTESTATION' ? (
          <Fieldset legend={t('app.licence.apply.basisAttestation')}>
            <Field name="attestationDecision.number" label={t('app.licence.apply.decisionNumber')}>
              <TextInput value={decision.number} onChange={(e) => setDecision({ ...decision, number: e.target.value })} />
            </Field>
            <Field name="attestationDecision.date" label={t('app.licence.apply.decisionDate')}>
              <TextInput value={decision.date} onChange={(e) => setDecision({ ...decision, date: e.target.value })} />
            </Field>
            <Field name="attestationDecision.region" label={t('app.licence.apply.decisionRegion')}>
              <TextInput value={decision.region} onChange={(e) => setDecision({ ...decision, region: e.target.value })} />
            </Field>
          </Fieldset>
        ) : (
          <Fieldset legend={t('app.licence.apply.basisLabour')}>
            <Field name="labourRecord.0.position" label={t('app.licence.apply.position')}>
              <Select value={entry.position} onChange={(e) => setEntry({ ...entry, position: e.target.value as (typeof POSITIONS)[number] })} options={POSITIONS.map((p) => ({ value: p, label: label('labourPosition', p) }))} />
            </Field>
            <Field name="labourRecord.0.organisation" label={t('app.licence.apply.organisation')}>
              <TextInput value={entry.organisation} onChange={(e) => setEntry({ ...entry, organisation: e.target.value })} />
            </Field>
            <Field name="labourRecord.0.startedOn" label={t('app.licence.apply.startedOn')}>
              <TextInput value={entry.startedOn} onChange={(e) => setEntry({ ...entry, startedOn: e.target.value })} />
            </Field>
            <Field name="labourRecord.0.endedOn" label={t('app.licence.apply.endedOn')}>
              <TextInput value={entry.endedOn} onChange={(e) => setEntry({ ...entry, endedOn: e.target.value })} />
            </Field>
            <label>
              <input type="checkbox" checked={entry.dismissedForNegativeReasons} onChange={(e) => setEntry({ ...entry, dismissedForNegativeReasons: e.target.checked })} /> {t('app.licence.apply.dismissed')}
            </label>
          </Fieldset>
        )}
      </Form>
    </>
  );
}
