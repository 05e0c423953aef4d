// What an inspector may do next on an inspection, by its status (Q3–Q5): the notice with its nine items, the
// start, suspension and resumption, a change of inspectors, the draft certificate, the subject's objections,
// the certificate with its recommendation, the recommendation's follow-up, a declaration of invalidity.
// The API decides and refuses (user errors at the fields); the forms only ask.
import { useState, type ReactNode } from 'react';
import { useMutation } from 'urql';
import type { UserErrorLike } from '@oryndau/client';
import { Field, Form, Select, TextArea, TextInput, todayInAlmaty, useEnumLabel, useTranslation, useUserErrors } from '@oryndau/ui';
import { useInspection, type InspectionLifeData } from './InspectionLife.tsx';
import {
  CertificateMutation,
  ChangeInspectorsMutation,
  DraftMutation,
  FollowUpMutation,
  InvalidMutation,
  ObjectionsMutation,
  ResumeMutation,
  SendNoticeMutation,
  StartMutation,
  SuspendMutation,
} from './operations.ts';

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="or-card" aria-labelledby={`action-${id}`} data-action={id}>
      <h2 className="or-card__title" id={`action-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

type Result = { data?: Record<string, { userErrors: readonly UserErrorLike[] } | null> | null };
const errorsOf = (r: Result | undefined, name: string) => r?.data?.[name]?.userErrors ?? null;

export function InspectionActions({ inspection }: { inspection: InspectionLifeData }) {
  const i = useInspection(inspection);
  const { t } = useTranslation();
  if (!i.viewerCanWrite) return null;
  const invalid = i.validity && !i.validity.valid && i.status !== 'INVALID';
  return (
    <>
      {i.status === 'PLANNED' && !invalid && <NoticeForm id={i.id} startsOn={i.startsOn} />}
      {i.status === 'NOTIFIED' && !invalid && <SimpleAction id={i.id} kind="start" />}
      {['NOTIFIED', 'IN_PROGRESS', 'SUSPENDED', 'DRAFT_CERTIFICATE_SENT'].includes(i.status) && !invalid && <ChangeInspectorsForm id={i.id} />}
      {i.status === 'IN_PROGRESS' && (
        <>
          <DraftForm id={i.id} />
          <SuspendForm id={i.id} />
        </>
      )}
      {i.status === 'SUSPENDED' && <SimpleAction id={i.id} kind="resume" />}
      {i.status === 'DRAFT_CERTIFICATE_SENT' && (
        <>
          {!i.objectionsReceivedAt && <ObjectionsForm id={i.id} />}
          <CertificateForm id={i.id} violations={i.violationsFound === true} />
        </>
      )}
      {i.status === 'COMPLETED' && i.recommendation && !i.recommendationReportedAt && <FollowUpForm id={i.id} />}
      {invalid && <SimpleAction id={i.id} kind="invalid" />}
      {i.status === 'COMPLETED' && !i.recommendation && <p className="ov-muted">{t('app.inspections.nothingToDo')}</p>}
    </>
  );
}

function NoticeForm({ id, startsOn }: { id: string; startsOn: string }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ inspectors: t('app.inspections.inspector'), signedBy: t('app.inspections.signedBy'), startsOn: t('app.inspections.startsOn') });
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [signedBy, setSignedBy] = useState('');
  const [start, setStart] = useState(startsOn);
  const [state, send] = useMutation(SendNoticeMutation);
  return (
    <Panel id="notice" title={t('app.inspections.noticeTitle')}>
      <p className="ov-muted">{t('app.inspections.noticeHint')}</p>
      <Form
        onSubmit={() => send({ input: { inspectionId: id, inspectors: [{ name, position }], specialists: [], periodFromOn: from, periodToOn: to, signedBy, startsOn: start !== startsOn ? start : null } })}
        userErrors={localize(errorsOf(state as Result, 'sendInspectionNotice'))}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.inspections.sendNotice')}
      >
        <Field name="inspectors" label={t('app.inspections.inspector')}>
          <TextInput value={name} onChange={(e) => setName(e.target.value)} data-input="inspectorName" />
        </Field>
        <Field name="position" label={t('app.inspections.position')}>
          <TextInput value={position} onChange={(e) => setPosition(e.target.value)} data-input="inspectorPosition" />
        </Field>
        <Field name="periodFromOn" label={t('app.inspections.periodFrom')}>
          <TextInput type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-input="periodFrom" />
        </Field>
        <Field name="periodToOn" label={t('app.inspections.periodTo')}>
          <TextInput type="date" value={to} onChange={(e) => setTo(e.target.value)} data-input="periodTo" />
        </Field>
        <Field name="signedBy" label={t('app.inspections.signedBy')}>
          <TextInput value={signedBy} onChange={(e) => setSignedBy(e.target.value)} data-input="signedBy" />
        </Field>
        <Field name="startsOn" label={t('app.inspections.startsOn')}>
          <TextInput type="date" value={start} onChange={(e) => setStart(e.target.value)} data-input="startsOn" />
        </Field>
      </Form>
    </Panel>
  );
}

function SimpleAction({ id, kind }: { id: string; kind: 'start' | 'resume' | 'invalid' }) {
  const { t } = useTranslation();
  const localize = useUserErrors({});
  const [start, doStart] = useMutation(StartMutation);
  const [resume, doResume] = useMutation(ResumeMutation);
  const [invalid, doInvalid] = useMutation(InvalidMutation);
  const state = kind === 'start' ? start : kind === 'resume' ? resume : invalid;
  const name = kind === 'start' ? 'startInspection' : kind === 'resume' ? 'resumeInspection' : 'declareInspectionInvalid';
  return (
    <Panel id={kind} title={t(`app.inspections.${kind}Title`)}>
      <Form
        onSubmit={() => (kind === 'start' ? doStart({ input: { inspectionId: id } }) : kind === 'resume' ? doResume({ input: { inspectionId: id } }) : doInvalid({ input: { inspectionId: id } }))}
        userErrors={localize(errorsOf(state as Result, name))}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t(`app.inspections.${kind}Submit`)}
      >
        <p className="ov-muted">{t(`app.inspections.${kind}Hint`)}</p>
      </Form>
    </Panel>
  );
}

/** Q3: another composition of inspectors, by decision of the body; the subject is told within 1 working day. */
function ChangeInspectorsForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ inspectors: t('app.inspections.inspector'), decidedOn: t('app.inspections.changeDecidedOn') });
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayInAlmaty());
  const [state, change] = useMutation(ChangeInspectorsMutation);
  return (
    <Panel id="inspectors" title={t('app.inspections.changeTitle')}>
      <p className="ov-muted">{t('app.inspections.changeHint')}</p>
      <Form
        onSubmit={() => change({ input: { inspectionId: id, inspectors: [{ name, position }], decidedOn: decidedOn || null } })}
        userErrors={localize(errorsOf(state as Result, 'changeInspectionInspectors'))}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.inspections.changeSubmit')}
      >
        <Field name="inspectors" label={t('app.inspections.inspector')}>
          <TextInput value={name} onChange={(e) => setName(e.target.value)} data-input="changeInspectorName" />
        </Field>
        <Field name="inspectors.0.position" label={t('app.inspections.position')}>
          <TextInput value={position} onChange={(e) => setPosition(e.target.value)} data-input="changeInspectorPosition" />
        </Field>
        <Field name="decidedOn" label={t('app.inspections.changeDecidedOn')}>
          <TextInput type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} data-input="changeDecidedOn" />
        </Field>
      </Form>
    </Panel>
  );
}

function SuspendForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const localize = useUserErrors({ kind: t('app.inspections.suspensionKind'), reason: t('app.inspections.suspensionReason') });
  const [kind, setKind] = useState<'REQUEST_FOR_INFORMATION' | 'STATE_OF_EMERGENCY' | ''>('');
  const [reason, setReason] = useState('');
  const [state, suspend] = useMutation(SuspendMutation);
  return (
    <Panel id="suspend" title={t('app.inspections.suspendTitle')}>
      <Form
        onSubmit={() => (kind ? suspend({ input: { inspectionId: id, kind, reason } }) : undefined)}
        userErrors={localize(errorsOf(state as Result, 'suspendInspection'))}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.inspections.suspendSubmit')}
      >
        <Field name="kind" label={t('app.inspections.suspensionKind')}>
          <Select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} options={(['REQUEST_FOR_INFORMATION', 'STATE_OF_EMERGENCY'] as const).map((v) => ({ value: v, label: label('inspectionSuspensionReason', v) }))} />
        </Field>
        <Field name="reason" label={t('app.inspections.suspensionReason')}>
          <TextArea value={reason} rows={2} onChange={(e) => setReason(e.target.value)} />
        </Field>
      </Form>
    </Panel>
  );
}

function DraftForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ findings: t('app.inspections.findings') });
  const [findings, setFindings] = useState('');
  const [violations, setViolations] = useState(false);
  const [state, send] = useMutation(DraftMutation);
  return (
    <Panel id="draft" title={t('app.inspections.draftTitle')}>
      <Form
        onSubmit={() => send({ input: { inspectionId: id, findings, violationsFound: violations } })}
        userErrors={localize(errorsOf(state as Result, 'sendDraftCertificate'))}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.inspections.draftSubmit')}
      >
        <Field name="findings" label={t('app.inspections.findings')}>
          <TextArea value={findings} rows={3} onChange={(e) => setFindings(e.target.value)} data-input="draftFindings" />
        </Field>
        <label className="ov-check">
          <input type="checkbox" checked={violations} onChange={(e) => setViolations(e.target.checked)} data-input="violationsFound" /> {t('app.inspections.violationsFound')}
        </label>
      </Form>
    </Panel>
  );
}

function ObjectionsForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ text: t('app.inspections.objections') });
  const [text, setText] = useState('');
  const [none, setNone] = useState(false);
  const [state, send] = useMutation(ObjectionsMutation);
  return (
    <Panel id="objections" title={t('app.inspections.objectionsTitle')}>
      <Form
        onSubmit={() => send({ input: { inspectionId: id, text: none ? null : text, none } })}
        userErrors={localize(errorsOf(state as Result, 'recordInspectionObjections'))}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.inspections.objectionsSubmit')}
      >
        <label className="ov-check">
          <input type="checkbox" checked={none} onChange={(e) => setNone(e.target.checked)} data-input="noObjections" /> {t('app.inspections.noObjections')}
        </label>
        {!none && (
          <Field name="text" label={t('app.inspections.objections')}>
            <TextArea value={text} rows={3} onChange={(e) => setText(e.target.value)} />
          </Field>
        )}
      </Form>
    </Panel>
  );
}

function CertificateForm({ id, violations }: { id: string; violations: boolean }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ findings: t('app.inspections.findings'), recommendation: t('app.inspections.recommendation') });
  const [findings, setFindings] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [state, send] = useMutation(CertificateMutation);
  return (
    <Panel id="certificate" title={t('app.inspections.certificateTitle')}>
      <Form
        onSubmit={() => send({ input: { inspectionId: id, findings, recommendation: violations ? recommendation : null } })}
        userErrors={localize(errorsOf(state as Result, 'sendInspectionCertificate'))}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.inspections.certificateSubmit')}
      >
        <Field name="findings" label={t('app.inspections.findings')}>
          <TextArea value={findings} rows={3} onChange={(e) => setFindings(e.target.value)} data-input="certificateFindings" />
        </Field>
        {violations && (
          <Field name="recommendation" label={t('app.inspections.recommendation')} hint={t('app.inspections.recommendationHint')}>
            <TextArea value={recommendation} rows={3} onChange={(e) => setRecommendation(e.target.value)} data-input="recommendation" />
          </Field>
        )}
      </Form>
    </Panel>
  );
}

function FollowUpForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ consideredOn: t('app.inspections.consideredOn'), measures: t('app.inspections.measures') });
  const [consideredOn, setConsideredOn] = useState(todayInAlmaty());
  const [measures, setMeasures] = useState('');
  const [state, send] = useMutation(FollowUpMutation);
  return (
    <Panel id="followUp" title={t('app.inspections.followUpTitle')}>
      <p className="ov-muted">{t('app.inspections.followUpHint')}</p>
      <Form
        onSubmit={() => send({ input: { inspectionId: id, consideredOn, measures } })}
        userErrors={localize(errorsOf(state as Result, 'recordRecommendationResult'))}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.inspections.followUpSubmit')}
      >
        <Field name="consideredOn" label={t('app.inspections.consideredOn')}>
          <TextInput type="date" value={consideredOn} onChange={(e) => setConsideredOn(e.target.value)} data-input="consideredOn" />
        </Field>
        <Field name="measures" label={t('app.inspections.measures')}>
          <TextArea value={measures} rows={3} onChange={(e) => setMeasures(e.target.value)} data-input="measures" />
        </Field>
      </Form>
    </Panel>
  );
}
