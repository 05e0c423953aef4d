// One candidate of a session, with what the viewer may do now (the API's viewerCan* fields): the completeness
// check (A4), the test result from the testing centre (A7), a suspension (A6), a no-show (A9), the interview
// (A7), the vote (A8: no abstention, a dissenting opinion kept), the chair's decision (A8), a refusal of admission
// on one of A5's grounds with its reasons (the preliminary decision, A11) and the hearing (A11).
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { ATTESTATION_REFUSAL_GROUNDS } from '@oryndau/domain';
import { ApplicationStatusBadge, MutationErrors, TextArea, TextInput, useEnumLabel, useTranslation } from '@oryndau/ui';

export const CandidateCardFragment = graphql(`
  fragment CandidateCard_application on ServiceApplication {
    id
    number
    kind
    status
    form
    attestation {
      testResult { correct questions passed suspended language }
      interview { questions }
      votes { memberName vote isChair dissentingOpinion isDissent isViewer }
      decision { result pass fail decidedByChair }
      viewerCanCheckCompleteness viewerCanRecordTest viewerCanSuspend viewerCanRecordNoShow viewerCanInterview viewerCanVote viewerCanDecide viewerCanHoldHearing
    }
  }
`);

const Check = graphql(`mutation DeskCheckCompleteness($input: CheckAttestationCompletenessInput!) { checkAttestationCompleteness(input: $input) { userErrors { code field message key rule params } application { id status } } }`);
const Result = graphql(`mutation DeskRecordTestResult($input: RecordTestResultInput!) { recordTestResult(input: $input) { userErrors { code field message key rule params } application { id status } } }`);
const Suspend = graphql(`mutation DeskSuspendCandidate($input: SuspendAttestationCandidateInput!) { suspendAttestationCandidate(input: $input) { userErrors { code field message key rule params } application { id status } } }`);
const NoShow = graphql(`mutation DeskRecordNoShow($input: RecordAttestationNoShowInput!) { recordAttestationNoShow(input: $input) { userErrors { code field message key rule params } application { id status } } }`);
const Interview = graphql(`mutation DeskRecordInterview($input: RecordInterviewInput!) { recordInterview(input: $input) { userErrors { code field message key rule params } application { id status } } }`);
const Vote = graphql(`mutation DeskCastVote($input: CastCommissionVoteInput!) { castCommissionVote(input: $input) { userErrors { code field message key rule params } application { id status } } }`);
const Decide = graphql(`mutation DeskDecideAttestation($input: DecideAttestationInput!) { decideAttestation(input: $input) { userErrors { code field message key rule params } application { id status } } }`);
// handover (A5, A11): a refusal of admission on one of A5's grounds, as the general preliminary decision
const RefuseAdmission = graphql(`mutation DeskRefuseAdmission($input: SendPreliminaryDecisionInput!) { sendPreliminaryDecision(input: $input) { userErrors { code field message key rule params } application { id status } } }`);
const Hearing = graphql(`mutation DeskHoldHearing($input: HoldAttestationHearingInput!) { holdAttestationHearing(input: $input) { userErrors { code field message key rule params } application { id status } } }`);

/** The candidate's name as the identity register gave it (A3), from the form the desk may read. */
function candidateName(form: unknown): string {
  const id = (form as { stateRecords?: { identity?: { lastName: string; firstName: string; patronymic: string | null } } } | null)?.stateRecords?.identity;
  return id ? [id.lastName, id.firstName, id.patronymic].filter(Boolean).join(' ') : '—';
}

type Errors = readonly { code: string; field: readonly string[] | null; message: string; key: string; rule: string | null; params: unknown }[] | undefined;

