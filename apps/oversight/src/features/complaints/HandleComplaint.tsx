// complaints (issue 10): what a handler does with a complaint — extend the term once with a ground and the
// reasons the complainant is told (C3); record the outcome with reasons (G1); for the quality-control body,
// direct proposals to restore rights and record the control of their fulfilment (C4). The forms appear only
// when the API says the viewer may (`viewerCan…`).
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf, type ResultOf, type UserErrorLike } from '@oryndau/client';
import {
  COMPLAINT_EXTENSION_GROUNDS, COMPLAINT_OUTCOMES, ComplaintProposalStatusBadge, Field, Form, Select, TextArea, useEnumLabel, useFormat, useTranslation, useUserErrors,
  type ComplaintExtensionGround, type ComplaintOutcome,
} from '@oryndau/ui';
import { CheckProposalMutation, DecideComplaintMutation, DirectProposalMutation, ExtendComplaintMutation } from './operations.ts';

export const HandleComplaintFragment = graphql(`
  fragment HandleComplaint_complaint on Complaint {
    id
    viewerCanExtend
    viewerCanDecide
    viewerCanDirectProposal
    proposals {
      id
      text
      dueOn
      status
      checkNote
      overdue
      viewerCanCheck
    }
  }
`);

const DAYS = Array.from({ length: 10 }, (_, i) => i + 1);

export function HandleComplaint({ complaint, onChanged }: { complaint: FragmentOf<typeof HandleComplaintFragment>; onChanged: () => void }) {
  const c = readFragment(HandleComplaintFragment, complaint);
  return (
    <>
      {c.viewerCanExtend && <ExtendForm id={c.id} onDone={onChanged} />}
      {c.viewerCanDecide && <DecideForm id={c.id} onDone={onChanged} />}
      {(c.proposals.length > 0 || c.viewerCanDirectProposal) && <Proposals id={c.id} canDirect={c.viewerCanDirectProposal} proposals={c.proposals} onDone={onChanged} />}
    </>
  );
}

function ExtendForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [days, setDays] = useState(10);
  const [ground, setGround] = useState<ComplaintExtensionGround>('ADDITIONAL_STUDY');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [state, extend] = useMutation(ExtendComplaintMutation);
  const localize = useUserErrors({ workingDays: t('app.complaints.extendDays'), ground: t('app.complaints.extendGround'), reason: t('app.complaints.extendReason') });
  return (
    <section className="or-card" aria-labelledby="complaint-extend">
      <h2 className="or-card__title" id="complaint-extend">
        {t('app.complaints.extendTitle')}
      </h2>
      <p className="or-muted">{t('app.complaints.extendLead')}</p>
      <Form
        aria-labelledby="complaint-extend"
        userErrors={localize(errors)}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.complaints.extend')}
        onSubmit={async () => {
          const r = await extend({ input: { complaintId: id, workingDays: days, ground, reason } });
          const e = r.data?.extendComplaint.userErrors ?? [];
          setErrors(e);
          if (r.data && e.length === 0) onDone();
        }}
      >
        <Field name="workingDays" label={t('app.complaints.extendDays')}>
          <Select value={String(days)} onChange={(e) => setDays(Number(e.target.value))} options={DAYS.map((d) => ({ value: String(d), label: String(d) }))} />
        </Field>
        <Field name="ground" label={t('app.complaints.extendGround')}>
          <Select value={ground} onChange={(e) => setGround(e.target.value as ComplaintExtensionGround)} options={COMPLAINT_EXTENSION_GROUNDS.map((g) => ({ value: g, label: label('complaintExtensionGround', g) }))} />
        </Field>
        <Field name="reason" label={t('app.complaints.extendReason')} hint={t('app.complaints.extendReasonHint')}>
          <TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      </Form>
    </section>
  );
}

function DecideForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [outcome, setOutcome] = useState<ComplaintOutcome>('UPHELD');
  const [reasons, setReasons] = useState('');
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [state, decide] = useMutation(DecideComplaintMutation);
  const localize = useUserErrors({ outcome: t('app.complaints.outcome'), reasons: t('app.complaints.reasons') });
  return (
    <section className="or-card" aria-labelledby="complaint-decide">
      <h2 className="or-card__title" id="complaint-decide">
        {t('app.complaints.decideTitle')}
      </h2>
      <Form
        aria-labelledby="complaint-decide"
        userErrors={localize(errors)}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.complaints.decide')}
        onSubmit={async () => {
          const r = await decide({ input: { complaintId: id, outcome, reasons } });
          const e = r.data?.decideComplaint.userErrors ?? [];
          setErrors(e);
          if (r.data && e.length === 0) onDone();
        }}
      >
        <Field name="outcome" label={t('app.complaints.outcome')}>
          <Select value={outcome} onChange={(e) => setOutcome(e.target.value as ComplaintOutcome)} options={COMPLAINT_OUTCOMES.map((o) => ({ value: o, label: label('complaintOutcome', o) }))} />
        </Field>
        <Field name="reasons" label={t('app.complaints.reasons')} hint={t('app.complaints.reasonsHint')}>
          <TextArea rows={4} value={reasons} onChange={(e) => setReasons(e.target.value)} />
        </Field>
      </Form>
    </section>
  );
}

type Proposal = ResultOf<typeof HandleComplaintFragment>['proposals'][number];

function Proposals({ id, canDirect, proposals, onDone }: { id: string; canDirect: boolean; proposals: readonly Proposal[]; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [state, direct] = useMutation(DirectProposalMutation);
  const localize = useUserErrors({ text: t('app.complaints.proposalText') });
  return (
    <section className="or-card" aria-labelledby="complaint-proposals">
      <h2 className="or-card__title" id="complaint-proposals">
        {t('app.complaints.proposalsTitle')}
      </h2>
      <ul className="ov-proposals">
        {proposals.map((p) => (
          <li key={p.id} data-status={p.status}>
            <p>{p.text}</p>
            <p>
              {t('app.complaints.proposalDue', { date: format.date(p.dueOn) })} <ComplaintProposalStatusBadge status={p.status} />
            </p>
            {p.checkNote && <p className="or-muted">{p.checkNote}</p>}
            {p.viewerCanCheck && <CheckForm proposalId={p.id} onDone={onDone} />}
          </li>
        ))}
      </ul>
      {canDirect && (
        <Form
          aria-labelledby="complaint-proposals"
          userErrors={localize(errors)}
          error={state.error}
          submitting={state.fetching}
          submitLabel={t('app.complaints.direct')}
          onSubmit={async () => {
            const r = await direct({ input: { complaintId: id, text } });
            const e = r.data?.directComplaintProposal.userErrors ?? [];
            setErrors(e);
            if (r.data && e.length === 0) {
              setText('');
              onDone();
            }
          }}
        >
          <Field name="text" label={t('app.complaints.proposalText')} hint={t('app.complaints.proposalHint')}>
            <TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
        </Form>
      )}
    </section>
  );
}

function CheckForm({ proposalId, onDone }: { proposalId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [fulfilled, setFulfilled] = useState('yes');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [state, check] = useMutation(CheckProposalMutation);
  const localize = useUserErrors({ note: t('app.complaints.checkNote'), fulfilled: t('app.complaints.fulfilled') });
  return (
    <Form
      aria-label={t('app.complaints.checkTitle')}
      userErrors={localize(errors)}
      error={state.error}
      submitting={state.fetching}
      submitLabel={t('app.complaints.check')}
      onSubmit={async () => {
        const r = await check({ input: { proposalId, fulfilled: fulfilled === 'yes', note } });
        const e = r.data?.checkComplaintProposal.userErrors ?? [];
        setErrors(e);
        if (r.data && e.length === 0) onDone();
      }}
    >
      <Field name="fulfilled" label={t('app.complaints.fulfilled')}>
        <Select value={fulfilled} onChange={(e) => setFulfilled(e.target.value)} options={[{ value: 'yes', label: t('app.complaints.yes') }, { value: 'no', label: t('app.complaints.no') }]} />
      </Field>
      <Field name="note" label={t('app.complaints.checkNote')}>
        <TextArea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </Form>
  );
}
