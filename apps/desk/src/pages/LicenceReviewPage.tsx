// Licence area (issue 9): one licence application at the desk — what the state systems answered (L2), the grounds
// they support (L4), and the officer's actions in the order of the law: the completeness check (L3), then the issue
// (L7, L9) or the refusal through the hearing (A11: preliminary decision and notice, hearing, final decision).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ApplicationStatusBadge, ErrorNotice, Field, Form, Loading, MutationErrors, PageHeader, TextArea, TextInput, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { LICENCE_REFUSAL_GROUNDS } from '@oryndau/domain';

export const LicenceReviewQuery = graphql(`
  query DeskLicenceReview($id: ID!) {
    node(id: $id) {
      id
      ... on ServiceApplication {
        number
        kind
        status
        form
        suggestedRefusalGrounds
        feePaid
        viewerCanCheckCompleteness
        viewerCanIssueLicence
        viewerCanSendPreliminaryDecision
        deadlines {
          kind
          dueOn
          metAt
        }
        stateQueries {
          system
          status
          negative
          found
          answer
        }
        hearings {
          id
          heldOn
          latestOn
          decidedAt
          grounds
        }
        documents {
          id
          kind
          number
          title
        }
        applicant {
          displayName
        }
      }
    }
  }
`);

const CheckMutation = graphql(`mutation DeskCheckCompleteness($input: CheckLicenceCompletenessInput!) { checkLicenceCompleteness(input: $input) { userErrors { code field message key rule params } application { id status } } }`);
const IssueMutation = graphql(`mutation DeskIssueLicence($input: IssueLicenceInput!) { issueLicence(input: $input) { userErrors { code field message key rule params } licence { id number } } }`);
const PrelimMutation = graphql(`mutation DeskPreliminary($input: SendPreliminaryDecisionInput!) { sendPreliminaryDecision(input: $input) { userErrors { code field message key rule params } hearing { id } } }`);
const HoldMutation = graphql(`mutation DeskHoldHearing($input: HoldHearingInput!) { holdHearing(input: $input) { userErrors { code field message key rule params } hearing { id } } }`);
const DecideMutation = graphql(`mutation DeskDecideAfterHearing($input: DecideAfterHearingInput!) { decideAfterHearing(input: $input) { userErrors { code field message key rule params } application { id status } } }`);

