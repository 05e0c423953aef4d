// The inspections: the state quality-control ones (Q1–Q5) and, beside them, the regional Chambers' own
// unscheduled inspections of their bailiffs (CH5); and the decision of an unscheduled inspection on one of the
// five grounds (Q2) — an anonymous appeal is refused with its reason.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type UserErrorLike } from '@oryndau/client';
import { DataTable, ErrorNotice, Field, Form, InspectionStatusBadge, Link, Loading, localizedName, PageHeader, Select, TextArea, TextInput, useEnumLabel, useFormat, useIdempotencyKey, useLanguage, useNavigate, useTranslation, useUserErrors } from '@oryndau/ui';
import { OpenUnscheduledMutation } from '../features/inspections/operations.ts';

export const InspectionsQuery = graphql(`
  query OversightInspections {
    quality: inspections(first: 100, source: QUALITY_CONTROL) {
      edges { node { id kind ground status startsOn endsOn conductedBy validity { valid } provider { id code nameKk nameRu nameEn } } }
    }
    chamber: inspections(first: 50, source: CHAMBER) {
      edges { node { id ground status startsOn endsOn subjectName chamberName breachFound } }
    }
    serviceProviders { id code kind nameKk nameRu nameEn }
  }
`);

const GROUNDS = ['APPEAL_OF_PERSON', 'APPEAL_OF_STATE_BODY', 'CONTROL_OF_RECOMMENDATIONS', 'MONITORING_FINDINGS', 'MEDIA_REPORT'] as const;

export function InspectionsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [lang] = useLanguage();
  const [result, refetch] = useQuery({ query: InspectionsQuery, requestPolicy: 'cache-and-network' });
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const d = result.data!;
  return (
    <>
      <PageHeader title={t('app.inspections.title')} lead={t('app.inspections.lead')} actions={<Link to="/inspections/plan">{t('app.plan.link')}</Link>} />
      <section className="or-card" aria-labelledby="quality-list" data-section="quality">
        <h2 className="or-card__title" id="quality-list">{t('app.inspections.quality')}</h2>
        <DataTable
          caption={t('app.inspections.quality')}
          captionHidden
          rows={d.quality.edges.map((e) => e.node)}
          rowKey={(i) => i.id}
          empty={t('app.inspections.none')}
          columns={[
            { key: 'subject', header: t('app.inspections.subject'), rowHeader: true, render: (i) => <Link to={`/inspections/${encodeURIComponent(i.id)}`} data-inspection={i.provider?.code ?? ''}>{i.provider ? localizedName(i.provider, lang) : ''}</Link> },
            { key: 'kind', header: t('app.inspections.kind'), render: (i) => `${label('inspectionKind', i.kind)} · ${label('inspectionGround', i.ground)}` },
            { key: 'status', header: t('app.inspections.status'), render: (i) => <span data-status={i.status}><InspectionStatusBadge status={i.status} />{i.validity && !i.validity.valid && i.status !== 'INVALID' ? ` · ${t('app.inspections.flaggedInvalid')}` : ''}</span> },
            { key: 'term', header: t('app.inspections.term'), render: (i) => `${format.date(i.startsOn)} – ${format.date(i.endsOn)}` },
            { key: 'body', header: t('app.inspections.body'), render: (i) => (i.conductedBy ? label('inspectingBody', i.conductedBy) : '') },
          ]}
        />
      </section>
      <OpenUnscheduled providers={d.serviceProviders} onOpened={() => refetch({ requestPolicy: 'network-only' })} />
      <section className="or-card" aria-labelledby="chamber-list" data-section="chamber">
        <h2 className="or-card__title" id="chamber-list">{t('app.inspections.chamberInspections')}</h2>
        <p className="ov-muted">{t('app.inspections.chamberHint')}</p>
        <DataTable
          caption={t('app.inspections.chamberInspections')}
          captionHidden
          rows={d.chamber.edges.map((e) => e.node)}
          rowKey={(i) => i.id}
          empty={t('app.inspections.none')}
          columns={[
            { key: 'subject', header: t('app.inspections.subject'), rowHeader: true, render: (i) => i.subjectName },
            { key: 'chamber', header: t('app.inspections.chamber'), render: (i) => i.chamberName ?? '' },
            { key: 'ground', header: t('app.inspections.ground'), render: (i) => label('inspectionGround', i.ground) },
            { key: 'status', header: t('app.inspections.status'), render: (i) => <InspectionStatusBadge status={i.status} /> },
            { key: 'term', header: t('app.inspections.term'), render: (i) => `${format.date(i.startsOn)} – ${format.date(i.endsOn)}` },
            { key: 'breach', header: t('app.inspections.breach'), render: (i) => (i.breachFound === null ? '' : i.breachFound ? t('app.inspections.yes') : t('app.inspections.no')) },
          ]}
        />
      </section>
    </>
  );
}

