// The attestation side of an application (A1–A13) on its page: the session, what the state systems gave (A3),
// every deadline with its due date (T5, T6), the test and its result sheet (A7), the Commission's decision
// (A8), the hearing (A11), the documents issued (A4, A10, A11) and the licence part of a one application (A13).
// It reads its own query (one operation beside the application page's, each within the request limits).
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
// handover: the licence part opens on the licence application's page (fee, state systems, licence PDF; A13, L6)
import { licenceApplicationPath } from '../../paths.ts';
import { ApplicationStatusBadge, DeadlineBadge, ErrorNotice, Link, Loading, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';

export const AttestationCaseQuery = graphql(`
  query PortalAttestationCase($id: ID!) {
    node(id: $id) {
    id
    ... on ServiceApplication {
    form
    attestation {
      session { id heldAt place region { nameKk nameRu nameEn } }
      deadlines { kind rule dueOn doneOn met overdue }
      testResult { correct questions passMark passed suspended suspensionNote language takenInApp copies finishedAt }
      testSitting { finishedAt secondsLeft }
      decision { result pass fail decidedByChair }
      hearings { preliminaryDecision noticeSentAt latestOn heldOn outcome }
      documents { id kind number signedAt title paragraphs }
      licenceApplication { id number status }
      viewerCanStartTest
    }
    }
    }
  }
`);

type StateRecords = { identity?: { iin: string; lastName: string; firstName: string; patronymic: string | null; source: string }; registers?: { mentalHealth: string; narcology: string; source: string } };

export function AttestationCard({ id }: { id: string }) {
  const [result, refetch] = useQuery({ query: AttestationCaseQuery, variables: { id } });
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const node = result.data?.node;
  const data = node && 'attestation' in node ? node : null;
  if (!data) return result.error ? <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : result.data ? null : <Loading />;
  const a = data.attestation;
  if (!a) return null;
  const state = ((data.form ?? {}) as { stateRecords?: StateRecords }).stateRecords;
  const region = a.session.region;
  return (
    <>
      <section className="or-card" aria-labelledby="attestation-session">
        <h2 className="or-card__title" id="attestation-session">{t('app.attestation.sessionTitle')}</h2>
        <dl className="or-summary-list">
          <div><dt>{t('app.attestation.when')}</dt><dd><time dateTime={a.session.heldAt}>{format.dateTime(a.session.heldAt)}</time></dd></div>
          <div><dt>{t('app.attestation.place')}</dt><dd>{a.session.place}</dd></div>
          <div><dt>{t('app.attestation.region')}</dt><dd>{format.name(region)}</dd></div>
        </dl>
        {a.viewerCanStartTest && (
          <p><Link className="or-button" to={`/attestation/test/${encodeURIComponent(data.id)}`}>{a.testSitting ? t('app.attestation.continueTest') : t('app.attestation.takeTest')}</Link></p>
        )}
      </section>

      {state?.identity && (
        <section className="or-card" aria-labelledby="attestation-state">
          <h2 className="or-card__title" id="attestation-state">{t('app.attestation.stateTitle')}</h2>
          <p className="pt-explain">{t('app.attestation.stateLead')}</p>
          <dl className="or-summary-list">
            <div><dt>{t('app.attestation.identity')}</dt><dd>{[state.identity.lastName, state.identity.firstName, state.identity.patronymic].filter(Boolean).join(' ')}, {state.identity.iin} <span className="or-muted">({t('app.attestation.source')}: {t(`app.attestation.sources.${state.identity.source}`, { defaultValue: state.identity.source })})</span></dd></div>
            {state.registers && (
              <div><dt>{t('app.attestation.registers')}</dt><dd>{t(`app.attestation.register.${state.registers.mentalHealth}`, { defaultValue: state.registers.mentalHealth })} <span className="or-muted">({t('app.attestation.source')}: {t(`app.attestation.sources.${state.registers.source}`, { defaultValue: state.registers.source })})</span></dd></div>
            )}
          </dl>
        </section>
      )}

      <section className="or-card" aria-labelledby="attestation-deadlines">
        <h2 className="or-card__title" id="attestation-deadlines">{t('app.attestation.deadlinesTitle')}</h2>
        <table className="or-table" data-testid="attestation-deadlines">
          <thead><tr><th scope="col">{t('app.attestation.deadline')}</th><th scope="col">{t('app.attestation.rule')}</th><th scope="col">{t('app.attestation.dueOn')}</th><th scope="col">{t('app.attestation.doneOn')}</th></tr></thead>
          <tbody>
            {a.deadlines.map((d) => (
              <tr key={d.kind} data-kind={d.kind}>
                <th scope="row">{label('attestationDeadlineKind', d.kind)}</th>
                <td>{d.rule}</td>
                <td><DeadlineBadge due={d.dueOn} overdue={d.overdue} done={!!d.doneOn} /></td>
                <td>{d.doneOn ? <time dateTime={d.doneOn}>{format.date(d.doneOn)}</time> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {a.testResult && (
        <section className="or-card" aria-labelledby="attestation-test">
          <h2 className="or-card__title" id="attestation-test">{t('app.attestation.testTitle')}</h2>
          <p data-testid="attestation-score">{t('app.attestation.score', { correct: a.testResult.correct, questions: a.testResult.questions, passMark: a.testResult.passMark })} — <strong>{a.testResult.passed ? t('app.attestation.testPassed') : t('app.attestation.testFailed')}</strong></p>
          {a.testResult.suspended && <p>{t('app.attestation.suspended')}: {a.testResult.suspensionNote}</p>}
        </section>
      )}

      {a.decision && (
        <section className="or-card" aria-labelledby="attestation-decision">
          <h2 className="or-card__title" id="attestation-decision">{t('app.attestation.decisionTitle')}</h2>
          <p>{label('commissionVoteValue', a.decision.result)}: {t('app.attestation.votes', { pass: a.decision.pass, fail: a.decision.fail })}{a.decision.decidedByChair ? ` — ${t('app.attestation.byChair')}` : ''}</p>
        </section>
      )}

      {a.hearings.map((h) => (
        <section key={h.noticeSentAt} className="or-card" aria-labelledby={`hearing-${h.noticeSentAt}`}>
          <h2 className="or-card__title" id={`hearing-${h.noticeSentAt}`}>{t('app.attestation.hearingTitle')}</h2>
          <p>{h.preliminaryDecision}</p>
          <p>{t('app.attestation.hearingBy', { date: format.date(h.latestOn) })}</p>
          {h.outcome && <p>{h.outcome}</p>}
        </section>
      ))}

      <section className="or-card" aria-labelledby="attestation-documents">
        <h2 className="or-card__title" id="attestation-documents">{t('app.attestation.documentsTitle')}</h2>
        {a.documents.length === 0 ? (
          <p className="or-muted">{t('app.attestation.noDocuments')}</p>
        ) : (
          <ul>
            {a.documents.map((d) => (
              <li key={d.id} data-kind={d.kind}>
                <strong>{label('signedDocumentKind', d.kind)}</strong> № {d.number}, <time dateTime={d.signedAt}>{format.dateTime(d.signedAt)}</time>
                {d.paragraphs.map((text, i) => <p key={i} className="pt-explain">{text}</p>)}
              </li>
            ))}
          </ul>
        )}
        {a.licenceApplication && (
          <p>
            {t('app.attestation.licencePart')} <Link to={licenceApplicationPath(a.licenceApplication.id)}>{a.licenceApplication.number}</Link>{' '}
            <ApplicationStatusBadge status={a.licenceApplication.status} />
          </p>
        )}
      </section>
    </>
  );
}
