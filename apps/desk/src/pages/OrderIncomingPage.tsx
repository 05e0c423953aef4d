// An incoming letter rogatory (LA1, LA2, G2): what is asked and of whom, its stages and deadlines, and what the
// viewer may do now — the executing court forwards it or records its execution; the Department sends the result.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Field, Form, INCOMING_ORDER_STATUS_TONE, Loading, NotFoundPage, PageHeader, Select, StatusBadge, TextArea, TextInput, useEnumLabel, useFormat, useTranslation, useUserErrors, type IncomingOrderOutcome } from '@oryndau/ui';
import { Deadlines, DeadlinesFragment, Stages, StagesFragment } from '../features/legal-assistance/Progress.tsx';
import { ForwardIncomingOrderMutation, LegalReferenceQuery, RecordOrderExecutionMutation, SendIncomingOrderResultMutation } from '../features/legal-assistance/operations.ts';
import { useName } from '../features/legal-assistance/names.ts';

export const IncomingOrderQuery = graphql(
  `
    query DeskIncomingOrder($id: ID!) {
      node(id: $id) {
        __typename
        ... on IncomingOrder {
          id number status requestingCourt foreignCaseNumber caseName request language hasTranslation receivedOn courtReceivedOn executionDueOn outcome result resultDocuments
          requestingState { nameKk nameRu nameEn }
          treaty { titleKk titleRu titleEn }
          court { nameKk nameRu nameEn }
          previousCourt { nameKk nameRu nameEn }
          department { nameKk nameRu nameEn }
          persons { role kind name birthDate residence citizenship legalAddress representatives { name address } }
          deadlines { ...LegalDeadlines }
          stages { ...LegalStages }
          viewerCanForward viewerCanRecordExecution viewerCanSendResult
        }
      }
    }
  `,
  [DeadlinesFragment, StagesFragment],
);

const OUTCOMES: IncomingOrderOutcome[] = ['EXECUTED', 'PARTLY_EXECUTED', 'IMPOSSIBLE', 'REFUSED'];

export function OrderIncomingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const name = useName();
  const [result, refetch] = useQuery({ query: IncomingOrderQuery, variables: { id } });
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const o = result.data?.node;
  if (!o || o.__typename !== 'IncomingOrder') return <NotFoundPage />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader title={t('app.legal.incomingTitle', { number: o.number })} lead={`${name(o.requestingState)} · ${o.requestingCourt}`} />
      <section className="or-card" aria-labelledby="order-facts">
        <h2 className="or-card__title" id="order-facts">{t('app.legal.facts')}</h2>
        <dl className="or-summary-list">
          <div data-fact="status"><dt>{t('app.legal.status')}</dt><dd><StatusBadge tone={INCOMING_ORDER_STATUS_TONE[o.status]}>{label('incomingOrderStatus', o.status)}</StatusBadge></dd></div>
          <div><dt>{t('app.legal.treaty')}</dt><dd>{o.treaty ? name(o.treaty) : t('app.legal.reciprocity')}</dd></div>
          <div><dt>{t('app.legal.caseNumber')}</dt><dd>{o.foreignCaseNumber}</dd></div>
          <div><dt>{t('app.legal.caseName')}</dt><dd>{o.caseName}</dd></div>
          <div><dt>{t('app.legal.request')}</dt><dd>{o.request}</dd></div>
          <div><dt>{t('app.legal.language')}</dt><dd>{o.language}{o.hasTranslation ? ` · ${t('app.legal.withTranslation')}` : ''}</dd></div>
          <div data-fact="court"><dt>{t('app.legal.executingCourt')}</dt><dd>{name(o.court)}</dd></div>
          {o.previousCourt && <div><dt>{t('app.legal.forwardedFrom')}</dt><dd>{name(o.previousCourt)}</dd></div>}
          <div><dt>{t('app.legal.department')}</dt><dd>{name(o.department)}</dd></div>
          <div><dt>{t('app.legal.receivedOn')}</dt><dd>{format.date(o.receivedOn)}</dd></div>
          {o.executionDueOn && <div data-fact="executionDueOn"><dt>{t('app.legal.executionDueOn')}</dt><dd>{format.date(o.executionDueOn)}</dd></div>}
          {o.outcome && <div data-fact="outcome"><dt>{t('app.legal.outcome')}</dt><dd>{label('incomingOrderOutcome', o.outcome)}{o.result ? ` — ${o.result}` : ''}</dd></div>}
          {o.resultDocuments.length > 0 && <div><dt>{t('app.legal.documents')}</dt><dd>{o.resultDocuments.join('; ')}</dd></div>}
        </dl>
        <h3>{t('app.legal.persons')}</h3>
        <ul>
          {o.persons.map((p) => (
            <li key={p.name}>
              {label('legalPersonRole', p.role)}: {p.name}
              {p.residence ? `, ${p.residence}` : p.legalAddress ? `, ${p.legalAddress}` : ''}
              {p.representatives.map((r) => ` · ${t('app.legal.representative')}: ${r.name}, ${r.address}`)}
            </li>
          ))}
        </ul>
      </section>
      {o.viewerCanRecordExecution && <RecordExecution orderId={o.id} onDone={reload} />}
      {o.viewerCanForward && <ForwardOrder orderId={o.id} onDone={reload} />}
      {o.viewerCanSendResult && <SendResult orderId={o.id} onDone={reload} />}
      <section className="or-card" aria-labelledby="order-deadlines">
        <h2 className="or-card__title" id="order-deadlines">{t('app.legal.deadlines')}</h2>
        <Deadlines deadlines={o.deadlines} />
      </section>
      <section className="or-card" aria-labelledby="order-stages">
        <h2 className="or-card__title" id="order-stages">{t('app.legal.stages')}</h2>
        <Stages stages={o.stages} />
      </section>
    </>
  );
}

