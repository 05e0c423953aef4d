// A bailiff's current and future periods without cases (CH2), each with a form to end it.
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '@oryndau/client';
import { DataTable, Field, Form, Notice, StatusBadge, TextInput, todayInAlmaty, useEnumLabel, useFormat, UserErrorFragment, useTranslation, useUserErrors } from '@oryndau/ui';

export const AvailabilityListFragment = graphql(`
  fragment AvailabilityList_bailiff on PrivateBailiff {
    id
    availability { id kind startsOn endsOn reason }
  }
`);

export const EndAvailabilityMutation = graphql(
  `
    mutation ChamberEndAvailability($input: EndBailiffAvailabilityInput!) {
      endBailiffAvailability(input: $input) {
        bailiff { id openCaseCount availability { id kind startsOn endsOn reason } }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

function EndAvailabilityForm({ availabilityId, startsOn, onDone }: { availabilityId: string; startsOn: string; onDone: () => void }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ endsOn: t('app.availability.lastDay') });
  const today = todayInAlmaty();
  const [endsOn, setEndsOn] = useState(today < startsOn ? startsOn : today);
  const [state, end] = useMutation(EndAvailabilityMutation);
  const submit = async () => {
    const r = await end({ input: { availabilityId, endsOn } });
    if (r.data?.endBailiffAvailability.bailiff && !r.data.endBailiffAvailability.userErrors.length) onDone();
  };
  return (
    <Form
      className="ch-inline-form"
      aria-label={t('app.availability.end')}
      onSubmit={submit}
      userErrors={localize(state.data?.endBailiffAvailability.userErrors)}
      error={state.error}
      submitting={state.fetching}
      submitLabel={t('app.availability.endSubmit')}
    >
      <Field name="endsOn" label={t('app.availability.lastDay')} hint={t('app.availability.lastDayHint')}>
        <TextInput type="date" value={endsOn} min={startsOn} onChange={(e) => setEndsOn(e.target.value)} required />
      </Field>
    </Form>
  );
}

type Period = ResultOf<typeof AvailabilityListFragment>['availability'][number];

export function AvailabilityList({ bailiff }: { bailiff: FragmentOf<typeof AvailabilityListFragment> }) {
  const data = readFragment(AvailabilityListFragment, bailiff);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [ending, setEnding] = useState<string | null>(null);
  const [ended, setEnded] = useState(false);
  const today = todayInAlmaty();
  return (
    <>
      {ended && (
        <div data-outcome="availability-ended">
          <Notice tone="success">{t('app.availability.ended')}</Notice>
        </div>
      )}
      <DataTable<Period>
        caption={t('app.availability.current')}
        rows={data.availability}
        rowKey={(p) => p.id}
        empty={t('app.availability.none')}
        columns={[
          {
            key: 'kind',
            header: t('app.availability.kind'),
            rowHeader: true,
            render: (p) => (
              <span data-availability-kind={p.kind}>
                {label('availabilityKind', p.kind)}{' '}
                {p.startsOn <= today && (!p.endsOn || p.endsOn >= today) && <StatusBadge tone="warning">{t('app.availability.inForce')}</StatusBadge>}
              </span>
            ),
          },
          { key: 'from', header: t('app.availability.from'), render: (p) => format.date(p.startsOn) },
          { key: 'to', header: t('app.availability.to'), render: (p) => (p.endsOn ? format.date(p.endsOn) : t('app.availability.openEnded')) },
          { key: 'reason', header: t('app.availability.reason'), render: (p) => p.reason ?? '—' },
          {
            key: 'actions',
            header: t('app.queue.actions'),
            render: (p) =>
              ending === p.id ? (
                <EndAvailabilityForm
                  availabilityId={p.id}
                  startsOn={p.startsOn}
                  onDone={() => {
                    setEnding(null);
                    setEnded(true);
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="or-button or-button--secondary ch-button--small"
                  data-action="end-availability"
                  onClick={() => {
                    setEnded(false);
                    setEnding(p.id);
                  }}
                >
                  {t('app.availability.end')}
                </button>
              ),
          },
        ]}
      />
    </>
  );
}
