// Q1 (4), (5): the quality-control inspector's forms for the plan's records — a fine of an official under
// art. 465, a monitoring recommendation with its due day, the day a recommendation was implemented. The API
// decides and refuses (user errors at the fields, in the UI language); the forms only ask. A date left
// incomplete is named here, with the API's own key, rather than sent.
import { useState, type ReactNode } from 'react';
import { useMutation } from 'urql';
import type { UserErrorLike } from '@oryndau/client';
import { Field, Form, TextArea, TextInput, todayInAlmaty, useFormat, useIdempotencyKey, useTranslation, useUserErrors } from '@oryndau/ui';
import { IssueRecommendationMutation, RecordFineMutation, RecordImplementationMutation } from './operations.ts';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `input.dateFormat` for each date field left incomplete (the Date scalar would refuse the whole request). */
function incompleteDates(dates: Record<string, string>): UserErrorLike[] | null {
  const errors = Object.entries(dates)
    .filter(([, value]) => !FULL_DATE.test(value))
    .map(([name]): UserErrorLike => ({ code: 'INVALID_INPUT', field: ['input', name], key: 'input.dateFormat', message: 'A date must be YYYY-MM-DD.' }));
  return errors.length ? errors : null;
}

/** Whole tenge as typed (spaces allowed); anything else is sent as 0, which the API refuses with its own message. */
function tenge(text: string): number {
  const n = Number(text.replace(/\s/g, ''));
  return Number.isSafeInteger(n) && Math.abs(n) <= 2_147_483_647 ? n : 0;
}

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="or-card" aria-labelledby={`action-${id}`} data-action={id}>
      <h2 className="or-card__title" id={`action-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

export function FineForm({ providerId, onRecorded }: { providerId: string; onRecorded: () => void }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ official: t('app.subjects.official'), decidedOn: t('app.subjects.decidedOn'), amountTenge: t('app.subjects.amount'), note: t('app.subjects.note') });
  const [official, setOfficial] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayInAlmaty);
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<UserErrorLike[] | null>(null);
  const { key, renew } = useIdempotencyKey();
  const [state, record] = useMutation(RecordFineMutation);
  return (
    <Panel id="fine" title={t('app.subjects.fineTitle')}>
      <p className="ov-muted">{t('app.subjects.fineHint')}</p>
      <Form
        onSubmit={async () => {
          const incomplete = incompleteDates({ decidedOn });
          setLocal(incomplete);
          if (incomplete) return;
          const r = await record({ input: { providerId, official, decidedOn, amountTenge: tenge(amount), note: note.trim() ? note : null, idempotencyKey: key } });
          if (r.data?.recordProviderFine.fine) {
            renew();
            setOfficial('');
            setAmount('');
            setNote('');
            onRecorded();
          }
        }}
        userErrors={localize(local ?? (state.data?.recordProviderFine.userErrors as readonly UserErrorLike[] | undefined))}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.subjects.fineSubmit')}
      >
        <Field name="official" label={t('app.subjects.official')} hint={t('app.subjects.officialHint')}>
          <TextInput value={official} onChange={(e) => setOfficial(e.target.value)} data-input="fineOfficial" />
        </Field>
        <Field name="decidedOn" label={t('app.subjects.decidedOn')}>
          <TextInput type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} data-input="fineDecidedOn" />
        </Field>
        <Field name="amountTenge" label={t('app.subjects.amount')} hint={t('app.subjects.amountHint')}>
          <TextInput inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} data-input="fineAmount" />
        </Field>
        <Field name="note" label={t('app.subjects.note')} optional>
          <TextArea value={note} rows={2} onChange={(e) => setNote(e.target.value)} data-input="fineNote" />
        </Field>
      </Form>
    </Panel>
  );
}

export function RecommendationForm({ providerId, onRecorded }: { providerId: string; onRecorded: () => void }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ text: t('app.subjects.text'), issuedOn: t('app.subjects.issuedOn'), dueOn: t('app.subjects.dueOn') });
  const [text, setText] = useState('');
  const [issuedOn, setIssuedOn] = useState(todayInAlmaty);
  const [dueOn, setDueOn] = useState('');
  const [local, setLocal] = useState<UserErrorLike[] | null>(null);
  const { key, renew } = useIdempotencyKey();
  const [state, issue] = useMutation(IssueRecommendationMutation);
  return (
    <Panel id="recommendation" title={t('app.subjects.recommendationTitle')}>
      <Form
        onSubmit={async () => {
          const incomplete = incompleteDates({ issuedOn, dueOn });
          setLocal(incomplete);
          if (incomplete) return;
          const r = await issue({ input: { providerId, text, issuedOn, dueOn, idempotencyKey: key } });
          if (r.data?.issueMonitoringRecommendation.recommendation) {
            renew();
            setText('');
            setDueOn('');
            onRecorded();
          }
        }}
        userErrors={localize(local ?? (state.data?.issueMonitoringRecommendation.userErrors as readonly UserErrorLike[] | undefined))}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.subjects.recommendationSubmit')}
      >
        <Field name="text" label={t('app.subjects.text')} hint={t('app.subjects.textHint')}>
          <TextArea value={text} rows={3} onChange={(e) => setText(e.target.value)} data-input="recommendationText" />
        </Field>
        <Field name="issuedOn" label={t('app.subjects.issuedOn')}>
          <TextInput type="date" value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} data-input="recommendationIssuedOn" />
        </Field>
        <Field name="dueOn" label={t('app.subjects.dueOn')}>
          <TextInput type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} data-input="recommendationDueOn" />
        </Field>
      </Form>
    </Panel>
  );
}

/** In the recommendation's row of the table: the day the subject implemented it, as it reported. */
export function ImplementationForm({ recommendationId, issuedOn, onRecorded }: { recommendationId: string; issuedOn: string; onRecorded: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const localize = useUserErrors({ implementedOn: t('app.subjects.implementedOn') });
  const [implementedOn, setImplementedOn] = useState(todayInAlmaty);
  const [local, setLocal] = useState<UserErrorLike[] | null>(null);
  const [state, record] = useMutation(RecordImplementationMutation);
  return (
    <div data-implementation={recommendationId}>
      <Form
        aria-label={t('app.subjects.implementationLabel', { date: format.date(issuedOn) })}
        onSubmit={async () => {
          const incomplete = incompleteDates({ implementedOn });
          setLocal(incomplete);
          if (incomplete) return;
          const r = await record({ input: { recommendationId, implementedOn } });
          if (r.data?.recordMonitoringImplementation.userErrors.length === 0) onRecorded();
        }}
        userErrors={localize(local ?? (state.data?.recordMonitoringImplementation.userErrors as readonly UserErrorLike[] | undefined))}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.subjects.implementationSubmit')}
      >
        <Field name="implementedOn" label={t('app.subjects.implementedOn')}>
          <TextInput type="date" value={implementedOn} onChange={(e) => setImplementedOn(e.target.value)} data-input="implementedOn" />
        </Field>
      </Form>
    </div>
  );
}