function RecordExecution({ orderId, onDone }: { orderId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [state, record] = useMutation(RecordOrderExecutionMutation);
  const [outcome, setOutcome] = useState<IncomingOrderOutcome>('EXECUTED');
  const [resultText, setResult] = useState('');
  const [documents, setDocuments] = useState('');
  const localize = useUserErrors({ result: t('app.legal.result'), documents: t('app.legal.documents') });
  const submit = async () => {
    const r = await record({ input: { orderId, outcome, result: resultText, documents: documents.split('\n').map((d) => d.trim()).filter(Boolean) } });
    if (r.data?.recordOrderExecution.order && !r.data.recordOrderExecution.userErrors.length) onDone();
  };
  return (
    <section className="or-card" aria-labelledby="record-execution">
      <h2 className="or-card__title" id="record-execution">{t('app.legal.recordExecution')}</h2>
      <Form className="dk-record-execution" aria-labelledby="record-execution" onSubmit={submit} userErrors={localize(state.data?.recordOrderExecution.userErrors)} error={state.error} submitting={state.fetching} submitLabel={t('app.legal.recordExecutionSubmit')}>
        <Field name="outcome" label={t('app.legal.outcome')}>
          <Select value={outcome} placeholder={null} onChange={(e) => setOutcome(e.target.value as IncomingOrderOutcome)} options={OUTCOMES.map((o) => ({ value: o, label: label('incomingOrderOutcome', o) }))} />
        </Field>
        <Field name="result" label={t('app.legal.result')}>
          <TextArea value={resultText} onChange={(e) => setResult(e.target.value)} />
        </Field>
        <Field name="documents" label={t('app.legal.documents')} hint={t('app.legal.documentsHint')}>
          <TextArea value={documents} onChange={(e) => setDocuments(e.target.value)} />
        </Field>
      </Form>
    </section>
  );
}

function ForwardOrder({ orderId, onDone }: { orderId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const name = useName();
  const [ref] = useQuery({ query: LegalReferenceQuery });
  const [state, forward] = useMutation(ForwardIncomingOrderMutation);
  const [toCourtId, setTo] = useState('');
  const [reason, setReason] = useState('');
  const localize = useUserErrors({ toCourtId: t('app.legal.toCourt'), reason: t('app.legal.reason') });
  const submit = async () => {
    const r = await forward({ input: { orderId, toCourtId, reason } });
    if (r.data?.forwardIncomingOrder.order && !r.data.forwardIncomingOrder.userErrors.length) onDone();
  };
  return (
    <section className="or-card" aria-labelledby="forward-order">
      <h2 className="or-card__title" id="forward-order">{t('app.legal.forward')}</h2>
      <p>{t('app.legal.forwardLead')}</p>
      <Form className="dk-forward" aria-labelledby="forward-order" onSubmit={submit} userErrors={localize(state.data?.forwardIncomingOrder.userErrors)} error={state.error} submitting={state.fetching} submitLabel={t('app.legal.forwardSubmit')}>
        <Field name="toCourtId" label={t('app.legal.toCourt')}>
          <Select value={toCourtId} onChange={(e) => setTo(e.target.value)} options={(ref.data?.courts ?? []).map((c) => ({ value: c.id, label: name(c) }))} />
        </Field>
        <Field name="reason" label={t('app.legal.reason')}>
          <TextInput value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      </Form>
    </section>
  );
}

function SendResult({ orderId, onDone }: { orderId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [state, send] = useMutation(SendIncomingOrderResultMutation);
  const [action, setAction] = useState<'SEND' | 'RETURN_TO_COURT' | 'RETURN_UNEXECUTED'>('SEND');
  const [note, setNote] = useState('');
  const localize = useUserErrors({ action: t('app.legal.action'), note: t('app.legal.note') });
  const submit = async () => {
    const r = await send({ input: { orderId, action, note: note.trim() ? note : null } });
    if (r.data?.sendIncomingOrderResult.order && !r.data.sendIncomingOrderResult.userErrors.length) onDone();
  };
  return (
    <section className="or-card" aria-labelledby="send-result">
      <h2 className="or-card__title" id="send-result">{t('app.legal.sendResult')}</h2>
      <Form className="dk-send-result" aria-labelledby="send-result" onSubmit={submit} userErrors={localize(state.data?.sendIncomingOrderResult.userErrors)} error={state.error} submitting={state.fetching} submitLabel={t('app.legal.sendResultSubmit')}>
        <Field name="action" label={t('app.legal.action')}>
          <Select value={action} placeholder={null} onChange={(e) => setAction(e.target.value as typeof action)} options={(['SEND', 'RETURN_TO_COURT', 'RETURN_UNEXECUTED'] as const).map((a) => ({ value: a, label: label('incomingOrderResultAction', a) }))} />
        </Field>
        <Field name="note" label={t('app.legal.note')} optional>
          <TextArea value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </Form>
    </section>
  );
}