export function LicenceReviewPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [result, refetch] = useQuery({ query: LicenceReviewQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [check, doCheck] = useMutation(CheckMutation);
  const [issue, doIssue] = useMutation(IssueMutation);
  const [prelim, doPrelim] = useMutation(PrelimMutation);
  const [hold, doHold] = useMutation(HoldMutation);
  const [decide, doDecide] = useMutation(DecideMutation);
  const [reason, setReason] = useState('');
  const [grounds, setGrounds] = useState<string[]>([]);
  const [conditions, setConditions] = useState('');
  const [record, setRecord] = useState('');
  const [attended, setAttended] = useState(true);
  const node = result.data?.node;
  const app = node && 'number' in node ? node : null;
  if (!app) return result.error ? <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : <Loading />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const open = app.hearings.find((h) => !h.decidedAt);
  return (
    <>
      <PageHeader title={`${app.number} — ${app.applicant?.displayName ?? ''}`} lead={label('serviceKind', app.kind)} />
      <section className="or-card" aria-labelledby="review-status">
        <h2 className="or-card__title" id="review-status">{t('app.licence.status')}</h2>
        <p>
          <ApplicationStatusBadge status={app.status} />
        </p>
        <ul>
          {app.deadlines.map((d, i) => (
            <li key={i}>
              {label('deadlineKind', d.kind)}: {format.date(d.dueOn as string)}
              {d.metAt ? ` ✓ ${format.dateTime(d.metAt as string)}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section className="or-card" aria-labelledby="review-pulled">
        <h2 className="or-card__title" id="review-pulled">{t('app.licence.pulled')}</h2>
        <ul>
          {app.stateQueries.map((q) => (
            <li key={q.system}>
              {label('stateSystem', q.system)}: {q.status === 'WAITING' ? t('app.licence.waiting') : q.negative ? `${t('app.licence.negative')} ${JSON.stringify(q.answer)}` : t('app.licence.clear')}
            </li>
          ))}
        </ul>
        <p>
          {t('app.licence.suggested')}: {app.suggestedRefusalGrounds.join(', ') || '—'}
        </p>
      </section>
      {app.viewerCanCheckCompleteness && (
        <section className="or-card" aria-labelledby="review-check">
          <h2 className="or-card__title" id="review-check">{label('deadlineKind', 'COMPLETENESS_CHECK')}</h2>
          {check.error && <ErrorNotice error={check.error} />}
          <MutationErrors errors={check.data?.checkLicenceCompleteness.userErrors} />
          <button type="button" className="or-button" onClick={async () => { await doCheck({ input: { applicationId: app.id, missing: [] } }); reload(); }}>
            {t('app.licence.complete')}
          </button>{' '}
          <button type="button" className="or-button or-button--secondary" onClick={async () => { await doCheck({ input: { applicationId: app.id, missing: ['BASIS_DOCUMENT'], reason } }); reload(); }}>
            {t('app.licence.incomplete')}
          </button>
          <Field name="reason" label={t('app.licence.reason')}>
            <TextArea value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </section>
      )}
      {app.viewerCanIssueLicence && (
        <section className="or-card" aria-labelledby="review-issue">
          <h2 className="or-card__title" id="review-issue">{t('app.licence.issue')}</h2>
          <Form onSubmit={async () => { await doIssue({ input: { applicationId: app.id, specialConditions: conditions || null } }); reload(); }} userErrors={issue.data?.issueLicence.userErrors} error={issue.error} submitLabel={t('app.licence.issue')} aria-label={t('app.licence.issue')}>
            <Field name="specialConditions" label={t('app.licence.specialConditions')} optional>
              <TextInput value={conditions} onChange={(e) => setConditions(e.target.value)} />
            </Field>
          </Form>
        </section>
      )}
      {app.viewerCanSendPreliminaryDecision && (
        <section className="or-card" aria-labelledby="review-prelim">
          <h2 className="or-card__title" id="review-prelim">{t('app.licence.preliminary')}</h2>
          <Form onSubmit={async () => { await doPrelim({ input: { applicationId: app.id, grounds, reason } }); reload(); }} userErrors={prelim.data?.sendPreliminaryDecision.userErrors} error={prelim.error} submitLabel={t('app.licence.preliminary')} aria-label={t('app.licence.preliminary')}>
            <fieldset>
              <legend>{t('app.licence.grounds')}</legend>
              {LICENCE_REFUSAL_GROUNDS.map((g) => (
                <label key={g.code} style={{ display: 'block' }}>
                  <input type="checkbox" checked={grounds.includes(g.code)} onChange={(e) => setGrounds(e.target.checked ? [...grounds, g.code] : grounds.filter((x) => x !== g.code))} /> {g.code} — {g.text}
                </label>
              ))}
            </fieldset>
            <Field name="reason" label={t('app.licence.reason')}>
              <TextArea value={reason} onChange={(e) => setReason(e.target.value)} />
            </Field>
          </Form>
        </section>
      )}
      {open && !open.heldOn && (
        <section className="or-card" aria-labelledby="review-hold">
          <h2 className="or-card__title" id="review-hold">{t('app.licence.hold')}</h2>
          <Form onSubmit={async () => { await doHold({ input: { hearingId: open.id, applicantAttended: attended, record } }); reload(); }} userErrors={hold.data?.holdHearing.userErrors} error={hold.error} submitLabel={t('app.licence.hold')} aria-label={t('app.licence.hold')}>
            <label>
              <input type="checkbox" checked={attended} onChange={(e) => setAttended(e.target.checked)} /> {t('app.licence.attended')}
            </label>
            <Field name="record" label={t('app.licence.record')}>
              <TextArea value={record} onChange={(e) => setRecord(e.target.value)} />
            </Field>
          </Form>
        </section>
      )}
      {open?.heldOn && (
        <section className="or-card" aria-labelledby="review-decide">
          <h2 className="or-card__title" id="review-decide">{t('app.licence.decide')}</h2>
          {decide.error && <ErrorNotice error={decide.error} />}
          <MutationErrors errors={decide.data?.decideAfterHearing.userErrors} />
          <Field name="reason" label={t('app.licence.reason')}>
            <TextArea value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <button type="button" className="or-button" onClick={async () => { await doDecide({ input: { hearingId: open.id, decision: 'REFUSE', reason } }); reload(); }}>
            {t('app.licence.refuse')}
          </button>{' '}
          <button type="button" className="or-button or-button--secondary" onClick={async () => { await doDecide({ input: { hearingId: open.id, decision: 'RECONSIDER', reason } }); reload(); }}>
            {t('app.licence.reconsider')}
          </button>
        </section>
      )}
      <section className="or-card" aria-labelledby="review-documents">
        <h2 className="or-card__title" id="review-documents">{t('app.licence.documents')}</h2>
        <ul>
          {app.documents.map((d) => (
            <li key={d.id}>
              {label('signedDocumentKind', d.kind)} — {d.title} № {d.number}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
