// LA1, LA2: the Judicial Administration or a Department registers a letter rogatory from a foreign court and
// sends it to the executing court; the deadlines are computed by the API (one month, 5 and 10 working days).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, Field, Form, Loading, PageHeader, Select, TextArea, TextInput, useIdempotencyKey, useNavigate, useTranslation, useUserErrors } from '@oryndau/ui';
import { LegalReferenceQuery, RegisterIncomingOrderMutation } from '../features/legal-assistance/operations.ts';
import { emptyPerson, personInput, PersonFields } from '../features/legal-assistance/PersonsFields.tsx';
import { useName } from '../features/legal-assistance/names.ts';

export function OrderRegisterPage() {
  const { t } = useTranslation();
  const name = useName();
  const navigate = useNavigate();
  const [ref] = useQuery({ query: LegalReferenceQuery });
  const [state, register] = useMutation(RegisterIncomingOrderMutation);
  const key = useIdempotencyKey();
  const [form, setForm] = useState({ receivedById: '', requestingStateId: '', treatyId: '', requestingCourt: '', foreignCaseNumber: '', caseName: '', request: '', language: 'ru', hasTranslation: 'no', receivedOn: '', courtId: '' });
  const [person, setPerson] = useState(emptyPerson('DEFENDANT'));
  const localize = useUserErrors({
    receivedById: t('app.legal.receivedBy'), requestingStateId: t('app.legal.requestingState'), requestingCourt: t('app.legal.requestingCourt'), foreignCaseNumber: t('app.legal.caseNumber'),
    caseName: t('app.legal.caseName'), request: t('app.legal.request'), language: t('app.legal.language'), courtId: t('app.legal.executingCourt'), 'persons.0.name': t('app.legal.personName'),
  });
  if (ref.fetching && !ref.data) return <Loading />;
  if (ref.error && !ref.data) return <ErrorNotice error={ref.error} />;
  const data = ref.data!;
  const bodies = data.viewerJudicialDepartments;
  const receivedById = form.receivedById || bodies[0]?.id || '';
  const treaties = data.legalAssistanceTreaties.filter((tr) => tr.parties.some((p) => p.id === form.requestingStateId));
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const submit = async () => {
    const r = await register({
      input: {
        receivedById, requestingStateId: form.requestingStateId, treatyId: form.treatyId || null, requestingCourt: form.requestingCourt, foreignCaseNumber: form.foreignCaseNumber, caseName: form.caseName,
        persons: [personInput(person)], request: form.request, language: form.language.trim().toLowerCase(), hasTranslation: form.hasTranslation === 'yes', receivedOn: form.receivedOn || null, courtId: form.courtId, idempotencyKey: key.key,
      },
    });
    const order = r.data?.registerIncomingOrder.order;
    if (order && !r.data?.registerIncomingOrder.userErrors.length) navigate(`/legal/incoming/${order.id}`);
  };
  return (
    <>
      <PageHeader title={t('app.legal.registerIncoming')} lead={t('app.legal.registerLead')} />
      <Form className="dk-legal-form" aria-label={t('app.legal.registerIncoming')} onSubmit={submit} userErrors={localize(state.data?.registerIncomingOrder.userErrors)} error={state.error} submitting={state.fetching} submitLabel={t('app.legal.registerSubmit')}>
        <Field name="receivedById" label={t('app.legal.receivedBy')}>
          <Select value={receivedById} placeholder={null} onChange={set('receivedById')} options={bodies.map((b) => ({ value: b.id, label: name(b) }))} />
        </Field>
        <Field name="receivedOn" label={t('app.legal.receivedOn')} hint={t('app.legal.receivedOnHint')} optional>
          <TextInput type="date" value={form.receivedOn} onChange={set('receivedOn')} />
        </Field>
        <Field name="requestingStateId" label={t('app.legal.requestingState')}>
          <Select value={form.requestingStateId} onChange={(e) => setForm({ ...form, requestingStateId: e.target.value, treatyId: '' })} options={data.foreignStates.map((s) => ({ value: s.id, label: name(s) }))} />
        </Field>
        <Field name="treatyId" label={t('app.legal.treaty')} hint={t('app.legal.treatyHint')} optional>
          <Select value={form.treatyId} placeholder={t('app.legal.reciprocity')} onChange={set('treatyId')} options={treaties.map((tr) => ({ value: tr.id, label: name(tr) }))} />
        </Field>
        <Field name="requestingCourt" label={t('app.legal.requestingCourt')}>
          <TextInput value={form.requestingCourt} onChange={set('requestingCourt')} />
        </Field>
        <Field name="foreignCaseNumber" label={t('app.legal.caseNumber')}>
          <TextInput value={form.foreignCaseNumber} onChange={set('foreignCaseNumber')} />
        </Field>
        <Field name="caseName" label={t('app.legal.caseName')}>
          <TextInput value={form.caseName} onChange={set('caseName')} />
        </Field>
        <PersonFields person={person} onChange={setPerson} />
        <Field name="request" label={t('app.legal.request')}>
          <TextArea value={form.request} onChange={set('request')} />
        </Field>
        <Field name="language" label={t('app.legal.language')} hint={t('app.legal.languageHint')}>
          <TextInput value={form.language} maxLength={2} onChange={set('language')} />
        </Field>
        <Field name="hasTranslation" label={t('app.legal.hasTranslation')}>
          <Select value={form.hasTranslation} placeholder={null} onChange={set('hasTranslation')} options={[{ value: 'no', label: t('app.legal.no') }, { value: 'yes', label: t('app.legal.yes') }]} />
        </Field>
        <Field name="courtId" label={t('app.legal.executingCourt')}>
          <Select value={form.courtId} onChange={set('courtId')} options={data.courts.map((c) => ({ value: c.id, label: name(c) }))} />
        </Field>
      </Form>
    </>
  );
}