export function CandidateCard({ application, onChanged }: { application: FragmentOf<typeof CandidateCardFragment>; onChanged: () => void }) {
  const a = readFragment(CandidateCardFragment, application);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [errors, setErrors] = useState<Errors>(undefined);
  const [reason, setReason] = useState('');
  const [score, setScore] = useState('');
  const [questions, setQuestions] = useState('');
  const [dissent, setDissent] = useState('');
  const [, check] = useMutation(Check);
  const [, result] = useMutation(Result);
  const [, suspend] = useMutation(Suspend);
  const [, noShow] = useMutation(NoShow);
  const [, interview] = useMutation(Interview);
  const [, vote] = useMutation(Vote);
  const [, decide] = useMutation(Decide);
  const [, hearing] = useMutation(Hearing);
  const [, refuseAdmission] = useMutation(RefuseAdmission);
  const [admissionReason, setAdmissionReason] = useState('');
  const run = async (p: Promise<{ data?: Record<string, { userErrors: NonNullable<Errors> } | undefined> | null }>) => {
    const r = await p;
    const payload = r.data ? Object.values(r.data)[0] : undefined;
    setErrors(payload?.userErrors);
    if (payload && payload.userErrors.length === 0) onChanged();
  };
  const c = a.attestation;
  if (!c) return null;
  const id = a.id;
  const now = new Date();
  const ninetyAgo = new Date(now.getTime() - 85 * 60_000);
  const heading = `candidate-${a.number}`;
  return (
    <article className="or-card" aria-labelledby={heading} data-number={a.number}>
      <h3 className="or-card__title" id={heading}>{a.number} · {candidateName(a.form)} <ApplicationStatusBadge status={a.status} /></h3>
      <p>{label('serviceKind', a.kind)}</p>
      {c.testResult && <p>{t('app.attestation.test')}: {c.testResult.correct}/{c.testResult.questions} ({label('testLanguage', c.testResult.language)}) — {c.testResult.suspended ? t('app.attestation.suspended') : c.testResult.passed ? t('app.attestation.passed') : t('app.attestation.notPassed')}</p>}
      {c.interview && <p>{t('app.attestation.interview')}: {c.interview.questions.join('; ')}</p>}
      {c.votes.length > 0 && (
        <ul data-testid={`votes-${a.number}`}>
          {c.votes.map((v) => (
            <li key={v.memberName}>{v.memberName}{v.isChair ? ` (${t('app.attestation.chair')})` : ''}: {label('commissionVoteValue', v.vote)}{v.dissentingOpinion ? ` — ${t('app.attestation.dissent')}: ${v.dissentingOpinion}` : ''}</li>
          ))}
        </ul>
      )}
      {c.decision && <p data-testid={`decision-${a.number}`}><strong>{t('app.attestation.decision')}: {label('commissionVoteValue', c.decision.result)}</strong> ({c.decision.pass}:{c.decision.fail}{c.decision.decidedByChair ? `, ${t('app.attestation.byChair')}` : ''})</p>}
      <MutationErrors errors={errors} />
      <div className="or-form__actions">
        {c.viewerCanCheckCompleteness && (
          <>
            <button type="button" className="or-button" onClick={() => void run(check({ input: { applicationId: id, complete: true } }))}>{t('app.attestation.complete')}</button>
            <label className="or-visually-hidden" htmlFor={`reason-${id}`}>{t('app.attestation.reason')}</label>
            <TextInput id={`reason-${id}`} placeholder={t('app.attestation.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="button" className="or-button or-button--secondary" onClick={() => void run(check({ input: { applicationId: id, complete: false, reason } }))}>{t('app.attestation.incomplete')}</button>
          </>
        )}
        {c.viewerCanRecordTest && (
          <>
            <label htmlFor={`score-${id}`}>{t('app.attestation.correct')}</label>
            <TextInput id={`score-${id}`} inputMode="numeric" value={score} onChange={(e) => setScore(e.target.value)} className="pt-input-short" />
            <button type="button" className="or-button" onClick={() => void run(result({ input: { applicationId: id, language: 'RU', correct: Number(score), startedAt: ninetyAgo.toISOString(), finishedAt: now.toISOString() } }))}>{t('app.attestation.recordTest')}</button>
          </>
        )}
        {c.viewerCanRecordNoShow && <button type="button" className="or-button or-button--secondary" onClick={() => void run(noShow({ input: { applicationId: id } }))}>{t('app.attestation.noShow')}</button>}
        {c.viewerCanSuspend && (
          <>
            <label className="or-visually-hidden" htmlFor={`aid-${id}`}>{t('app.attestation.aid')}</label>
            <TextInput id={`aid-${id}`} placeholder={t('app.attestation.aid')} value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="button" className="or-button or-button--secondary" onClick={() => void run(suspend({ input: { applicationId: id, note: reason } }))}>{t('app.attestation.suspend')}</button>
          </>
        )}
      </div>
      {c.viewerCanInterview && (
        <div className="or-field">
          <label htmlFor={`q-${id}`}>{t('app.attestation.interviewQuestions')}</label>
          <TextArea id={`q-${id}`} value={questions} onChange={(e) => setQuestions(e.target.value)} />
          <button type="button" className="or-button" onClick={() => void run(interview({ input: { applicationId: id, questions: questions.split('\n').map((x) => x.trim()).filter(Boolean) } }))}>{t('app.attestation.recordInterview')}</button>
        </div>
      )}
      {c.viewerCanVote && (
        <fieldset className="or-field" aria-label={t('app.attestation.vote')}>
          <legend>{t('app.attestation.vote')}</legend>
          <label htmlFor={`dissent-${id}`}>{t('app.attestation.dissentOptional')}</label>
          <TextArea id={`dissent-${id}`} value={dissent} onChange={(e) => setDissent(e.target.value)} rows={2} />
          <div className="or-form__actions">
            <button type="button" className="or-button" onClick={() => void run(vote({ input: { applicationId: id, vote: 'PASS', dissentingOpinion: dissent || null } }))}>{t('app.attestation.votePass')}</button>
            <button type="button" className="or-button or-button--secondary" onClick={() => void run(vote({ input: { applicationId: id, vote: 'FAIL', dissentingOpinion: dissent || null } }))}>{t('app.attestation.voteFail')}</button>
          </div>
        </fieldset>
      )}
      {c.viewerCanDecide && <button type="button" className="or-button" onClick={() => void run(decide({ input: { applicationId: id } }))}>{t('app.attestation.decide')}</button>}
      {a.status === 'IN_REVIEW' && !c.decision && (
        <fieldset className="or-field" data-testid={`admission-${a.number}`}>
          <legend>{t('admission.title')}</legend>
          <p className="or-hint">{t('admission.lead')}</p>
          <label htmlFor={`a5-${id}`}>{t('admission.reasons')}</label>
          <TextArea id={`a5-${id}`} value={admissionReason} onChange={(e) => setAdmissionReason(e.target.value)} rows={2} required />
          <div className="or-form__actions">
            {ATTESTATION_REFUSAL_GROUNDS.map((g) => (
              <button key={g.code} type="button" className="or-button or-button--secondary" data-ground={g.code} onClick={() => void run(refuseAdmission({ input: { applicationId: id, grounds: [g.code], reason: admissionReason } }))}>
                {t(`admission.ground.${g.code}`)}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {c.viewerCanHoldHearing && (
        <div className="or-field">
          <label htmlFor={`h-${id}`}>{t('app.attestation.hearingOutcome')}</label>
          <TextArea id={`h-${id}`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
          <div className="or-form__actions">
            <button type="button" className="or-button" onClick={() => void run(hearing({ input: { applicationId: id, outcome: reason, refusalStands: true } }))}>{t('app.attestation.refusalStands')}</button>
            <button type="button" className="or-button or-button--secondary" onClick={() => void run(hearing({ input: { applicationId: id, outcome: reason, refusalStands: false } }))}>{t('app.attestation.refusalWithdrawn')}</button>
          </div>
        </div>
      )}
    </article>
  );
}
