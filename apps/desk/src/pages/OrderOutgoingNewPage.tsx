// LA3: a court prepares an order to a foreign court with every item of 004 p.22; the translation it must carry
// follows from the state's and the treaty's data (shown on the order once prepared).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, Field, Form, Loading, PageHeader, Select, TextArea, TextInput, useIdempotencyKey, useNavigate, useTranslation, useUserErrors } from '@oryndau/ui';
import { LegalReferenceQuery, PrepareOutgoingOrderMutation } from '../features/legal-assistance/operations.ts';
import { emptyPerson, personInput, PersonFields } from '../features/legal-assistance/PersonsFields.tsx';
import { useName } from '../features/legal-assistance/names.ts';

export function OrderOutgoingNewPage() {
  const { t } = useTranslation();
  const name = useName();
  const navigate = useNavigate();
  const key = useIdempotencyKey();
  const [ref] = useQuery({ query: LegalReferenceQuery });
  const [state, prepare] = useMutation(PrepareOutgoingOrderMutation);
  const [form, setForm] = useState({ courtId: '', requestedStateId: '', treatyId: '', requestedInstitution: '', caseName: '', caseNumber: '', plaintiff: '', defendant: '', request: '', serviceOfDocuments: 'yes', recipientAddress: '', documentToServe: '', attachments: '', language: 'ru', hearingOn: '' });
  const [person, setPerson] = useState(emptyPerson('DEFENDANT'));
  const localize = useUserErrors({
    requestedStateId: t('app.legal.requestedState'), requestedInstitution: t('app.legal.requestedInstitution'), caseName: t('app.legal.caseName'), caseNumber: t('app.legal.caseNumber'),
    plaintiff: t('app.legal.plaintiff'), defendant: t('app.legal.defendant'), request: t('app.legal.request'), recipientAddress: t('app.legal.recipientAddress'), documentToServe: t('app.legal.documentToServe'),
    hearingOn: t('app.legal.hearingOn'), 'persons.0.name': t('app.legal.personName'), 'persons.0.birthDate': t('app.legal.birthDate'), 'persons.0.birthPlace': t('app.legal.birthPlace'),
    'persons.0.residence': t('app.legal.residence'), 'persons.0.citizenship': t('app.legal.citizenship'), 'persons.0.legalAddress': t('app.legal.legalAddress'), 'persons.0.bankDetails': t('app.legal.bankDetails'), 'persons.0.fiscalCode': t('app.legal.fiscalCode'),
  });
  if (ref.fetching && !ref.data) return <Loading />;
  if (ref.error && !ref.data) return <ErrorNotice error={ref.error} />;
  const data = ref.data!;
  const courtId = form.courtId || data.viewerCourts[0]?.id || '';
  const treaties = data.legalAssistanceTreaties.filter((tr) => tr.parties.some((p) => p.id === form.requestedStateId));
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const submit = async () => {
    const r = await prepare({
      input: {
        courtId, requestedStateId: form.requestedStateId, treatyId: form.treatyId || null, requestedInstitution: form.requestedInstitution, caseName: form.caseName, caseNumber: form.caseNumber,
        plaintiff: form.plaintiff, defendant: form.defendant, persons: [personInput(person)], request: form.request, serviceOfDocuments: form.serviceOfDocuments === 'yes',
        recipientAddress: form.recipientAddress || null, documentToServe: form.documentToServe || null, attachments: form.attachments.split('\n').map((a) => a.trim()).filter(Boolean),
        language: form.language, hearingOn: form.hearingOn, idempotencyKey: key.key,
      },
    });
    const order = r.data?.prepareOutgoingOrder.order;
    if (order && !r.data?.prepareOutgoingOrder.userErrors.length) navigate(`/legal/outgoing/${order.id}`);
  };
  return (
    <>
      <PageHeader title={t('app.legal.prepareOutgoing')} lead={t('app.legal.prepareLead')} />
      <Form className="dk-outgoing-form" aria-label={t('app.legal.prepareOutgoing')} onSubmit={submit} userErrors={localize(state.data?.prepareOutgoingOrder.userErrors)} error={state.error} submitting={state.fetching} submitLabel={t('app.legal.prepareSubmit')}>
        <Field name="courtId" label={t('app.legal.requestingCourtOwn')}>
          <Select value={courtId} placeholder={null} onChange={set('courtId')} options={data.viewerCourts.map((c) => ({ value: c.id, label: name(c) }))} />
        </Field>
        <Field name="requestedStateId" label={t('app.legal.requestedState')}>
          <Select value={form.requestedStateId} onChange={(e) => setForm({ ...form, requestedStateId: e.target.value, treatyId: '' })} options={data.foreignStates.map((s) => ({ value: s.id, label: name(s) }))} />
        </Field>
        <Field name="treatyId" label={t('app.legal.treaty')} hint={t('app.legal.treatyHint')} optional>
          <Select value={form.treatyId} placeholder={t('app.legal.reciprocity')} onChange={set('treatyId')} options={treaties.map((tr) => ({ value: tr.id, label: name(tr) }))} />
        </Field>
        <Field name="requestedInstitution" label={t('app.legal.requestedInstitution')}>
          <TextInput value={form.requestedInstitution} onChange={set('requestedInstitution')} />
        </Field>
        <Field name="caseName" label={t('app.legal.caseName')}>
          <TextInput value={form.caseName} onChange={set('caseName')} />
        </Field>
        <Field name="caseNumber" label={t('app.legal.caseNumber')}>
          <TextInput value={form.caseNumber} onChange={set('caseNumber')} />
        </Field>
        <Field name="plaintiff" label={t('app.legal.plaintiff')}>
          <TextInput value={form.plaintiff} onChange={set('plaintiff')} />
        </Field>
        <Field name="defendant" label={t('app.legal.defendant')}>
          <TextInput value={form.defendant} onChange={set('defendant')} />
        </Field>
        <PersonFields person={person} onChange={setPerson} />
        <Field name="request" label={t('app.legal.request')}>
          <TextArea value={form.request} onChange={set('request')} />
        </Field>
        <Field name="serviceOfDocuments" label={t('app.legal.serviceOfDocuments')}>
          <Select value={form.serviceOfDocuments} placeholder={null} onChange={set('serviceOfDocuments')} options={[{ value: 'yes', label: t('app.legal.yes') }, { value: 'no', label: t('app.legal.no') }]} />
        </Field>
        {form.serviceOfDocuments === 'yes' && (
          <>
            <Field name="recipientAddress" label={t('app.legal.recipientAddress')}>
              <TextInput value={form.recipientAddress} onChange={set('recipientAddress')} />
            </Field>
            <Field name="documentToServe" label={t('app.legal.documentToServe')}>
              <TextInput value={form.documentToServe} onChange={set('documentToServe')} />
            </Field>
          </>
        )}
        <Field name="attachments" label={t('app.legal.attachments')} hint={t('app.legal.documentsHint')} optional>
          <TextArea value={form.attachments} onChange={set('attachments')} />
        </Field>
        <Field name="language" label={t('app.legal.orderLanguage')}>
          <Select value={form.language} placeholder={null} onChange={set('language')} options={[{ value: 'kk', label: t('app.legal.kazakh') }, { value: 'ru', label: t('app.legal.russian') }]} />
        </Field>
        <Field name="hearingOn" label={t('app.legal.hearingOn')} hint={t('app.legal.hearingHint')}>
          <TextInput type="date" value={form.hearingOn} onChange={set('hearingOn')} />
        </Field>
      </Form>
    </>
  );
}
