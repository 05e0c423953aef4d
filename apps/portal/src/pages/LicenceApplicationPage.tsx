// Licence area (issue 9): one licence application as its applicant sees it — status, every deadline computed by
// the calendar (L3, L7, A11, L8), what was pulled from the state systems and from where (L2), the fee and its
// payment (L6), the hearings (A11), the signed documents with download and signature check, the stage history (G2).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ApplicationStatusBadge, ErrorNotice, Field, Form, MutationErrors, NodePageFallback, PageHeader, TextInput, useEnumLabel, useFormat, useIdempotencyKey, UserErrorFragment, useTranslation } from '@oryndau/ui';
import { SignedDocuments, SignedDocumentsFragment } from '@oryndau/ui/signed-documents';

export const LicenceApplicationQuery = graphql(
  `
    query PortalLicenceApplication($id: ID!) {
      node(id: $id) {
        id
        ... on ServiceApplication {
          number
          kind
          status
          refusalReason
          feeTenge
          feePaid
          viewerCanPayFee
          deadlines {
            kind
            dueOn
            dueAt
            metAt
          }
          stateQueries {
            system
            status
            found
            negative
            source
            lastError
            nextAttemptAt
          }
          payments {
            amountTenge
            method
            reference
          }
          hearings {
            id
            scheduledOn
            latestOn
            outcome
          }
          documents {
            id
            ...SignedDocuments_document
          }
          issuedLicence {
            id
            number
          }
          stages {
            stage
            at
            note
          }
        }
      }
    }
  `,
  [SignedDocumentsFragment],
);

export const PayFeeMutation = graphql(`
  mutation PortalPayFee($input: PayLicenceFeeInput!) {
    payLicenceFee(input: $input) {
      userErrors {
        ...UserErrorFields
      }
      application {
        id
        feePaid
      }
    }
  }
`, [UserErrorFragment]);

export function LicenceApplicationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [result, refetch] = useQuery({ query: LicenceApplicationQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [payment, pay] = useMutation(PayFeeMutation);
  const idempotency = useIdempotencyKey();
  const [receipt, setReceipt] = useState('');
  const node = result.data?.node;
  const app = node && 'number' in node ? node : null;
  if (!app) return <NodePageFallback result={result} refetch={refetch} />;
  const doPay = async (method: 'EGOV_GATEWAY' | 'BANK_RECEIPT') => {
    const r = await pay({ input: { applicationId: app.id, method, receiptNumber: method === 'BANK_RECEIPT' ? receipt : null, idempotencyKey: idempotency.key } });
    if (r.data?.payLicenceFee.application) refetch({ requestPolicy: 'network-only' });
    else idempotency.renew();
  };
  return (
    <>
      <PageHeader title={t('app.licence.app.title', { number: app.number })} lead={label('serviceKind', app.kind)} />
      <section className="or-card" aria-labelledby="licence-status">
        <h2 className="or-card__title" id="licence-status">{t('app.licence.app.status')}</h2>
        <p>
          <ApplicationStatusBadge status={app.status} /> {app.issuedLicence && <strong>{t('app.licence.app.licence', { number: app.issuedLicence.number })}</strong>}
        </p>
        {app.refusalReason && <p>{app.refusalReason}</p>}
      </section>
      <section className="or-card" aria-labelledby="licence-deadlines">
        <h2 className="or-card__title" id="licence-deadlines">{t('app.licence.app.deadlines')}</h2>
        <ul>
          {app.deadlines.map((d, i) => (
            <li key={`${d.kind}-${i}`}>
              {label('deadlineKind', d.kind)}: {d.dueAt ? format.dateTime(d.dueAt as string) : t('app.licence.app.due', { date: format.date(d.dueOn as string) })}
              {d.metAt && <> — {t('app.licence.app.met', { date: format.dateTime(d.metAt as string) })}</>}
            </li>
          ))}
        </ul>
      </section>
      <section className="or-card" aria-labelledby="licence-pulled">
        <h2 className="or-card__title" id="licence-pulled">{t('app.licence.app.pulledTitle')}</h2>
        <ul>
          {app.stateQueries.map((q) => (
            <li key={q.system} data-system={q.system}>
              {label('stateSystem', q.system)}: {q.status === 'WAITING' ? t('app.licence.app.waiting') : `${t('app.licence.app.answered')} (${q.source}) — ${q.negative ? t('app.licence.app.negative') : t('app.licence.app.clear')}`}
            </li>
          ))}
        </ul>
      </section>
      {app.feeTenge != null && (
        <section className="or-card" aria-labelledby="licence-fee">
          <h2 className="or-card__title" id="licence-fee">{t('app.licence.app.fee')}</h2>
          <p>
            {t('app.licence.app.feeAmount', { amount: format.money(app.feeTenge) })}
            {app.feePaid && <> — {t('app.licence.app.paid')}</>}
          </p>
          {app.payments.map((p) => (
            <p key={p.reference}>
              {format.money(p.amountTenge)} — {label('paymentMethod', p.method)} — {p.reference}
            </p>
          ))}
          {app.viewerCanPayFee && !app.feePaid && (
            <>
              {payment.error && <ErrorNotice error={payment.error} />}
              <MutationErrors errors={payment.data?.payLicenceFee.userErrors} />
              <p>
                <button type="button" className="or-button" disabled={payment.fetching} onClick={() => void doPay('EGOV_GATEWAY')}>
                  {t('app.licence.app.payGateway')}
                </button>
              </p>
              <Form onSubmit={() => doPay('BANK_RECEIPT')} submitLabel={t('app.licence.app.payReceipt')} submitting={payment.fetching} aria-label={t('app.licence.app.payReceipt')}>
                <Field name="receiptNumber" label={t('app.licence.app.receiptNumber')}>
                  <TextInput value={receipt} onChange={(e) => setReceipt(e.target.value)} />
                </Field>
              </Form>
            </>
          )}
        </section>
      )}
      {app.hearings.length > 0 && (
        <section className="or-card" aria-labelledby="licence-hearings">
          <h2 className="or-card__title" id="licence-hearings">{label('signedDocumentKind', 'HEARING_RECORD')}</h2>
          <ul>
            {app.hearings.map((h) => (
              <li key={h.id}>{t('app.licence.app.hearing', { date: format.date(h.latestOn as string) })}{h.outcome ? ` — ${h.outcome}` : ''}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="or-card" aria-labelledby="licence-documents">
        <h2 className="or-card__title" id="licence-documents">{t('app.licence.app.documents')}</h2>
        <SignedDocuments documents={app.documents} />
      </section>
      <section className="or-card" aria-labelledby="licence-stages">
        <h2 className="or-card__title" id="licence-stages">{t('app.licence.app.stages')}</h2>
        <ol>
          {app.stages.map((s, i) => (
            <li key={i}>
              {format.dateTime(s.at as string)} — {label('applicationStageKind', s.stage)}
              {s.note ? `: ${s.note}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
