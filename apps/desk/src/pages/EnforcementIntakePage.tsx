// E1–E4, G2: a justice officer registers a paper application to initiate enforcement proceedings, brought to the
// justice office or received from the State Corporation. The API registers it by the calendar (T3), routes it
// (CH1), counts the bailiff's term (E4, T6) or refuses an incomplete package at acceptance (E3), and gives the
// access code of the public status check once, for the claimant's receipt (G2). The officer's own region only.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ResultOf } from '@oryndau/client';
import {
  CLAIM_CATEGORIES,
  ErrorNotice,
  Field,
  Form,
  Loading,
  Notice,
  PageHeader,
  Select,
  TextInput,
  localizedName,
  parseTengeAmount,
  useEnumLabel,
  useFormat,
  useIdempotencyKey,
  useTranslation,
  useUserErrors,
  type ClaimCategory,
  type EnforcementDocumentKind,
} from '@oryndau/ui';
import { IntakeReferenceQuery, RegisterPaperApplicationMutation } from '../features/enforcement/operations.ts';

const CHANNELS = ['JUSTICE_OFFICE', 'STATE_CORPORATION'] as const;
/** What a paper package can hold (E2); the API says what is missing. */
const PAPER_DOCUMENTS: readonly EnforcementDocumentKind[] = ['APPLICATION_FORM', 'EXECUTIVE_DOCUMENT', 'IDENTITY_DOCUMENT', 'WRIT_REQUEST', 'POWER_OF_ATTORNEY'];

const blank = {
  channel: 'JUSTICE_OFFICE' as (typeof CHANNELS)[number],
  receivedAt: '',
  claimantName: '', claimantId: '', claimantAddress: '', claimantPhone: '',
  debtorName: '', debtorId: '', debtorAddress: '',
  court: '', caseNumber: '', issuedOn: '', category: '' as ClaimCategory | '', amount: '', districtId: '',
  requestsWrit: false, byRepresentative: false,
  documents: ['APPLICATION_FORM', 'EXECUTIVE_DOCUMENT', 'IDENTITY_DOCUMENT'] as EnforcementDocumentKind[],
};

type Registered = NonNullable<ResultOf<typeof RegisterPaperApplicationMutation>['submitEnforcementApplication']>;

