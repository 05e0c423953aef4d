// The private bailiff the Chamber appointed (CH1), why it was them (CH2: even distribution among those who can
// lawfully act), and a button anyone may press to have the platform recompute the appointment from the
// Chamber's record and say whether it followed the policy.
import { useState } from 'react';
import { useQuery, type UseQueryState } from 'urql';
import { graphql, readFragment, type FragmentOf, type ResultOf, type VariablesOf } from '@oryndau/client';
import { ErrorNotice, Notice, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';

export const AssignmentCardFragment = graphql(`
  fragment AssignmentCard_assignment on Assignment {
    id
    kind
    assignedAt
    reason
    rule
    tiedCount
    bailiff {
      id
      name
      office
      licence {
        id
        number
      }
    }
  }
`);

export const VerifyAssignmentQuery = graphql(`
  query PortalVerifyAssignment($id: ID!) {
    verifyAssignment(id: $id) {
      ok
      problems
      explanation
      recomputedBailiff {
        id
        name
      }
    }
  }
`);

type VerificationResult = UseQueryState<ResultOf<typeof VerifyAssignmentQuery>, VariablesOf<typeof VerifyAssignmentQuery>>;

function Verification({ result }: { result: VerificationResult }) {
  const { t } = useTranslation();
  if (result.fetching) {
    return (
      <p className="pt-verification" role="status">
        {t('app.assignment.verifying')}
      </p>
    );
  }
  if (result.error) return <ErrorNotice error={result.error} />;
  const verification = result.data?.verifyAssignment;
  if (!verification) return <Notice tone="warning">{t('app.assignment.unavailable')}</Notice>;
  return (
    <div className="pt-verification" role="status" data-ok={verification.ok}>
      <Notice tone={verification.ok ? 'success' : 'error'} title={t(verification.ok ? 'app.assignment.okTitle' : 'app.assignment.failTitle')}>
        {verification.ok && <p>{t('app.assignment.okText')}</p>}
        {verification.problems.length > 0 && (
          <>
            <p className="pt-verification__subtitle">{t('app.assignment.problems')}</p>
            <ul className="pt-verification__problems">
              {verification.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          </>
        )}
        <dl className="pt-verification__facts">
          {verification.recomputedBailiff && (
            <div>
              <dt>{t('app.assignment.recomputed')}</dt>
              <dd>{verification.recomputedBailiff.name}</dd>
            </div>
          )}
          <div>
            <dt>{t('app.assignment.explanation')}</dt>
            <dd className="pt-record">{verification.explanation}</dd>
          </div>
        </dl>
      </Notice>
    </div>
  );
}

export function AssignmentCard({ assignment }: { assignment: FragmentOf<typeof AssignmentCardFragment> }) {
  const data = readFragment(AssignmentCardFragment, assignment);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  // Asked only when the button is pressed, and asked again (network-only) on every press: the point is to
  // recompute now, not to show a cached answer.
  const [requested, setRequested] = useState(false);
  const [verification, verify] = useQuery({ query: VerifyAssignmentQuery, variables: { id: data.id }, pause: !requested, requestPolicy: 'network-only' });
  const headingId = `assignment-${data.id}`;
  const why = data.rule ? t(`app.assignmentRule.${data.rule}`, { count: data.tiedCount, defaultValue: t('app.assignmentRule.other') }) : t('app.assignmentRule.other');
  return (
    <section className="or-card pt-assignment" aria-labelledby={headingId}>
      <h2 className="or-card__title" id={headingId}>
        {t('app.assignment.title')}
      </h2>
      <dl className="or-summary-list">
        <div>
          <dt>{t('app.assignment.bailiff')}</dt>
          <dd className="pt-assignment__name">{data.bailiff.name}</dd>
        </div>
        <div>
          <dt>{t('app.assignment.office')}</dt>
          <dd>{data.bailiff.office}</dd>
        </div>
        {data.bailiff.licence && (
          <div>
            <dt>{t('app.assignment.licence')}</dt>
            <dd>№ {data.bailiff.licence.number}</dd>
          </div>
        )}
        <div>
          <dt>{t('app.assignment.assignedAt')}</dt>
          <dd>
            <time dateTime={data.assignedAt}>{format.dateTime(data.assignedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('app.assignment.kind')}</dt>
          <dd>{label('assignmentKind', data.kind)}</dd>
        </div>
        <div>
          <dt>{t('app.assignment.why')}</dt>
          <dd className="pt-assignment__why" data-rule={data.rule ?? ''}>
            <p>{why}</p>
            <details className="pt-details">
              <summary>{t('app.assignment.record')}</summary>
              <p className="pt-record">{data.reason}</p>
            </details>
          </dd>
        </div>
      </dl>
      <div className="pt-assignment__verify">
        <p className="pt-explain">{t('app.assignment.verifyLead')}</p>
        <button
          type="button"
          className="or-button or-button--secondary"
          disabled={verification.fetching}
          onClick={() => (requested ? verify({ requestPolicy: 'network-only' }) : setRequested(true))}
        >
          {t('app.assignment.verify')}
        </button>
        {requested && <Verification result={verification} />}
      </div>
    </section>
  );
}
