// E6: the enforcement measures a bailiff takes once the proceedings are initiated, listed, and the form
// to record one (kind, description, amount, date).
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf, type ResultOf, type UserErrorLike } from '@oryndau/client';
import { DataTable, Field, Form, MEASURE_KINDS, type MeasureKind, Notice, Select, TextArea, TextInput, todayInAlmaty, useEnumLabel, useFormat, UserErrorFragment, useIdempotencyKey, useTranslation, useUserErrors } from '@oryndau/ui';

export const MeasureListFragment = graphql(`
  fragment MeasureList_proceeding on EnforcementProceeding {
    id
    measures { id kind description amountTenge takenOn }
  }
`);

export const RecordMeasureMutation = graphql(
  `
    mutation ChamberRecordMeasure($input: RecordMeasureInput!) {
      recordMeasure(input: $input) {
        proceeding { id ...MeasureList_proceeding }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [MeasureListFragment, UserErrorFragment],
);

type Measure = ResultOf<typeof MeasureListFragment>['measures'][number];

export function MeasureList({ proceeding }: { proceeding: FragmentOf<typeof MeasureListFragment> }) {
  const data = readFragment(MeasureListFragment, proceeding);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  return (
    <DataTable<Measure>
      caption={t('app.measures.list')}
      rows={data.measures}
      rowKey={(m) => m.id}
      empty={t('app.measures.none')}
      columns={[
        { key: 'takenOn', header: t('app.measures.takenOn'), render: (m) => format.date(m.takenOn) },
        { key: 'kind', header: t('app.measures.kind'), rowHeader: true, render: (m) => <span data-measure-kind={m.kind}>{label('measureKind', m.kind)}</span> },
        { key: 'description', header: t('app.measures.description'), render: (m) => m.description },
        { key: 'amount', header: t('app.measures.amount'), align: 'end', render: (m) => (m.amountTenge != null ? format.money(m.amountTenge) : '—') },
      ]}
    />
  );
}

/** "1 250 000,50" or "1250000.5" → 1250000.5; null when empty; NaN when not a number. */
function parseAmount(value: string): number | null {
  const cleaned = value.replace(/[\s\u00a0\u202f₸]/g, '').replace(',', '.');
  return cleaned === '' ? null : Number(cleaned);
}

export function MeasureForm({ proceedingId }: { proceedingId: string }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ kind: t('app.measures.kind'), description: t('app.measures.description'), amountTenge: t('app.measures.amount'), takenOn: t('app.measures.takenOn') });
  const label = useEnumLabel();
  const today = todayInAlmaty();
  const [kind, setKind] = useState<MeasureKind | ''>('');
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  const [takenOn, setTakenOn] = useState(today);
  const [localErrors, setLocalErrors] = useState<UserErrorLike[] | null>(null);
  const [recorded, setRecorded] = useState<MeasureKind | null>(null);
  const [state, record] = useMutation(RecordMeasureMutation);
  const idempotency = useIdempotencyKey(); // one per measure recorded: a resent form does not record it twice

  const submit = async () => {
    setRecorded(null);
    const amountTenge = parseAmount(amount);
    const errors: UserErrorLike[] = [];
    if (!kind) errors.push({ code: 'INVALID_INPUT', field: ['input', 'kind'], message: t('app.measures.kindRequired') });
    if (amountTenge !== null && Number.isNaN(amountTenge)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'amountTenge'], message: t('app.measures.amountInvalid') });
    if (errors.length || !kind) {
      setLocalErrors(errors);
      return;
    }
    setLocalErrors(null);
    const r = await record({ input: { proceedingId, kind, description, amountTenge, takenOn, idempotencyKey: idempotency.key } });
    const payload = r.data?.recordMeasure;
    if (payload?.proceeding && payload.userErrors.length === 0) {
      idempotency.renew();
      setRecorded(kind);
      setKind('');
      setDescription('');
      setAmount('');
      setTakenOn(today);
    }
  };

  return (
    <>
      {recorded && (
        <div data-outcome="measure-recorded">
          <Notice tone="success" title={t('app.measures.recorded', { kind: label('measureKind', recorded) })} />
        </div>
      )}
      <Form
        aria-labelledby="measure-title"
        onSubmit={submit}
        userErrors={localErrors ?? localize(state.data?.recordMeasure.userErrors)}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.measures.submit')}
      >
        <Field name="kind" label={t('app.measures.kind')}>
          <Select value={kind} onChange={(e) => setKind(e.target.value as MeasureKind | '')} options={MEASURE_KINDS.map((k) => ({ value: k, label: label('measureKind', k) }))} />
        </Field>
        <Field name="description" label={t('app.measures.description')} hint={t('app.measures.descriptionHint')}>
          <TextArea value={description} rows={3} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <div className="ch-field-row">
          <Field name="amountTenge" label={t('app.measures.amount')} hint={t('app.measures.amountHint')} optional>
            <TextInput inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} autoComplete="off" />
          </Field>
          <Field name="takenOn" label={t('app.measures.takenOn')}>
            <TextInput type="date" value={takenOn} max={today} onChange={(e) => setTakenOn(e.target.value)} />
          </Field>
        </div>
      </Form>
    </>
  );
}