export function EnforcementIntakePage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [ref] = useQuery({ query: IntakeReferenceQuery });
  const [state, register] = useMutation(RegisterPaperApplicationMutation);
  const key = useIdempotencyKey();
  const [form, setForm] = useState(blank);
  const [done, setDone] = useState<Registered | null>(null);
  const localize = useUserErrors({
    'claimant.name': t('app.intake.name'), 'claimant.idNumber': t('app.intake.idNumber'), 'debtor.name': t('app.intake.name'), 'debtor.idNumber': t('app.intake.idNumber'),
    'debtor.address': t('app.intake.address'), 'executiveDocument.court': t('app.intake.court'), 'executiveDocument.caseNumber': t('app.intake.caseNumber'),
    'executiveDocument.issuedOn': t('app.intake.issuedOn'), 'executiveDocument.category': t('app.intake.category'), 'executiveDocument.amountTenge': t('app.intake.amount'),
    'executiveDocument.districtId': t('app.intake.district'), receivedAt: t('app.intake.receivedAt'), channel: t('app.intake.channel'),
  });
  if (ref.fetching && !ref.data) return <Loading />;
  if (ref.error && !ref.data) return <ErrorNotice error={ref.error} />;
  const mine = new Set((ref.data?.viewer?.roles ?? []).filter((r) => r.role === 'JUSTICE_OFFICER').map((r) => r.region?.id));
  const districts = (ref.data?.regions ?? []).filter((r) => mine.has(r.id)).flatMap((r) => r.districts.map((d) => ({ value: d.id, label: `${localizedName(d, format.language)} (${localizedName(r, format.language)})` })));
  const set = (k: keyof typeof blank) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const toggle = (d: EnforcementDocumentKind) => setForm({ ...form, documents: form.documents.includes(d) ? form.documents.filter((x) => x !== d) : [...form.documents, d] });

  if (done?.application) return <IntakeOutcome result={done} onAnother={() => { setDone(null); setForm(blank); key.renew(); }} />;

  const submit = async () => {
    const r = await register({
      input: {
        channel: form.channel,
        receivedAt: form.receivedAt ? new Date(`${form.receivedAt}:00+05:00`).toISOString() : null,
        claimant: { name: form.claimantName, idNumber: form.claimantId.trim(), address: form.claimantAddress || null, phone: form.claimantPhone || null },
        debtor: { name: form.debtorName, idNumber: form.debtorId.trim(), address: form.debtorAddress },
        executiveDocument: { court: form.court, caseNumber: form.caseNumber, issuedOn: form.issuedOn, category: (form.category || 'PRIVATE_CLAIM') as ClaimCategory, amountTenge: parseTengeAmount(form.amount), districtId: form.districtId },
        requestsWrit: form.requestsWrit,
        byRepresentative: form.byRepresentative,
        documents: form.documents,
        idempotencyKey: key.key,
      },
    });
    const p = r.data?.submitEnforcementApplication;
    if (p?.application && !p.userErrors.length) setDone(p);
  };
  return (
    <>
      <PageHeader title={t('app.intake.title')} lead={t('app.intake.lead')} />
      <Form className="dk-intake-form" aria-label={t('app.intake.title')} onSubmit={submit} userErrors={localize(state.data?.submitEnforcementApplication.userErrors)} error={state.error} submitting={state.fetching} submitLabel={t('app.intake.submit')}>
        <Field name="channel" label={t('app.intake.channel')}>
          <Select value={form.channel} placeholder={null} onChange={set('channel')} options={CHANNELS.map((c) => ({ value: c, label: label('channel', c) }))} />
        </Field>
        <Field name="receivedAt" label={t('app.intake.receivedAt')} hint={t('app.intake.receivedAtHint')} optional>
          <TextInput type="datetime-local" value={form.receivedAt} onChange={set('receivedAt')} />
        </Field>
        <fieldset className="dk-fieldset">
          <legend>{t('app.intake.claimant')}</legend>
          <Field name="claimant.name" label={t('app.intake.name')}><TextInput value={form.claimantName} onChange={set('claimantName')} autoComplete="off" /></Field>
          <Field name="claimant.idNumber" label={t('app.intake.idNumber')}><TextInput value={form.claimantId} onChange={set('claimantId')} inputMode="numeric" maxLength={12} autoComplete="off" /></Field>
          <Field name="claimant.address" label={t('app.intake.address')} optional><TextInput value={form.claimantAddress} onChange={set('claimantAddress')} autoComplete="off" /></Field>
          <Field name="claimant.phone" label={t('app.intake.phone')} optional><TextInput type="tel" value={form.claimantPhone} onChange={set('claimantPhone')} autoComplete="off" /></Field>
        </fieldset>
        <fieldset className="dk-fieldset">
          <legend>{t('app.intake.debtor')}</legend>
          <Field name="debtor.name" label={t('app.intake.name')}><TextInput value={form.debtorName} onChange={set('debtorName')} autoComplete="off" /></Field>
          <Field name="debtor.idNumber" label={t('app.intake.idNumber')}><TextInput value={form.debtorId} onChange={set('debtorId')} inputMode="numeric" maxLength={12} autoComplete="off" /></Field>
          <Field name="debtor.address" label={t('app.intake.address')}><TextInput value={form.debtorAddress} onChange={set('debtorAddress')} autoComplete="off" /></Field>
        </fieldset>
        <fieldset className="dk-fieldset">
          <legend>{t('app.intake.document')}</legend>
          <Field name="executiveDocument.court" label={t('app.intake.court')}><TextInput value={form.court} onChange={set('court')} /></Field>
          <Field name="executiveDocument.caseNumber" label={t('app.intake.caseNumber')}><TextInput value={form.caseNumber} onChange={set('caseNumber')} /></Field>
          <Field name="executiveDocument.issuedOn" label={t('app.intake.issuedOn')}><TextInput type="date" value={form.issuedOn} onChange={set('issuedOn')} /></Field>
          <Field name="executiveDocument.category" label={t('app.intake.category')}>
            <Select value={form.category} onChange={set('category')} options={CLAIM_CATEGORIES.map((c) => ({ value: c, label: label('claimCategory', c) }))} />
          </Field>
          <Field name="executiveDocument.amountTenge" label={t('app.intake.amount')} hint={t('app.intake.amountHint')} optional><TextInput inputMode="decimal" value={form.amount} onChange={set('amount')} /></Field>
          <Field name="executiveDocument.districtId" label={t('app.intake.district')}>
            <Select value={form.districtId} onChange={set('districtId')} options={districts} />
          </Field>
        </fieldset>
        <fieldset className="dk-fieldset">
          <legend>{t('app.intake.documents')}</legend>
          {PAPER_DOCUMENTS.map((d) => (
            <label key={d} className="dk-check"><input type="checkbox" name="documents" value={d} checked={form.documents.includes(d)} onChange={() => toggle(d)} /> {label('enforcementDocumentKind', d)}</label>
          ))}
          <label className="dk-check"><input type="checkbox" name="requestsWrit" checked={form.requestsWrit} onChange={(e) => setForm({ ...form, requestsWrit: e.target.checked })} /> {t('app.intake.requestsWrit')}</label>
          <label className="dk-check"><input type="checkbox" name="byRepresentative" checked={form.byRepresentative} onChange={(e) => setForm({ ...form, byRepresentative: e.target.checked })} /> {t('app.intake.byRepresentative')}</label>
        </fieldset>
      </Form>
    </>
  );
}

