// LA4: the party in whose favour a foreign judgment was given petitions a Kazakh court to recognise it, within
// 3 years of its entry into force; later, with the good reason the period was missed (the API refuses a late
// petition without it, naming the last day).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, Field, Form, Loading, PageHeader, Select, TextArea, TextInput, localizedName, useEnumLabel, useIdempotencyKey, useLanguage, useNavigate, useTranslation, useUserErrors, useViewer, type RecognitionCategory } from '@oryndau/ui';
import { FileRecognitionPetitionMutation, RecognitionReferenceQuery } from '../features/recognition/operations.ts';

export function RecognitionPetitionNewPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [language] = useLanguage();
  const viewer = useViewer();
  const navigate = useNavigate();
  const key = useIdempotencyKey();
  const [ref] = useQuery({ query: RecognitionReferenceQuery });
  const [state, file] = useMutation(FileRecognitionPetitionMutation);
  const [f, setF] = useState({ courtId: '', stateId: '', treatyId: '', foreignCourt: '', foreignCaseNumber: '', judgmentDate: '', entryIntoForceOn: '', petitionerIdNumber: '', petitionerAddress: '', debtorName: '', debtorIdNumber: '', debtorAddress: '', category: 'PRIVATE_CLAIM', amountTenge: '', subject: '', restorationReason: '' });
  const localize = useUserErrors({
    courtId: t('app.recognition.court'), stateId: t('app.recognition.state'), foreignCourt: t('app.recognition.foreignCourt'), foreignCaseNumber: t('app.recognition.caseNumber'),
    judgmentDate: t('app.recognition.judgmentDate'), entryIntoForceOn: t('app.recognition.entryIntoForceOn'), 'petitioner.idNumber': t('app.recognition.petitionerIdNumber'),
    'debtor.name': t('app.recognition.debtorName'), 'debtor.idNumber': t('app.recognition.debtorIdNumber'), 'debtor.address': t('app.recognition.debtorAddress'),
    amountTenge: t('app.recognition.amount'), subject: t('app.recognition.subject'), restorationReason: t('app.recognition.restorationReason'),
  });
  if (ref.fetching && !ref.data) return <Loading />;
  if (ref.error && !ref.data) return <ErrorNotice error={ref.error} />;
  const data = ref.data!;
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = async () => {
    const r = await file({
      input: {
        courtId: f.courtId, stateId: f.stateId, treatyId: f.treatyId || null, foreignCourt: f.foreignCourt, foreignCaseNumber: f.foreignCaseNumber, judgmentDate: f.judgmentDate, entryIntoForceOn: f.entryIntoForceOn,
        petitioner: { name: viewer.displayName, idNumber: f.petitionerIdNumber, address: f.petitionerAddress || null }, debtor: { name: f.debtorName, idNumber: f.debtorIdNumber, address: f.debtorAddress },
        category: f.category as RecognitionCategory, amountTenge: f.amountTenge ? Number(f.amountTenge.replace(',', '.').replace(/\s/g, '')) : null, subject: f.subject,
        restorationReason: f.restorationReason.trim() ? f.restorationReason : null, idempotencyKey: key.key,
      },
    });
    const p = r.data?.fileRecognitionPetition.petition;
    if (p && !r.data?.fileRecognitionPetition.userErrors.length) navigate(`/recognition/${p.id}`);
  };
  return (
    <>
      <PageHeader title={t('app.recognition.file')} lead={t('app.recognition.fileLead')} />
      <Form className="pt-petition-form" aria-label={t('app.recognition.file')} onSubmit={submit} userErrors={localize(state.data?.fileRecognitionPetition.userErrors)} error={state.error} submitting={state.fetching} submitLabel={t('app.recognition.submit')}>
        <Field name="courtId" label={t('app.recognition.court')}>
          <Select value={f.courtId} onChange={set('courtId')} options={data.courts.map((c) => ({ value: c.id, label: localizedName(c, language) }))} />
        </Field>
        <Field name="stateId" label={t('app.recognition.state')}>
          <Select value={f.stateId} onChange={(e) => setF({ ...f, stateId: e.target.value, treatyId: '' })} options={data.foreignStates.map((s) => ({ value: s.id, label: localizedName(s, language) }))} />
        </Field>
        <Field name="treatyId" label={t('app.recognition.treaty')} optional>
          <Select value={f.treatyId} placeholder={t('app.recognition.noTreaty')} onChange={set('treatyId')} options={data.legalAssistanceTreaties.filter((tr) => tr.parties.some((p) => p.id === f.stateId)).map((tr) => ({ value: tr.id, label: localizedName({ nameKk: tr.titleKk, nameRu: tr.titleRu, nameEn: tr.titleEn }, language) }))} />
        </Field>
        <Field name="foreignCourt" label={t('app.recognition.foreignCourt')}><TextInput value={f.foreignCourt} onChange={set('foreignCourt')} /></Field>
        <Field name="foreignCaseNumber" label={t('app.recognition.caseNumber')}><TextInput value={f.foreignCaseNumber} onChange={set('foreignCaseNumber')} /></Field>
        <Field name="judgmentDate" label={t('app.recognition.judgmentDate')}><TextInput type="date" value={f.judgmentDate} onChange={set('judgmentDate')} /></Field>
        <Field name="entryIntoForceOn" label={t('app.recognition.entryIntoForceOn')} hint={t('app.recognition.entryHint')}><TextInput type="date" value={f.entryIntoForceOn} onChange={set('entryIntoForceOn')} /></Field>
        <Field name="petitioner.idNumber" label={t('app.recognition.petitionerIdNumber')} hint={t('app.recognition.petitionerHint')}><TextInput inputMode="numeric" value={f.petitionerIdNumber} onChange={set('petitionerIdNumber')} /></Field>
        <Field name="petitioner.address" label={t('app.recognition.petitionerAddress')} optional><TextInput value={f.petitionerAddress} onChange={set('petitionerAddress')} /></Field>
        <Field name="debtor.name" label={t('app.recognition.debtorName')}><TextInput value={f.debtorName} onChange={set('debtorName')} /></Field>
        <Field name="debtor.idNumber" label={t('app.recognition.debtorIdNumber')}><TextInput inputMode="numeric" value={f.debtorIdNumber} onChange={set('debtorIdNumber')} /></Field>
        <Field name="debtor.address" label={t('app.recognition.debtorAddress')}><TextInput value={f.debtorAddress} onChange={set('debtorAddress')} /></Field>
        <Field name="category" label={t('app.recognition.category')}>
          <Select value={f.category} placeholder={null} onChange={set('category')} options={(['PRIVATE_CLAIM', 'ALIMONY', 'NON_PROPERTY'] as const).map((c) => ({ value: c, label: label('recognitionCategory', c) }))} />
        </Field>
        {f.category !== 'NON_PROPERTY' && <Field name="amountTenge" label={t('app.recognition.amount')}><TextInput inputMode="decimal" value={f.amountTenge} onChange={set('amountTenge')} /></Field>}
        <Field name="subject" label={t('app.recognition.subject')}><TextArea value={f.subject} onChange={set('subject')} /></Field>
        <Field name="restorationReason" label={t('app.recognition.restorationReason')} hint={t('app.recognition.restorationHint')} optional><TextArea value={f.restorationReason} onChange={set('restorationReason')} /></Field>
      </Form>
    </>
  );
}
