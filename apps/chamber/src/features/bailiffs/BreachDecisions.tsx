// CH4: the final decisions (of the Chamber's disciplinary commission or a court) confirming a breach of
// duty by a bailiff. A recorded decision, once legally effective, allows replacing the bailiff on a case.
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '@oryndau/client';
import { BREACH_AUTHORITIES, type BreachAuthority, DataTable, Field, Form, Notice, Select, StatusBadge, TextArea, TextInput, todayInAlmaty, useEnumLabel, useFormat, UserErrorFragment, useIdempotencyKey, useTranslation, useUserErrors } from '@oryndau/ui';
import type { UserErrorLike } from '@oryndau/client';

export const BreachDecisionsFragment = graphql(`
  fragment BreachDecisions_bailiff on PrivateBailiff {
    id
    breachDecisions { id authority number decidedOn effectiveOn summary }
  }
`);

export const RecordBreachDecisionMutation = graphql(
  `
    mutation ChamberRecordBreachDecision($input: RecordBreachDecisionInput!) {
      recordBreachDecision(input: $input) {
        breachDecision {
          id
          number
          bailiff { id breachDecisions { id authority number decidedOn effectiveOn summary } }
        }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

type Decision = ResultOf<typeof BreachDecisionsFragment>['breachDecisions'][number];

export function BreachDecisionList({ bailiff }: { bailiff: FragmentOf<typeof BreachDecisionsFragment> }) {
  const data = readFragment(BreachDecisionsFragment, bailiff);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const today = todayInAlmaty();
  return (
    <DataTable<Decision>
      caption={t('app.breach.list')}
      rows={data.breachDecisions}
      rowKey={(d) => d.id}
      empty={t('app.breach.none')}
      columns={[
        { key: 'number', header: t('app.breach.number'), rowHeader: true, render: (d) => <span data-breach-number={d.number}>№ {d.number}</span> },
        { key: 'authority', header: t('app.breach.authority'), render: (d) => label('breachAuthority', d.authority) },
        { key: 'decidedOn', header: t('app.breach.decidedOn'), render: (d) => format.date(d.decidedOn) },
        {
          key: 'effectiveOn',
          header: t('app.breach.effectiveOn'),
          render: (d) => (
            <span>
              {format.date(d.effectiveOn)}{' '}
              {d.effectiveOn <= today ? (
                <StatusBadge tone="danger">{t('app.breach.effective')}</StatusBadge>
              ) : (
                <StatusBadge tone="neutral">{t('app.breach.notYetEffective')}</StatusBadge>
              )}
            </span>
          ),
        },
        { key: 'summary', header: t('app.breach.summary'), render: (d) => d.summary },
      ]}
    />
  );
}

export function BreachDecisionForm({ bailiffId, name }: { bailiffId: string; name: string }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ authority: t('app.breach.authority'), number: t('app.breach.number'), decidedOn: t('app.breach.decidedOn'), effectiveOn: t('app.breach.effectiveOn'), summary: t('app.breach.summary') });
  const label = useEnumLabel();
  const [authority, setAuthority] = useState<BreachAuthority | ''>('');
  const [number, setNumber] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [summary, setSummary] = useState('');
  const [localErrors, setLocalErrors] = useState<UserErrorLike[] | null>(null);
  const [state, record] = useMutation(RecordBreachDecisionMutation);
  const idempotency = useIdempotencyKey(); // one per decision recorded: a resent form records it once
  const [recorded, setRecorded] = useState<string | null>(null);
  const today = todayInAlmaty();

  const submit = async () => {
    setRecorded(null);
    const missing: UserErrorLike[] = [];
    if (!authority) missing.push({ code: 'INVALID_INPUT', field: ['input', 'authority'], message: t('app.breach.authorityRequired') });
    if (!decidedOn) missing.push({ code: 'INVALID_INPUT', field: ['input', 'decidedOn'], message: t('app.breach.dateRequired') });
    if (!effectiveOn) missing.push({ code: 'INVALID_INPUT', field: ['input', 'effectiveOn'], message: t('app.breach.dateRequired') });
    if (missing.length || !authority) {
      setLocalErrors(missing);
      return;
    }
    setLocalErrors(null);
    const r = await record({ input: { bailiffId, authority, number, decidedOn, effectiveOn, summary, idempotencyKey: idempotency.key } });
    const payload = r.data?.recordBreachDecision;
    if (payload?.breachDecision && payload.userErrors.length === 0) {
      idempotency.renew();
      setRecorded(payload.breachDecision.number);
      setAuthority('');
      setNumber('');
      setDecidedOn('');
      setEffectiveOn('');
      setSummary('');
    }
  };

  return (
    <>
      {recorded && (
        <div data-outcome="breach-recorded">
          <Notice tone="success" title={t('app.breach.recorded', { number: recorded, name })}>
            <p>{t('app.breach.recordedText')}</p>
          </Notice>
        </div>
      )}
      <Form
        aria-label={t('app.breach.record')}
        onSubmit={submit}
        userErrors={localErrors ?? localize(state.data?.recordBreachDecision.userErrors)}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.breach.submit')}
      >
        <Field name="authority" label={t('app.breach.authority')}>
          <Select value={authority} onChange={(e) => setAuthority(e.target.value as BreachAuthority | '')} options={BREACH_AUTHORITIES.map((a) => ({ value: a, label: label('breachAuthority', a) }))} />
        </Field>
        <Field name="number" label={t('app.breach.number')}>
          <TextInput value={number} onChange={(e) => setNumber(e.target.value)} autoComplete="off" />
        </Field>
        <div className="ch-field-row">
          <Field name="decidedOn" label={t('app.breach.decidedOn')}>
            <TextInput type="date" value={decidedOn} max={today} onChange={(e) => setDecidedOn(e.target.value)} />
          </Field>
          <Field name="effectiveOn" label={t('app.breach.effectiveOn')} hint={t('app.breach.effectiveHint')}>
            <TextInput type="date" value={effectiveOn} min={decidedOn || undefined} onChange={(e) => setEffectiveOn(e.target.value)} />
          </Field>
        </div>
        <Field name="summary" label={t('app.breach.summary')} hint={t('app.breach.summaryHint')}>
          <TextArea value={summary} rows={3} onChange={(e) => setSummary(e.target.value)} />
        </Field>
      </Form>
    </>
  );
}
