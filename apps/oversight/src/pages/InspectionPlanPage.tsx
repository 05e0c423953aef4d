// Q1: the semi-annual plan as the platform's data proposes it — each subject with the criteria it meets and
// the figure behind each — put into the plan one by one, and approved by 10 December / 10 May (a later
// approval is recorded and flagged). Each subject links to its page (its fines and monitoring recommendations).
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type UserErrorLike } from '@oryndau/client';
import { DataTable, ErrorNotice, Field, Form, InspectionStatusBadge, Link, Loading, localizedName, Notice, PageHeader, TextInput, useEnumLabel, useFormat, useIdempotencyKey, useLanguage, useTranslation, useUserErrors, useViewer, hasAnyRole } from '@oryndau/ui';
import { ApprovePlanMutation, PlanInspectionMutation } from '../features/inspections/operations.ts';
import { subjectPath } from '../paths.ts';

export const PlanProposalQuery = graphql(`
  query OversightPlanProposal {
    inspectionPlanProposal {
      year half referenceOn approvalDueOn periodFromOn periodToOn
      plan { id approvedAt approvedLate approvalDueOn viewerCanApprove inspections { id status startsOn endsOn provider { id code nameKk nameRu nameEn } } }
      subjects {
        provider { id code kind nameKk nameRu nameEn location }
        criteria { criterion figure }
        scheduledThisYear { id status startsOn }
      }
    }
  }
`);

export function InspectionPlanPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [lang] = useLanguage();
  const viewer = useViewer();
  const quality = hasAnyRole(viewer.roles, ['QUALITY_INSPECTOR']);
  const [result, refetch] = useQuery({ query: PlanProposalQuery, requestPolicy: 'cache-and-network' });
  const [approval, approve] = useMutation(ApprovePlanMutation);
  const localize = useUserErrors({});
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const p = result.data!.inspectionPlanProposal;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader
        title={t('app.plan.title', { year: p.year, half: p.half })}
        lead={t('app.plan.lead', { from: format.date(p.periodFromOn), to: format.date(p.periodToOn), reference: format.date(p.referenceOn) })}
        actions={<Link to="/inspections">{t('app.inspections.title')}</Link>}
      />
      <section className="or-card" aria-labelledby="plan-approval" data-section="approval">
        <h2 className="or-card__title" id="plan-approval">{t('app.plan.approval')}</h2>
        <p data-approval-due={p.approvalDueOn}>{t('app.plan.approvalDue', { date: format.date(p.approvalDueOn) })}</p>
        {p.plan?.approvedAt ? (
          <div data-approved={p.plan.approvedLate ? 'late' : 'in-time'}>
            <Notice tone={p.plan.approvedLate ? 'warning' : 'success'} title={t('app.plan.approved', { date: format.dateTime(p.plan.approvedAt) })}>
              <p>{p.plan.approvedLate ? t('app.plan.approvedLate') : t('app.plan.approvedInTime')}</p>
            </Notice>
          </div>
        ) : p.plan && p.plan.viewerCanApprove ? (
          <Form
            onSubmit={async () => {
              await approve({ input: { planId: p.plan!.id } });
              reload();
            }}
            userErrors={localize(approval.data?.approveInspectionPlan.userErrors as readonly UserErrorLike[] | undefined)}
            error={approval.error}
            submitting={approval.fetching}
            submitLabel={t('app.plan.approve')}
          >
            <p className="ov-muted">{t('app.plan.approveHint', { count: p.plan.inspections.length })}</p>
          </Form>
        ) : (
          <p className="ov-muted">{p.plan ? t('app.plan.notApproved') : t('app.plan.empty')}</p>
        )}
      </section>
      <section className="or-card" aria-labelledby="plan-subjects" data-section="proposal">
        <h2 className="or-card__title" id="plan-subjects">{t('app.plan.proposed')}</h2>
        <p className="ov-muted">{t('app.plan.proposedHint')}</p>
        <DataTable
          caption={t('app.plan.proposed')}
          captionHidden
          rows={p.subjects}
          rowKey={(s) => s.provider.id}
          empty={t('app.plan.none')}
          columns={[
            { key: 'subject', header: t('app.inspections.subject'), rowHeader: true, render: (s) => <Link to={subjectPath(s.provider.id)} data-subject={s.provider.code}>{localizedName(s.provider, lang)}</Link> },
            { key: 'kind', header: t('app.plan.subjectKind'), render: (s) => label('serviceProviderKind', s.provider.kind) },
            {
              key: 'criteria',
              header: t('app.plan.criteria'),
              render: (s) => (
                <ul className="ov-list">
                  {s.criteria.map((c) => (
                    <li key={c.criterion} data-criterion={c.criterion} data-figure={c.figure ?? ''}>
                      {label('planCriterion', c.criterion)}: <strong>{c.figure === null ? t('app.plan.never') : format.number(c.figure)}</strong>
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              key: 'plan',
              header: t('app.plan.inPlan'),
              render: (s) =>
                s.scheduledThisYear ? (
                  <Link to={`/inspections/${encodeURIComponent(s.scheduledThisYear.id)}`}>
                    <InspectionStatusBadge status={s.scheduledThisYear.status} /> {format.date(s.scheduledThisYear.startsOn)}
                  </Link>
                ) : quality ? (
                  <AddToPlan providerId={s.provider.id} code={s.provider.code} year={p.year} half={p.half} defaultStart={p.periodFromOn} onAdded={reload} />
                ) : (
                  t('app.plan.notInPlan')
                ),
            },
          ]}
        />
      </section>
    </>
  );
}

function AddToPlan({ providerId, code, year, half, defaultStart, onAdded }: { providerId: string; code: string; year: number; half: number; defaultStart: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const localize = useUserErrors({ startsOn: t('app.inspections.startsOn'), matter: t('app.inspections.matter') });
  const [startsOn, setStartsOn] = useState(() => {
    const d = new Date(`${defaultStart}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 40);
    while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  });
  const [matter, setMatter] = useState(t('app.plan.defaultMatter'));
  const { key, renew } = useIdempotencyKey();
  const [state, add] = useMutation(PlanInspectionMutation);
  return (
    <div data-add-to-plan={code}>
      <Form
        aria-label={t('app.plan.addLabel', { code })}
        onSubmit={async () => {
          const r = await add({ input: { providerId, year, half, startsOn, matter, idempotencyKey: key } });
          if (r.data?.planInspection.userErrors.length === 0) {
            renew();
            onAdded();
          }
        }}
        userErrors={localize(state.data?.planInspection.userErrors as readonly UserErrorLike[] | undefined)}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.plan.add')}
      >
        <Field name="startsOn" label={t('app.inspections.startsOn')}>
          <TextInput type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </Field>
        <Field name="matter" label={t('app.inspections.matter')}>
          <TextInput value={matter} onChange={(e) => setMatter(e.target.value)} />
        </Field>
      </Form>
    </div>
  );
}
