// LA4, G2: the applicant's petition — its deadline, stages and the court's decision; once recognised, the
// judgment is presented for enforcement in a district of the debtor (the ordinary intake: the Chamber then
// receives the original and assigns a private bailiff, CH1–CH3).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { Field, Form, Link, localizedName, NodePageFallback, PageHeader, PETITION_STATUS_TONE, Select, StatusBadge, useEnumLabel, useFormat, useIdempotencyKey, useLanguage, useTranslation, useUserErrors } from '@oryndau/ui';
import { EnforceRecognisedJudgmentMutation, RecognitionReferenceQuery } from '../features/recognition/operations.ts';
import { PetitionStages, PetitionStagesFragment } from '../features/recognition/PetitionStages.tsx';

export const PetitionQuery = graphql(
  `
    query PortalRecognitionPetition($id: ID!) {
      node(id: $id) {
        __typename
        ... on RecognitionPetition {
          id number status foreignCourt foreignCaseNumber entryIntoForceOn filingDueOn filedOn late periodRestored decisionNumber decisionReason subject
          court { nameKk nameRu nameEn }
          executiveDocument { id status kind application { id number } currentAssignment { bailiff { name } } }
          stages { ...PortalPetitionStage }
          viewerCanEnforce
        }
      }
    }
  `,
  [PetitionStagesFragment],
);

export function RecognitionPetitionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [language] = useLanguage();
  const [result, refetch] = useQuery({ query: PetitionQuery, variables: { id } });
  const p = result.data?.node;
  if (!p || p.__typename !== 'RecognitionPetition') return <NodePageFallback result={result} refetch={refetch} />;
  const doc = p.executiveDocument;
  return (
    <>
      <PageHeader title={t('app.recognition.petitionTitle', { number: p.number })} lead={`${p.foreignCourt} → ${localizedName(p.court, language)}`} />
      <section className="or-card" aria-labelledby="petition-facts">
        <h2 className="or-card__title" id="petition-facts">{t('app.recognition.facts')}</h2>
        <dl className="or-summary-list">
          <div data-fact="status"><dt>{t('app.recognition.status')}</dt><dd><StatusBadge tone={PETITION_STATUS_TONE[p.status]}>{label('petitionStatus', p.status)}</StatusBadge></dd></div>
          <div><dt>{t('app.recognition.caseNumber')}</dt><dd>{p.foreignCaseNumber}</dd></div>
          <div><dt>{t('app.recognition.entryIntoForceOn')}</dt><dd>{format.date(p.entryIntoForceOn)}</dd></div>
          <div><dt>{t('app.recognition.filingDueOn')}</dt><dd>{format.date(p.filingDueOn)}</dd></div>
          <div><dt>{t('app.recognition.filedOn')}</dt><dd>{format.date(p.filedOn)}{p.late ? ` — ${t('app.recognition.late')}` : ''}</dd></div>
          <div><dt>{t('app.recognition.subject')}</dt><dd>{p.subject}</dd></div>
          {p.decisionNumber && <div><dt>{t('app.recognition.decision')}</dt><dd>{p.decisionNumber}: {p.decisionReason}</dd></div>}
          {doc && (
            <div data-fact="enforcement">
              <dt>{t('app.recognition.enforcement')}</dt>
              <dd>
                {label('documentStatus', doc.status)}
                {doc.currentAssignment ? ` · ${t('app.recognition.bailiff', { name: doc.currentAssignment.bailiff.name })}` : ''}
                {doc.application ? <> · <Link to={`/applications/${doc.application.id}`}>{doc.application.number}</Link></> : null}
              </dd>
            </div>
          )}
        </dl>
      </section>
      {p.viewerCanEnforce && <Enforce petitionId={p.id} onDone={() => refetch({ requestPolicy: 'network-only' })} />}
      <section className="or-card" aria-labelledby="petition-stages">
        <h2 className="or-card__title" id="petition-stages">{t('app.recognition.stages')}</h2>
        <PetitionStages stages={p.stages} />
      </section>
    </>
  );
}

function Enforce({ petitionId, onDone }: { petitionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const key = useIdempotencyKey();
  const [ref] = useQuery({ query: RecognitionReferenceQuery });
  const [state, enforce] = useMutation(EnforceRecognisedJudgmentMutation);
  const [districtId, setDistrict] = useState('');
  const localize = useUserErrors({ districtId: t('app.recognition.district') });
  const options = (ref.data?.regions ?? []).flatMap((r) => r.districts.map((d) => ({ value: d.id, label: `${localizedName(r, language)} · ${localizedName(d, language)}` })));
  const submit = async () => {
    const r = await enforce({ input: { petitionId, districtId, idempotencyKey: key.key } });
    if (r.data?.enforceRecognisedJudgment.petition && !r.data.enforceRecognisedJudgment.userErrors.length) onDone();
  };
  return (
    <section className="or-card" aria-labelledby="enforce">
      <h2 className="or-card__title" id="enforce">{t('app.recognition.enforce')}</h2>
      <p>{t('app.recognition.enforceLead')}</p>
      <Form className="pt-enforce-form" aria-labelledby="enforce" onSubmit={submit} userErrors={localize(state.data?.enforceRecognisedJudgment.userErrors)} error={state.error} submitting={state.fetching} submitLabel={t('app.recognition.enforceSubmit')}>
        <Field name="districtId" label={t('app.recognition.district')}>
          <Select value={districtId} onChange={(e) => setDistrict(e.target.value)} options={options} />
        </Field>
      </Form>
    </section>
  );
}
