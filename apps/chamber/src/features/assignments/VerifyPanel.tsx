// "Verify": the API recomputes the assignment from what was stored (seed, hash chain, policy of record,
// counts) and says whether it followed the policy. Green when it did; the problems in red otherwise.
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Notice, useTranslation } from '@oryndau/ui';

export const VerifyAssignmentQuery = graphql(`
  query ChamberVerifyAssignment($id: ID!) {
    verifyAssignment(id: $id) {
      ok
      problems
      explanation
      recomputedBailiff { id name }
    }
  }
`);

export function VerifyPanel({ assignmentId }: { assignmentId: string }) {
  const { t } = useTranslation();
  const [requested, setRequested] = useState(false);
  const [result, reexecute] = useQuery({ query: VerifyAssignmentQuery, variables: { id: assignmentId }, pause: !requested, requestPolicy: 'network-only' });
  const verify = () => {
    if (requested) reexecute({ requestPolicy: 'network-only' });
    else setRequested(true);
  };
  const verification = result.data?.verifyAssignment;
  return (
    <section className="or-card ch-verify" aria-labelledby="verify-title">
      <h2 className="or-card__title" id="verify-title">
        {t('app.verify.title')}
      </h2>
      <p>{t('app.verify.intro')}</p>
      <button type="button" className="or-button" onClick={verify} disabled={result.fetching} data-action="verify">
        {result.fetching ? t('app.verify.running') : t('app.verify.button')}
      </button>
      <div aria-live="polite" className="ch-verify__result">
        {result.error && <ErrorNotice error={result.error} onRetry={verify} />}
        {requested && !result.fetching && result.data && !verification && <Notice tone="error">{t('app.verify.unavailable')}</Notice>}
        {verification && !result.fetching && (
          <div data-verified={verification.ok ? 'true' : 'false'}>
            {verification.ok ? (
              <Notice tone="success" title={t('app.verify.ok')}>
                <p>{t('app.verify.okText', { name: verification.recomputedBailiff?.name ?? '—' })}</p>
                <p className="ch-muted">
                  {t('app.verify.explanation')} <span lang="en">{verification.explanation}</span>
                </p>
              </Notice>
            ) : (
              <Notice tone="error" title={t('app.verify.failed')}>
                <ul className="ch-error-list">
                  {verification.problems.map((problem, i) => (
                    <li key={i} lang="en">
                      {problem}
                    </li>
                  ))}
                </ul>
                <p className="ch-muted">
                  {t('app.verify.explanation')} <span lang="en">{verification.explanation}</span>
                </p>
              </Notice>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
