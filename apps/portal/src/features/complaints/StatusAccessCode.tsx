// complaints (issue 10): the access code of the public status check, issued (again) on request and shown once.
import { useState } from 'react';
import { useMutation } from 'urql';
import { MutationErrors, useTranslation, useUserErrors } from '@oryndau/ui';
import { IssueStatusAccessCodeMutation } from './operations.ts';

export function StatusAccessCode({ applicationId, complaintId }: { applicationId?: string; complaintId?: string }) {
  const { t } = useTranslation();
  const localize = useUserErrors();
  const [state, issue] = useMutation(IssueStatusAccessCodeMutation);
  const [code, setCode] = useState<string | null>(null);
  const payload = state.data?.issueStatusAccessCode;
  return (
    <section className="or-card pt-access-code" aria-labelledby="status-access-code">
      <h2 className="or-card__title" id="status-access-code">
        {t('app.statusCheck.codeTitle')}
      </h2>
      <p className="pt-explain">{t('app.statusCheck.codeLead')}</p>
      {code ? (
        <p>
          {t('app.statusCheck.yourCode')} <strong className="pt-access-code__value" data-testid="access-code">{code}</strong>
        </p>
      ) : (
        <button
          type="button"
          className="or-button or-button--secondary"
          disabled={state.fetching}
          onClick={async () => {
            const r = await issue({ input: applicationId ? { applicationId } : { complaintId } });
            setCode(r.data?.issueStatusAccessCode.accessCode ?? null);
          }}
        >
          {t('app.statusCheck.issue')}
        </button>
      )}
      <MutationErrors errors={localize(payload?.userErrors)} />
    </section>
  );
}
