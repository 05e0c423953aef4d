// An outgoing order (LA3, LA2, G2): its items, the latest sending day, the translation it carries, its stages
// and deadlines; the court sends it (refused with the reason when less than 6 months before the hearing), the
// Department sends it abroad, returns it, or records the answer.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Field, Form, Loading, MutationErrors, NotFoundPage, OUTGOING_ORDER_STATUS_TONE, PageHeader, Select, StatusBadge, TextArea, useEnumLabel, useFormat, useTranslation, useUserErrors } from '@oryndau/ui';
import { Deadlines, DeadlinesFragment, Stages, StagesFragment } from '../features/legal-assistance/Progress.tsx';
import { HandleOutgoingOrderMutation, RecordOutgoingAnswerMutation, SendOutgoingOrderMutation } from '../features/legal-assistance/operations.ts';
import { useName } from '../features/legal-assistance/names.ts';

export const OutgoingOrderQuery = graphql(
  `
    query DeskOutgoingOrder($id: ID!) {
      node(id: $id) {
        __typename
        ... on OutgoingOrder {
          id number status requestedInstitution caseName caseNumber plaintiff defendant request recipientAddress documentToServe attachments language translationLanguage hearingOn latestSendOn sentOn departmentReturnReason answer answerExecuted
          requestedState { nameKk nameRu nameEn }
          treaty { titleKk titleRu titleEn }
          court { nameKk nameRu nameEn }
          department { nameKk nameRu nameEn }
          persons { role name }
          deadlines { ...LegalDeadlines }
          stages { ...LegalStages }
          viewerCanSend viewerCanHandle
        }
      }
    }
  `,
  [DeadlinesFragment, StagesFragment],
);

export function OrderOutgoingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const name = useName();
  const [result, refetch] = useQuery({ query: OutgoingOrderQuery, variables: { id } });
  const [sendState, send] = useMutation(SendOutgoingOrderMutation);
  const localize = useUserErrors({});
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const o = result.data?.node;
  if (!o || o.__typename !== 'OutgoingOrder') return <NotFoundPage />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader
        title={t('app.legal.outgoingTitle', { number: o.number })}
        lead={`${name(o.court)} → ${name(o.requestedState)}`}
        actions={o.viewerCanSend && (
          <button type="button" className="or-button" data-action="send-outgoing" disabled={sendState.fetching} onClick={() => void send({ input: { orderId: o.id } }).then((r) => { if (!r.data?.sendOutgoingOrder.userErrors.length) reload(); })}>
            {t('app.legal.sendToDepartment')}
          </button>
        )}
      />
      <div aria-live="polite">
        {sendState.error && <ErrorNotice error={sendState.error} />}
        <MutationErrors errors={localize(sendState.data?.sendOutgoingOrder.userErrors) ?? []} title={t('app.legal.notSent')} />
      </div>
      <section className="or-card" aria-labelledby="outgoing-facts">
        <h2 className="or-card__title" id="outgoing-facts">{t('app.legal.facts')}</h2>
        <dl className="or-summary-list">
          <div data-fact="status"><dt>{t('app.legal.status')}</dt><dd><StatusBadge tone={OUTGOING_ORDER_STATUS_TONE[o.status]}>{label('outgoingOrderStatus', o.status)}</StatusBadge></dd></div>
          <div><dt>{t('app.legal.requestedInstitution')}</dt><dd>{o.requestedInstitution}</dd></div>
          <div><dt>{t('app.legal.treaty')}</dt><dd>{o.treaty ? name(o.treaty) : t('app.legal.reciprocity')}</dd></div>
          <div><dt>{t('app.legal.caseName')}</dt><dd>{o.caseName} ({o.caseNumber})</dd></div>
          <div><dt>{t('app.legal.plaintiff')}</dt><dd>{o.plaintiff}</dd></div>
          <div><dt>{t('app.legal.defendant')}</dt><dd>{o.defendant}</dd></div>
          <div><dt>{t('app.legal.persons')}</dt><dd>{o.persons.map((p) => `${label('legalPersonRole', p.role)}: ${p.name}`).join('; ')}</dd></div>
          <div><dt>{t('app.legal.request')}</dt><dd>{o.request}</dd></div>
          {o.documentToServe && <div><dt>{t('app.legal.documentToServe')}</dt><dd>{o.documentToServe} — {o.recipientAddress}</dd></div>}
          {o.attachments.length > 0 && <div><dt>{t('app.legal.attachments')}</dt><dd>{o.attachments.join('; ')}</dd></div>}
          <div data-fact="translation"><dt>{t('app.legal.translation')}</dt><dd>{o.translationLanguage ? t('app.legal.translationInto', { language: o.translationLanguage }) : t('app.legal.noTranslation')}</dd></div>
          <div data-fact="hearingOn"><dt>{t('app.legal.hearingOn')}</dt><dd>{format.date(o.hearingOn)}</dd></div>
          <div data-fact="latestSendOn"><dt>{t('app.legal.latestSendOn')}</dt><dd>{format.date(o.latestSendOn)}</dd></div>
          {o.departmentReturnReason && <div><dt>{t('app.legal.returnReason')}</dt><dd>{o.departmentReturnReason}</dd></div>}
          {o.answer && <div><dt>{t('app.legal.answer')}</dt><dd>{o.answer}</dd></div>}
        </dl>
      </section>
      {o.viewerCanHandle && <DepartmentActions orderId={o.id} status={o.status} onDone={reload} />}
      <section className="or-card" aria-labelledby="outgoing-deadlines">
        <h2 className="or-card__title" id="outgoing-deadlines">{t('app.legal.deadlines')}</h2>
        <Deadlines deadlines={o.deadlines} />
      </section>
      <section className="or-card" aria-labelledby="outgoing-stages">
        <h2 className="or-card__title" id="outgoing-stages">{t('app.legal.stages')}</h2>
        <Stages stages={o.stages} />
      </section>
    </>
  );
}

