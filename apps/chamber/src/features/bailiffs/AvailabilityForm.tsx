// Record leave, sickness, a suspension or a pause (CH2). Leave or sickness of more than a month, or a
// suspension, moves the bailiff's open cases to the others evenly in the same operation; the payload
// says how many moved and how many nobody could take (back in the queue).
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, type UserErrorLike } from '@oryndau/client';
import { AVAILABILITY_KINDS, type AvailabilityKind, Field, Form, Notice, Select, TextArea, TextInput, todayInAlmaty, useEnumLabel, UserErrorFragment, useIdempotencyKey, useTranslation, useUserErrors } from '@oryndau/ui';

export const SetAvailabilityMutation = graphql(
  `
    mutation ChamberSetAvailability($input: SetBailiffAvailabilityInput!) {
      setBailiffAvailability(input: $input) {
        bailiff { id openCaseCount availability { id kind startsOn endsOn reason } }
        redistributedCount
        strandedCount
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export function AvailabilityForm({ bailiffId, name }: { bailiffId: string; name: string }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ kind: t('app.availability.kind'), startsOn: t('app.availability.from'), endsOn: t('app.availability.to'), reason: t('app.availability.reason') });
  const label = useEnumLabel();
  const [kind, setKind] = useState<AvailabilityKind | ''>('');
  const [startsOn, setStartsOn] = useState(todayInAlmaty());
  const [endsOn, setEndsOn] = useState('');
  const [reason, setReason] = useState('');
  const [state, save] = useMutation(SetAvailabilityMutation);
  const idempotency = useIdempotencyKey(); // one per record: a resent form records it once
  const [done, setDone] = useState<{ kind: AvailabilityKind; redistributed: number; stranded: number } | null>(null);
  // The kind is chosen from a list; a missing choice is named at its field, the way the API names errors.
  const [localErrors, setLocalErrors] = useState<UserErrorLike[] | null>(null);

  const submit = async () => {
    setDone(null);
    if (!kind) {
      setLocalErrors([{ code: 'INVALID_INPUT', field: ['input', 'kind'], message: t('app.availability.kindRequired') }]);
      return;
    }
    setLocalErrors(null);
    const r = await save({ input: { bailiffId, kind, startsOn, endsOn: endsOn || null, reason: reason.trim() || null, idempotencyKey: idempotency.key } });
    const payload = r.data?.setBailiffAvailability;
    if (payload?.bailiff && payload.userErrors.length === 0) {
      idempotency.renew();
      setDone({ kind, redistributed: payload.redistributedCount ?? 0, stranded: payload.strandedCount ?? 0 });
      setKind('');
      setEndsOn('');
      setReason('');
    }
  };
  return (
    <>
      {done && (
        <div data-outcome="availability" data-redistributed={done.redistributed} data-stranded={done.stranded}>
          <Notice tone={done.stranded > 0 ? 'warning' : 'success'} title={t('app.availability.recorded', { kind: label('availabilityKind', done.kind), name })}>
            <p>{t('app.availability.redistributed', { count: done.redistributed })}</p>
            {done.stranded > 0 && <p>{t('app.availability.stranded', { count: done.stranded })}</p>}
          </Notice>
        </div>
      )}
      <div className="ch-explain">
        <p>{t('app.availability.explain')}</p>
        <ul>
          <li>{t('app.availability.explainLong')}</li>
          <li>{t('app.availability.explainSuspension')}</li>
          <li>{t('app.availability.explainPause')}</li>
        </ul>
      </div>
      <Form
        aria-label={t('app.availability.record')}
        onSubmit={submit}
        userErrors={localErrors ?? localize(state.data?.setBailiffAvailability.userErrors)}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.availability.submit')}
      >
        <Field name="kind" label={t('app.availability.kind')}>
          <Select
            value={kind}
            required
            onChange={(e) => setKind(e.target.value as AvailabilityKind | '')}
            options={AVAILABILITY_KINDS.map((k) => ({ value: k, label: `${label('availabilityKind', k)} — ${t(`app.availability.kindHint.${k}`)}` }))}
          />
        </Field>
        <div className="ch-field-row">
          <Field name="startsOn" label={t('app.availability.from')}>
            <TextInput type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required />
          </Field>
          <Field name="endsOn" label={t('app.availability.to')} hint={t('app.availability.toHint')} optional>
            <TextInput type="date" value={endsOn} min={startsOn} onChange={(e) => setEndsOn(e.target.value)} />
          </Field>
        </div>
        <Field name="reason" label={t('app.availability.reason')} hint={t('app.availability.reasonHint')} optional>
          <TextArea value={reason} rows={2} onChange={(e) => setReason(e.target.value)} />
        </Field>
      </Form>
    </>
  );
}
