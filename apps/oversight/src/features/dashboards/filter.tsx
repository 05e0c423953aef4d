// The dashboards' filter — region, period, service, body — kept in the page's address (?region=…&from=…), so
// that a filtered view can be shared and the browser's back button undoes a change.
import { useMemo } from 'react';
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { useEnumLabel, useFormat, useLocation, useNavigate, useTranslation, type ResponsibleBody, type ServiceKind } from '@oryndau/ui';

export const SERVICES: readonly ServiceKind[] = ['ENFORCEMENT_INITIATION', 'ATTESTATION', 'ATTESTATION_AND_LICENCE', 'LICENCE', 'LICENCE_REISSUE'];
export const BODIES: readonly ResponsibleBody[] = ['JUSTICE_OFFICE', 'CHAMBER', 'STATE_BAILIFF', 'ATTESTATION_COMMISSION', 'MINISTRY_LICENSING', 'PROVIDER_HEAD', 'MINISTRY', 'STATE_CORPORATION', 'QUALITY_CONTROL_BODY'];

export interface DashboardFilterValue {
  regionId?: string;
  fromMonth?: string;
  toMonth?: string;
  services?: ServiceKind[];
  body?: ResponsibleBody;
}

/** The filter in the address, as the GraphQL `DashboardFilter`, and a setter that keeps the other fields. */
export function useDashboardFilter(): [DashboardFilterValue, (change: Partial<Record<'region' | 'from' | 'to' | 'service' | 'body', string>>) => void, string] {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const filter = useMemo(() => {
    const p = new URLSearchParams(search);
    const f: DashboardFilterValue = {};
    if (p.get('region')) f.regionId = p.get('region')!;
    if (/^\d{4}-\d{2}$/.test(p.get('from') ?? '')) f.fromMonth = p.get('from')!;
    if (/^\d{4}-\d{2}$/.test(p.get('to') ?? '')) f.toMonth = p.get('to')!;
    if (SERVICES.includes(p.get('service') as ServiceKind)) f.services = [p.get('service') as ServiceKind];
    if (BODIES.includes(p.get('body') as ResponsibleBody)) f.body = p.get('body') as ResponsibleBody;
    return f;
  }, [search]);
  const set = (change: Partial<Record<'region' | 'from' | 'to' | 'service' | 'body', string>>) => {
    const p = new URLSearchParams(search);
    for (const [k, v] of Object.entries(change)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    const q = p.toString();
    navigate(q ? `${pathname}?${q}` : pathname, { replace: true });
  };
  return [filter, set, search];
}

export const FilterRegionsFragment = graphql(`
  fragment FilterRegions_dashboard on Dashboard {
    fromMonth
    toMonth
    regions { id code nameKk nameRu nameEn }
  }
`);

/** The filter form: every change applies at once (no submit), and is announced by the figures' own update. */
export function DashboardFilterForm({ dashboard }: { dashboard: FragmentOf<typeof FilterRegionsFragment> | null | undefined }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [filter, set] = useDashboardFilter();
  const d = dashboard ? readFragment(FilterRegionsFragment, dashboard) : null;
  return (
    <form className="ov-filter" aria-label={t('app.dashboards.filter.label')} onSubmit={(e) => e.preventDefault()}>
      <label className="ov-filter__field">
        <span>{t('app.dashboards.filter.region')}</span>
        <select data-filter="region" className="or-input or-select" value={filter.regionId ?? ''} onChange={(e) => set({ region: e.target.value })}>
          <option value="">{t('app.dashboards.filter.allRegions')}</option>
          {(d?.regions ?? []).map((r) => (
            <option key={r.id} value={r.id}>{format.name(r)}</option>
          ))}
        </select>
      </label>
      <label className="ov-filter__field">
        <span>{t('app.dashboards.filter.from')}</span>
        <input className="or-input" type="month" value={filter.fromMonth ?? d?.fromMonth ?? ''} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label className="ov-filter__field">
        <span>{t('app.dashboards.filter.to')}</span>
        <input className="or-input" type="month" value={filter.toMonth ?? d?.toMonth ?? ''} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <label className="ov-filter__field">
        <span>{t('app.dashboards.filter.service')}</span>
        <select data-filter="service" className="or-input or-select" value={filter.services?.[0] ?? ''} onChange={(e) => set({ service: e.target.value })}>
          <option value="">{t('app.dashboards.filter.allServices')}</option>
          {SERVICES.map((s) => (
            <option key={s} value={s}>{label('serviceKind', s)}</option>
          ))}
        </select>
      </label>
      <label className="ov-filter__field">
        <span>{t('app.dashboards.filter.body')}</span>
        <select data-filter="body" className="or-input or-select" value={filter.body ?? ''} onChange={(e) => set({ body: e.target.value })}>
          <option value="">{t('app.dashboards.filter.allBodies')}</option>
          {BODIES.map((b) => (
            <option key={b} value={b}>{label('responsibleBody', b)}</option>
          ))}
        </select>
      </label>
    </form>
  );
}

/** "As of …": when a figure was computed. */
export function AsOf({ at }: { at: string | null | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!at) return null;
  return <p className="ov-asof">{t('app.dashboards.asOf', { at: format.dateTime(at) })}</p>;
}

/** The filter's query string, to carry the filter across the dashboards' pages. */
export function useFilterSearch(): string {
  return useDashboardFilter()[2];
}
