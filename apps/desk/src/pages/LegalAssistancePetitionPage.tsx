// A petition to recognise a foreign judgment (LA4, G1, G2): the court decides it — for a late one, whether the
// missed period is restored — with its reasons; its stages and the executive document it became.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Field, Form, Loading, NotFoundPage, PageHeader, PETITION_STATUS_TONE, Select, StatusBadge, TextArea, TextInput, useEnumLabel, useFormat, useTranslation, useUserErrors, type RecognitionDecision } from '@oryndau/ui';
import { Deadlines, DeadlinesFragment, Stages, StagesFragment } from '../features/legal-assistance/Progress.tsx';
import { DecideRecognitionPetitionMutation } from '../features/legal-assistance/operations.ts';
import { useName } from '../features/legal-assistance/names.ts';

export const PetitionQuery = graphql(
  `
    query DeskRecognitionPetition($id: ID!) {
      node(id: $id) {
        __typename
        ... on RecognitionPetition {
          id number status foreignCourt foreignCaseNumber judgmentDate entryIntoForceOn filingDueOn filedOn late restorationReason periodRestored
          petitionerName debtorName debtorAddress amountTenge subject decisionNumber decisionReason category
          state { nameKk nameRu nameEn }
          treaty { titleKk titleRu titleEn }
          court { nameKk nameRu nameEn }
          executiveDocument { id status kind }
          deadlines { ...LegalDeadlines }
          stages { ...LegalStages }
          viewerCanDecide
        }
      }
    }
  `,
  [DeadlinesFragment, StagesFragment],
);

export function LegalAssistancePetitionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const name = useName();
  const [result, refetch] = useQuery({ query: PetitionQuery, variables: { id } });
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const p = result.data?.node;
  if (!p || p.__typename !== 'RecognitionPetition') return <NotFoundPage />;
  return (
    <>
      <PageHeader title={t('app.legal.petitionTitle', { number: p.number })} lead={`${name(p.state)} · ${p.foreignCourt}`} />
      <section className="or-card" aria-labelledby="petition-facts">
        <h2 className="or-card__title" id="petition-facts">{t('app.legal.facts')}</h2>
        <dl className="or-summary-list">
          <div data-fact="status"><dt>{t('app.legal.status')}</dt><dd><StatusBadge tone={PETITION_STATUS_TONE[p.status]}>{label('petitionStatus', p.status)}</StatusBadge></dd></div>
          <div><dt>{t('app.legal.treaty')}</dt><dd>{p.treaty ? name(p.treaty) : t('app.legal.reciprocity')}</dd></div>
          <div><dt>{t('app.legal.caseNumber')}</dt><dd>{p.foreignCaseNumber}</dd></div>
          <div><dt>{t('app.legal.judgmentDate')}</dt><dd>{format.date(p.judgmentDate)}</dd></div>
          <div><dt>{t('app.legal.entryIntoForceOn')}</dt><dd>{format.date(p.entryIntoForceOn)}</dd></div>
          <div><dt>{t('app.legal.filingDueOn')}</dt><dd>{format.date(p.filingDueOn)}</dd></div>
          <div data-fact="filedOn"><dt>{t('app.legal.filedOn')}</dt><dd>{format.date(p.filedOn)}{p.late ? ` — ${t('app.legal.lateFiling')}` : ''}</dd></div>
          {p.restorationReason && <div><dt>{t('app.legal.restorationReason')}</dt><dd>{p.restorationReason}</dd></div>}
          <div><dt>{t('app.legal.petitioner')}</dt><dd>{p.petitionerName}</dd></div>
          <div><dt>{t('app.legal.debtor')}</dt><dd>{p.debtorName}, {p.debtorAddress}</dd></div>
          <div><dt>{t('app.legal.subject')}</dt><dd>{p.subject}{p.amountTenge != null ? ` (${format.money(p.amountTenge)})` : ''}</dd></div>
          {p.decisionNumber && <div><dt>{t('app.legal.decision')}</dt><dd>{p.decisionNumber}: {p.decisionReason}</dd></div>}
          {p.executiveDocument && <div><dt>{t('app.legal.inEnforcement')}</dt><dd>{label('executiveDocumentKind', p.executiveDocument.kind)} · {label('documentStatus', p.executiveDocument.status)}</dd></div>}
        </dl>
      </section>
      {p.viewerCanDecide && <Decide petitionId={p.id} late={p.late} onDone={() => refetch({ requestPolicy: 'network-only' })} />}
      <section className="or-card" aria-labelledby="petition-deadlines">
        <h2 className="or-card__title" id="petition-deadlines">{t('app.legal.deadlines')}</h2>
        <Deadlines deadlines={p.deadlines} />
      </section>
      <section className="or-card" aria-labelledby="petition-stages">
        <h2 className="or-card__title" id="petition-stages">{t('app.legal.stages')}</h2>
        <Stages stages={p.stages} />
      </section>
    </>
  );
}

function Decide({ petitionId, late, onDone }: { petitionId: string; late: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [state, decide] = useMutation(DecideRecognitionPetitionMutation);
  const [decision, setDecision] = useState<RecognitionDecision>('RECOGNISED');
  const [restore, setRestore] = useState('');
  const [decisionNumber, setNumber] = useState('');
  const [reason, setReason] = useState('');
  const localize = useUserErrors({ decisionNumber: t('app.legal.decisionNumber'), reason: t('app.legal.reason'), restorePeriod: t('app.legal.restorePeriod') });
  const submit = async () => {
    const r = await decide({ input: { petitionId, decision, restorePeriod: late ? (restore === '' ? null : restore === 'yes') : null, decisionNumber, reason } });
    if (r.data?.decideRecognitionPetition.petition && !r.data.decideRecognitionPetition.userErrors.length) onDone();
  };
  return (
    <section className="or-card" aria-labelledby="decide-petition">
      <h2 className="or-card__title" id="decide-petition">{t('app.legal.decide')}</h2>
      <Form aria-labelledby="decide-petition" onSubmit={submit} userErrors={localize(state.data?.decideRecognitionPetition.userErrors)} error={state.error} submitting={state.fetching} submitLabel={t('app.legal.decideSubmit')}>
        <Field name="decision" label={t('app.legal.decision')}>
          <Select value={decision} placeholder={null} onChange={(e) => setDecision(e.target.value as RecognitionDecision)} options={(['RECOGNISED', 'REFUSED', 'RETURNED'] as const).map((d) => ({ value: d, label: label('recognitionDecision', d) }))} />
        </Field>
        {late && (
          <Field name="restorePeriod" label={t('app.legal.restorePeriod')}>
            <Select value={restore} onChange={(e) => setRestore(e.target.value)} options={[{ value: 'yes', label: t('app.legal.yes') }, { value: 'no', label: t('app.legal.no') }]} />
          </Field>
        )}
        <Field name="decisionNumber" label={t('app.legal.decisionNumber')}>
          <TextInput value={decisionNumber} onChange={(e) => setNumber(e.target.value)} />
        </Field>
        <Field name="reason" label={t('app.legal.reason')}>
          <TextArea value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      </Form>
    </section>
  );
}
