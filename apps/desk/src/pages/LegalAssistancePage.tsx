// Legal assistance (LA1–LA4, G2): the orders and petitions the viewer's court or department handles, each with
// its status and nearest deadline; the forms to register an incoming order (departments) or prepare an outgoing
// one (courts).
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { DataTable, DeadlineBadge, ErrorNotice, INCOMING_ORDER_STATUS_TONE, Link, Loading, OUTGOING_ORDER_STATUS_TONE, PageHeader, PETITION_STATUS_TONE, StatusBadge, hasAnyRole, nodesOf, useEnumLabel, useTranslation, useViewer } from '@oryndau/ui';
import { useName } from '../features/legal-assistance/names.ts';

export const LegalAssistanceQuery = graphql(`
  query DeskLegalAssistance {
    incomingOrders(first: 50) {
      totalCount
      edges { node { id number status requestingCourt overdue requestingState { nameKk nameRu nameEn } court { nameKk nameRu nameEn } deadlines { kind dueOn metOn overdue } } }
    }
    outgoingOrders(first: 50) {
      totalCount
      edges { node { id number status caseNumber hearingOn latestSendOn overdue requestedState { nameKk nameRu nameEn } court { nameKk nameRu nameEn } } }
    }
    recognitionPetitions(first: 50) {
      totalCount
      edges { node { id number status foreignCourt filedOn late state { nameKk nameRu nameEn } court { nameKk nameRu nameEn } } }
    }
  }
`);

const open = (d: { dueOn: string; metOn: string | null; overdue: boolean }[]) => d.filter((x) => !x.metOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];

export function LegalAssistancePage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const name = useName();
  const viewer = useViewer();
  const [result, refetch] = useQuery({ query: LegalAssistanceQuery, requestPolicy: 'cache-and-network' });
  const isDept = hasAnyRole(viewer.roles, ['JUDICIAL_DEPARTMENT_OFFICER']);
  const isCourt = hasAnyRole(viewer.roles, ['COURT_OFFICER']);
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const incoming = nodesOf(result.data?.incomingOrders);
  const outgoing = nodesOf(result.data?.outgoingOrders);
  const petitions = nodesOf(result.data?.recognitionPetitions);
  return (
    <>
      <PageHeader
        title={t('app.legal.title')}
        lead={t('app.legal.lead')}
        actions={
          <div className="or-row-actions">
            {isDept && <Link className="or-button" to="/legal/incoming/new" data-action="register-incoming">{t('app.legal.registerIncoming')}</Link>}
            {isCourt && <Link className="or-button" to="/legal/outgoing/new" data-action="prepare-outgoing">{t('app.legal.prepareOutgoing')}</Link>}
          </div>
        }
      />
      <section className="or-card" aria-labelledby="legal-incoming">
        <h2 className="or-card__title" id="legal-incoming">{t('app.legal.incoming')}</h2>
        <DataTable
          caption={t('app.legal.incoming')}
          captionHidden
          rows={incoming}
          rowKey={(o) => o.id}
          empty={t('app.legal.none')}
          columns={[
            { key: 'number', header: t('app.legal.number'), rowHeader: true, render: (o) => <Link to={`/legal/incoming/${o.id}`}>{o.number}</Link> },
            { key: 'from', header: t('app.legal.from'), render: (o) => `${name(o.requestingState)} · ${o.requestingCourt}` },
            { key: 'court', header: t('app.legal.court'), render: (o) => name(o.court) },
            { key: 'status', header: t('app.legal.status'), render: (o) => <StatusBadge tone={INCOMING_ORDER_STATUS_TONE[o.status]}>{label('incomingOrderStatus', o.status)}</StatusBadge> },
            { key: 'due', header: t('app.legal.nextDeadline'), render: (o) => { const d = open(o.deadlines); return d ? <DeadlineBadge due={d.dueOn} overdue={d.overdue} /> : '—'; } },
          ]}
        />
      </section>
      <section className="or-card" aria-labelledby="legal-outgoing">
        <h2 className="or-card__title" id="legal-outgoing">{t('app.legal.outgoing')}</h2>
        <DataTable
          caption={t('app.legal.outgoing')}
          captionHidden
          rows={outgoing}
          rowKey={(o) => o.id}
          empty={t('app.legal.none')}
          columns={[
            { key: 'number', header: t('app.legal.number'), rowHeader: true, render: (o) => <Link to={`/legal/outgoing/${o.id}`}>{o.number}</Link> },
            { key: 'to', header: t('app.legal.to'), render: (o) => name(o.requestedState) },
            { key: 'court', header: t('app.legal.court'), render: (o) => name(o.court) },
            { key: 'status', header: t('app.legal.status'), render: (o) => <StatusBadge tone={OUTGOING_ORDER_STATUS_TONE[o.status]}>{label('outgoingOrderStatus', o.status)}</StatusBadge> },
            { key: 'send', header: t('app.legal.latestSendOn'), render: (o) => <DeadlineBadge due={o.latestSendOn} overdue={o.overdue} done={o.status !== 'PREPARED'} /> },
          ]}
        />
      </section>
      <section className="or-card" aria-labelledby="legal-petitions">
        <h2 className="or-card__title" id="legal-petitions">{t('app.legal.petitions')}</h2>
        <DataTable
          caption={t('app.legal.petitions')}
          captionHidden
          rows={petitions}
          rowKey={(p) => p.id}
          empty={t('app.legal.none')}
          columns={[
            { key: 'number', header: t('app.legal.number'), rowHeader: true, render: (p) => <Link to={`/legal/petitions/${p.id}`}>{p.number}</Link> },
            { key: 'from', header: t('app.legal.from'), render: (p) => `${name(p.state)} · ${p.foreignCourt}` },
            { key: 'court', header: t('app.legal.court'), render: (p) => name(p.court) },
            { key: 'status', header: t('app.legal.status'), render: (p) => <StatusBadge tone={PETITION_STATUS_TONE[p.status]}>{label('petitionStatus', p.status)}</StatusBadge> },
            { key: 'late', header: t('app.legal.filedOn'), render: (p) => (p.late ? <StatusBadge tone="warning">{t('app.legal.lateFiling')}</StatusBadge> : t('app.legal.inTime')) },
          ]}
        />
      </section>
    </>
  );
}
