// A7: the test taken in the portal, on the day of the attestation: the candidate chooses Kazakh or Russian, the
// server draws 100 questions and counts the 90 minutes; answers are saved as the candidate goes, the test is
// scored when finished (or when the time is up), and the result sheet prints in two copies for signing.
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { Link, MutationErrors, NodePageFallback, PageHeader, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { applicationPath } from '../paths.ts';

const TestQuery = graphql(`
  query PortalAttestationTest($id: ID!) {
    node(id: $id) {
      id
      ... on ServiceApplication {
        number
        attestation {
          viewerCanStartTest
          testSitting { language startedAt endsAt finishedAt secondsLeft answeredCount correct questions { id position text options chosen correctOption } }
          testResult { correct questions passMark passed language startedAt finishedAt copies }
        }
      }
    }
  }
`);

const StartMutation = graphql(`
  mutation PortalStartAttestationTest($input: StartAttestationTestInput!) {
    startAttestationTest(input: $input) { userErrors { code field message key rule params } application { id } }
  }
`);

const SubmitMutation = graphql(`
  mutation PortalSubmitAttestationTest($input: SubmitAttestationTestInput!) {
    submitAttestationTest(input: $input) { userErrors { code field message key rule params } application { id } }
  }
`);

export function AttestationTestPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [result, refetch] = useQuery({ query: TestQuery, variables: { id }, requestPolicy: 'network-only' });
  const [started, start] = useMutation(StartMutation);
  const [saved, save] = useMutation(SubmitMutation);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const node = result.data?.node;
  const app = node && 'attestation' in node ? node : null;
  const sitting = app?.attestation?.testSitting ?? null;
  const loadedAt = useMemo(() => Date.now(), [result.data]);
  if (!app) return <NodePageFallback result={result} />;
  const a = app.attestation!;
  const left = sitting && !sitting.finishedAt ? Math.max(0, sitting.secondsLeft - Math.floor((now - loadedAt) / 1000)) : 0;
  const chosen = (q: { id: string; chosen: number }) => answers[q.id] ?? q.chosen;
  const send = async (finish: boolean) => {
    const list = Object.entries(answers).map(([questionId, option]) => ({ questionId, option }));
    const r = await save({ input: { applicationId: id, answers: list, finish } });
    if (r.data?.submitAttestationTest.userErrors.length === 0) {
      setAnswers({});
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <>
      <PageHeader title={t('app.attestation.testPageTitle', { number: app.number })} lead={t('app.attestation.testLead')} actions={<Link to={applicationPath(id)} className="or-button or-button--secondary pt-no-print">{t('app.application.back')}</Link>} />
      {!sitting && a.viewerCanStartTest && (
        <section className="or-card" aria-labelledby="test-start">
          <h2 className="or-card__title" id="test-start">{t('app.attestation.chooseLanguage')}</h2>
          <MutationErrors errors={started.data?.startAttestationTest.userErrors} />
          {(['KK', 'RU'] as const).map((language) => (
            <button key={language} type="button" className="or-button" disabled={started.fetching} onClick={async () => { await start({ input: { applicationId: id, language } }); refetch({ requestPolicy: 'network-only' }); }}>
              {label('testLanguage', language)}
            </button>
          ))}
        </section>
      )}
      {!sitting && !a.viewerCanStartTest && !a.testResult && <p>{t('app.attestation.testClosed')}</p>}
      {sitting && !sitting.finishedAt && (
        <form className="or-form" aria-label={t('app.attestation.testTitle')} onSubmit={(e) => { e.preventDefault(); void send(true); }}>
          <p role="timer" aria-live="off" data-testid="test-timer"><strong>{t('app.attestation.timeLeft', { minutes: Math.floor(left / 60), seconds: String(left % 60).padStart(2, '0') })}</strong> · {t('app.attestation.answered', { count: sitting.answeredCount + Object.keys(answers).length, total: sitting.questions.length })}</p>
          <MutationErrors errors={saved.data?.submitAttestationTest.userErrors} />
          <ol className="pt-test">
            {sitting.questions.map((q) => (
              <li key={q.id}>
                <fieldset className="pt-radios or-field">
                  <legend>{q.position}. {q.text}</legend>
                  {q.options.map((o, i) => (
                    <label key={i} className="pt-choice">
                      <input type="radio" name={`q-${q.id}`} checked={chosen(q) === i} onChange={() => setAnswers((x) => ({ ...x, [q.id]: i }))} /> {o}
                    </label>
                  ))}
                </fieldset>
              </li>
            ))}
          </ol>
          <div className="or-form__actions">
            <button type="button" className="or-button or-button--secondary" disabled={saved.fetching} onClick={() => void send(false)}>{t('app.attestation.save')}</button>
            <button type="submit" className="or-button" disabled={saved.fetching}>{t('app.attestation.finish')}</button>
          </div>
        </form>
      )}
      {a.testResult && (
        <section className="or-card" aria-labelledby="result-sheet">
          <h2 className="or-card__title" id="result-sheet">{t('app.attestation.sheetTitle')}</h2>
          {Array.from({ length: a.testResult.copies }, (_, copy) => (
            <div key={copy} className="pt-sheet" data-copy={copy + 1}>
              <p><strong>{t('app.attestation.copy', { n: copy + 1, of: a.testResult!.copies })}</strong> · {app.number} · {label('testLanguage', a.testResult!.language)}</p>
              <p>{t('app.attestation.score', { correct: a.testResult!.correct, questions: a.testResult!.questions, passMark: a.testResult!.passMark })} — <strong>{a.testResult!.passed ? t('app.attestation.testPassed') : t('app.attestation.testFailed')}</strong></p>
              <p>{format.dateTime(a.testResult!.startedAt)} — {format.dateTime(a.testResult!.finishedAt)}</p>
              <p>{t('app.attestation.signature')}: ____________________</p>
            </div>
          ))}
          <p className="pt-no-print"><button type="button" className="or-button" onClick={() => window.print()}>{t('app.attestation.print')}</button></p>
        </section>
      )}
    </>
  );
}