function OpenUnscheduled({ providers, onOpened }: { providers: readonly { id: string; code: string; nameKk: string; nameRu: string; nameEn: string }[]; onOpened: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [lang] = useLanguage();
  const navigate = useNavigate();
  const localize = useUserErrors({ providerId: t('app.inspections.subject'), ground: t('app.inspections.ground'), reason: t('app.inspections.reason'), matter: t('app.inspections.matter'), startsOn: t('app.inspections.startsOn'), anonymousSource: t('app.inspections.anonymous') });
  const [providerId, setProviderId] = useState('');
  const [ground, setGround] = useState<(typeof GROUNDS)[number] | ''>('');
  const [anonymous, setAnonymous] = useState(false);
  const [reason, setReason] = useState('');
  const [matter, setMatter] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [local, setLocal] = useState<UserErrorLike[] | null>(null);
  const { key, renew } = useIdempotencyKey();
  const [state, open] = useMutation(OpenUnscheduledMutation);
  return (
    <section className="or-card" aria-labelledby="open-unscheduled" data-section="open">
      <h2 className="or-card__title" id="open-unscheduled">{t('app.inspections.openTitle')}</h2>
      <Form
        onSubmit={async () => {
          if (!providerId || !ground) {
            setLocal([{ code: 'INVALID_INPUT', field: ['input', providerId ? 'ground' : 'providerId'], message: t('app.inspections.choose') }]);
            return;
          }
          setLocal(null);
          const r = await open({ input: { providerId, ground, anonymousSource: anonymous, reason, matter, startsOn, idempotencyKey: key } });
          const id = r.data?.openUnscheduledInspection.inspection?.id;
          if (id) {
            renew();
            onOpened();
            navigate(`/inspections/${encodeURIComponent(id)}`);
          }
        }}
        userErrors={local ?? localize(state.data?.openUnscheduledInspection.userErrors as readonly UserErrorLike[] | undefined)}
        error={state.error}
        submitting={state.fetching}
        submitLabel={t('app.inspections.openSubmit')}
      >
        <Field name="providerId" label={t('app.inspections.subject')}>
          <Select value={providerId} onChange={(e) => setProviderId(e.target.value)} options={providers.map((p) => ({ value: p.id, label: localizedName(p, lang) }))} data-input="provider" />
        </Field>
        <Field name="ground" label={t('app.inspections.ground')}>
          <Select value={ground} onChange={(e) => setGround(e.target.value as typeof ground)} options={GROUNDS.map((g) => ({ value: g, label: label('inspectionGround', g) }))} data-input="ground" />
        </Field>
        <label className="ov-check">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} data-input="anonymous" /> {t('app.inspections.anonymous')}
        </label>
        <Field name="reason" label={t('app.inspections.reason')}>
          <TextArea value={reason} rows={2} onChange={(e) => setReason(e.target.value)} data-input="reason" />
        </Field>
        <Field name="matter" label={t('app.inspections.matter')}>
          <TextInput value={matter} onChange={(e) => setMatter(e.target.value)} data-input="matter" />
        </Field>
        <Field name="startsOn" label={t('app.inspections.startsOn')}>
          <TextInput type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} data-input="startsOn" />
        </Field>
      </Form>
    </section>
  );
}