function DepartmentActions({ orderId, status, onDone }: { orderId: string; status: string; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [handleState, handle] = useMutation(HandleOutgoingOrderMutation);
  const [answerState, answer] = useMutation(RecordOutgoingAnswerMutation);
  const [action, setAction] = useState<'SEND_ABROAD' | 'RETURN_TO_COURT'>('SEND_ABROAD');
  const [note, setNote] = useState('');
  const [executed, setExecuted] = useState('yes');
  const localize = useUserErrors({ note: t('app.legal.note'), answer: t('app.legal.answer') });
  if (status === 'SENT_ABROAD') {
    const submit = async () => {
      const r = await answer({ input: { orderId, executed: executed === 'yes', answer: note } });
      if (!r.data?.recordOutgoingAnswer.userErrors.length) onDone();
    };
    return (
      <section className="or-card" aria-labelledby="record-answer">
        <h2 className="or-card__title" id="record-answer">{t('app.legal.recordAnswer')}</h2>
        <Form aria-labelledby="record-answer" onSubmit={submit} userErrors={localize(answerState.data?.recordOutgoingAnswer.userErrors)} error={answerState.error} submitting={answerState.fetching} submitLabel={t('app.legal.recordAnswer')}>
          <Field name="executed" label={t('app.legal.executedAbroad')}>
            <Select value={executed} placeholder={null} onChange={(e) => setExecuted(e.target.value)} options={[{ value: 'yes', label: t('app.legal.yes') }, { value: 'no', label: t('app.legal.no') }]} />
          </Field>
          <Field name="answer" label={t('app.legal.answer')}>
            <TextArea value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
        </Form>
      </section>
    );
  }
  const submit = async () => {
    const r = await handle({ input: { orderId, action, note: note.trim() ? note : null } });
    if (!r.data?.handleOutgoingOrder.userErrors.length) onDone();
  };
  return (
    <section className="or-card" aria-labelledby="handle-outgoing">
      <h2 className="or-card__title" id="handle-outgoing">{t('app.legal.departmentCheck')}</h2>
      <Form aria-labelledby="handle-outgoing" onSubmit={submit} userErrors={localize(handleState.data?.handleOutgoingOrder.userErrors)} error={handleState.error} submitting={handleState.fetching} submitLabel={t('app.legal.handleSubmit')}>
        <Field name="action" label={t('app.legal.action')}>
          <Select value={action} placeholder={null} onChange={(e) => setAction(e.target.value as typeof action)} options={(['SEND_ABROAD', 'RETURN_TO_COURT'] as const).map((a) => ({ value: a, label: label('outgoingOrderDepartmentAction', a) }))} />
        </Field>
        <Field name="note" label={t('app.legal.note')} optional>
          <TextArea value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </Form>
    </section>
  );
}
