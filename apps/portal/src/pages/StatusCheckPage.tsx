// complaints (issue 10) — G2: the public status check, without signing in: the number and the access code give
// the stage and the due date, nothing else. Rate-limited by the API (a clear message with the wait).
import { useState } from 'react';
import { useClient } from 'urql';
import type { UserErrorLike } from '@oryndau/client';
import { DeadlineBadge, Field, Form, PageHeader, TextInput, useEnumLabel, useFormat, useTranslation, useUserErrors, type ApplicationStageKind, type ComplaintStageKind } from '@oryndau/ui';
import { PublicStatusCheckQuery } from '../features/complaints/operations.ts';

type Status = { number: string; itemKind: 'APPLICATION' | 'COMPLAINT'; stage: string; stageAt: string; dueOn: string | null; decided: boolean; overdue: boolean };

export function StatusCheckPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const client = useClient();
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  const localize = useUserErrors({ number: t('app.statusCheck.number'), accessCode: t('app.statusCheck.code') });
  const submit = async () => {
    setBusy(true);
    const r = await client.query(PublicStatusCheckQuery, { number, accessCode: code }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    const p = r.data?.publicStatusCheck;
    setErrors(p?.userErrors ?? []);
    setStatus((p?.status as Status | null | undefined) ?? null);
  };
  return (
    <>
      <PageHeader title={t('app.statusCheck.title')} lead={t('app.statusCheck.lead')} />
      <Form onSubmit={submit} userErrors={localize(errors)} submitLabel={t('app.statusCheck.submit')} submitting={busy} aria-label={t('app.statusCheck.title')}>
        <Field name="number" label={t('app.statusCheck.number')} hint={t('app.statusCheck.numberHint')}>
          <TextInput value={number} onChange={(e) => setNumber(e.target.value)} autoComplete="off" />
        </Field>
        <Field name="accessCode" label={t('app.statusCheck.code')}>
          <TextInput value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" />
        </Field>
      </Form>
      {status && (
        <section className="or-card pt-status-result" aria-labelledby="status-result" aria-live="polite">
          <h2 className="or-card__title" id="status-result">
            {label('publicItemKind', status.itemKind)} {status.number}
          </h2>
          <dl className="or-summary-list">
            <div>
              <dt>{t('app.statusCheck.stage')}</dt>
              <dd data-stage={status.stage}>
                {status.itemKind === 'COMPLAINT' ? label('complaintStageKind', status.stage as ComplaintStageKind) : label('applicationStageKind', status.stage as ApplicationStageKind)}{' '}
                <span className="or-muted">({format.dateTime(status.stageAt)})</span>
              </dd>
            </div>
            {status.dueOn && (
              <div>
                <dt>{t('app.statusCheck.due')}</dt>
                <dd>
                  <DeadlineBadge due={status.dueOn} overdue={status.overdue} done={status.decided} />
                </dd>
              </div>
            )}
          </dl>
        </section>
      )}
    </>
  );
}
