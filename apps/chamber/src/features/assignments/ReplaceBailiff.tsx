// CH4: the bailiff of a case is replaced only on a final decision (of the Chamber's disciplinary
// commission or a court) confirming a breach of duty. The official picks one of the bailiff's recorded
// decisions; the Chamber then appoints another bailiff by its policy, the replaced one left out.
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { Field, Form, Link, Select, todayInAlmaty, useEnumLabel, useFormat, UserErrorFragment, useTranslation, useUserErrors } from '@oryndau/ui';
import { AssignmentOutcome, AssignmentOutcomeFragment } from './AssignmentOutcome.tsx';

export const ReplaceBailiffFragment = graphql(`
  fragment ReplaceBailiff_assignment on Assignment {
    id
    active
    document { id }
    bailiff {
      id
      name
      breachDecisions { id authority number decidedOn effectiveOn summary }
    }
  }
`);

export const ReplaceBailiffMutation = graphql(
  `
    mutation ChamberReplaceBailiff($input: ReplaceBailiffInput!) {
      replaceBailiff(input: $input) {
        assignment {
          id
          ...AssignmentOutcome_assignment
          document {
            id
            status
            currentAssignment { id }
            assignments { id active endedAt endReason }
          }
        }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [AssignmentOutcomeFragment, UserErrorFragment],
);

export function ReplaceBailiff({ assignment }: { assignment: FragmentOf<typeof ReplaceBailiffFragment> }) {
  const data = readFragment(ReplaceBailiffFragment, assignment);
  const { t } = useTranslation();
  const localize = useUserErrors({ breachDecisionId: t('app.replace.decision') });
  const label = useEnumLabel();
  const format = useFormat();
  const [breachDecisionId, setBreachDecisionId] = useState('');
  const [state, replace] = useMutation(ReplaceBailiffMutation);
  const payload = state.data?.replaceBailiff;
  const today = todayInAlmaty();

  if (payload?.assignment) {
    return (
      <section className="or-card" aria-labelledby="replace-title" data-section="replace">
        <h2 className="or-card__title" id="replace-title">
          {t('app.replace.title')}
        </h2>
        <AssignmentOutcome assignment={payload.assignment} title={t('app.replace.done', { name: data.bailiff.name })} />
      </section>
    );
  }
  if (!data.active) return null;
  const decisions = data.bailiff.breachDecisions;
  return (
    <section className="or-card" aria-labelledby="replace-title" data-section="replace">
      <h2 className="or-card__title" id="replace-title">
        {t('app.replace.title')}
      </h2>
      <p>{t('app.replace.intro', { name: data.bailiff.name })}</p>
      {decisions.length === 0 ? (
        <p className="ch-muted" data-replace="no-decisions">
          {t('app.replace.none')}{' '}
          <Link to={`/bailiffs/${encodeURIComponent(data.bailiff.id)}`}>{t('app.replace.recordOne', { name: data.bailiff.name })}</Link>
        </p>
      ) : (
        <Form
          aria-labelledby="replace-title"
          onSubmit={() => replace({ input: { documentId: data.document.id, breachDecisionId } })}
          userErrors={localize(payload?.userErrors)}
          error={state.error}
          submitting={state.fetching}
          submitLabel={t('app.replace.submit')}
        >
          <Field name="breachDecisionId" label={t('app.replace.decision')} hint={t('app.replace.decisionHint')}>
            <Select
              value={breachDecisionId}
              onChange={(e) => setBreachDecisionId(e.target.value)}
              options={decisions.map((d) => ({
                value: d.id,
                label: `№ ${d.number} · ${label('breachAuthority', d.authority)} · ${t('app.breach.effectiveFrom', { date: format.date(d.effectiveOn) })}${
                  d.effectiveOn > today ? ` (${t('app.breach.notYetEffective')})` : ''
                }`,
              }))}
            />
          </Field>
        </Form>
      )}
    </section>
  );
}