/** The result for the claimant's receipt: registered (number, route, term, access code) or refused at acceptance (E3). */
function IntakeOutcome({ result, onAnother }: { result: Registered; onAnother: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const a = result.application!;
  const doc = a.executiveDocument;
  const again = <button type="button" className="or-button or-button--secondary dk-no-print" onClick={onAnother}>{t('app.intake.another')}</button>;
  if (!result.accepted) {
    return (
      <section className="dk-receipt" aria-live="polite" data-testid="intake-refused">
        <Notice tone="warning" title={t('app.intake.refusedTitle', { number: a.number })}>
          <p>{t('app.intake.refusedLead')}</p>
          <ul>{a.missingDocuments.map((m) => <li key={m} data-missing={m}>{label('enforcementDocumentKind', m as EnforcementDocumentKind)}</li>)}</ul>
        </Notice>
        {again}
      </section>
    );
  }
  return (
    <section className="or-card dk-receipt" aria-labelledby="intake-registered" data-testid="intake-registered">
      <h1 className="or-card__title" id="intake-registered">{t('app.intake.registeredTitle', { number: a.number })}</h1>
      <dl className="or-summary-list">
        {a.registeredAt && <div><dt>{t('app.intake.registeredAt')}</dt><dd><time dateTime={a.registeredAt}>{format.dateTime(a.registeredAt)}</time></dd></div>}
        {doc && <div><dt>{t('app.intake.routing')}</dt><dd>{label('documentRouting', doc.routing)}</dd></div>}
        {doc?.proceeding && <div><dt>{t('app.intake.decisionDue')}</dt><dd>{format.date(doc.proceeding.decisionDueOn)}</dd></div>}
      </dl>
      {result.accessCode && (
        <>
          <h2>{t('app.intake.accessCodeTitle')}</h2>
          <p>{t('app.intake.accessCodeLead')}</p>
          <p className="dk-access-code" data-testid="access-code">{result.accessCode}</p>
        </>
      )}
      <p>
        <button type="button" className="or-button dk-no-print" onClick={() => window.print()}>{t('app.intake.print')}</button> {again}
      </p>
    </section>
  );
}
