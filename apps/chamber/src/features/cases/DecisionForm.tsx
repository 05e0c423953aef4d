// E4: within 3 working days of registration the bailiff decides to initiate the proceedings or to refuse.
// A refusal names a ground of E5 and states its reasons (G1); the API's user errors show at the fields.
// A decision after the deadline is recorded all the same and shown as late.
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, type UserErrorLike } from '@oryndau/client';
import { Field, Form, Notice, type ProceedingDecision, type ProceedingRefusalGround, REFUSAL_GROUNDS, Select, TextArea, useEnumLabel, UserErrorFragment, useTranslation, useUserErrors } from '@oryndau/ui';

export const DecideProceedingMutation = graphql(
  `
    mutation ChamberDecideProceeding($input: DecideProceedingInput!) {
      decideProceeding(input: $input) {
        late
        proceeding {
          id
          status
          decidedAt
          decidedLate
          decisionOverdue
          refusalGround
          refusalReason
          viewerCanDecide
          viewerCanRecordMeasure
        }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export function DecisionForm({ proceedingId, onDecided }: { proceedingId: string; onDecided: (outcome: { late: boolean; initiated: boolean }) => void }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ refusalGround: t('app.decision.ground'), reason: t('app.decision.reason') });
  const label = useEnumLabel();
  const [decision, setDecision] = useState<ProceedingDecision | ''>('');
  const [refusalGround, setRefusalGround] = useState<ProceedingRefusalGround | ''>('');
  const [reason, setReason] = useState('');
  const [localErrors, setLocalErrors] = useState<UserErrorLike[] | null>(null);
  const [state, decide] = useMutation(DecideProceedingMutation);

  const submit = async () => {
    if (!decision) {
      setLocalErrors([{ code: 'INVALID_INPUT', field: null, message: t('app.decision.choose') }]);
      return;
    }
    setLocalErrors(null);
    const r = await decide({
      input:
        decision === 'INITIATE'
          ? { proceedingId, decision }
          : { proceedingId, decision, refusalGround: refusalGround || null, reason: reason.trim() ? reason : null },
    });
    const payload = r.data?.decideProceeding;
    if (payload?.proceeding && payload.userErrors.length === 0) onDecided({ late: payload.late === true, initiated: payload.proceeding.status === 'INITIATED' });
  };

  return (
    <Form
      aria-labelledby="decision-title"
      onSubmit={submit}
      userErrors={localErrors ?? localize(state.data?.decideProceeding.userErrors)}
      error={state.error}
      submitting={state.fetching}
      submitLabel={decision === 'REFUSE' ? t('app.decision.refuseSubmit') : decision === 'INITIATE' ? t('app.decision.initiateSubmit') : t('app.decision.submit')}
    >
      <fieldset className="ch-choice">
        <legend className="or-field__label">{t('app.decision.legend')}</legend>
        {(['INITIATE', 'REFUSE'] as const).map((value) => (
          <label key={value} className="ch-choice__option">
            <input type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} data-decision={value} />
            <span>
              <span className="ch-choice__label">{t(`app.decision.${value}`)}</span>
              <span className="ch-choice__hint">{t(`app.decision.${value}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {decision === 'REFUSE' && (
        <>
          <Field name="refusalGround" label={t('app.decision.ground')} hint={t('app.decision.groundHint')}>
            <Select
              value={refusalGround}
              onChange={(e) => setRefusalGround(e.target.value as ProceedingRefusalGround | '')}
              options={REFUSAL_GROUNDS.map((g) => ({ value: g, label: label('proceedingRefusalGround', g) }))}
            />
          </Field>
          <Field name="reason" label={t('app.decision.reason')} hint={t('app.decision.reasonHint')}>
            <TextArea value={reason} rows={4} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </>
      )}
    </Form>
  );
}

/** After the decision: what was decided, and whether it came after the deadline (E4). */
export function DecisionOutcome({ late, initiated }: { late: boolean; initiated: boolean }) {
  const { t } = useTranslation();
  return (
    <div data-outcome="decided" data-late={late ? 'true' : 'false'}>
      <Notice tone={late ? 'warning' : 'success'} title={initiated ? t('app.decision.initiated') : t('app.decision.refused')}>
        <p>{late ? t('app.decision.late') : t('app.decision.inTime')}</p>
      </Notice>
    </div>
  );
}
