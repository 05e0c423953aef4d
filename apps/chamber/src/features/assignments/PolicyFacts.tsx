// The policy an assignment followed, as recorded with it.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { type PolicyPeriod, SummaryList, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { policyOf } from './policy.ts';

export const PolicyFactsFragment = graphql(`
  fragment PolicyFacts_policy on AssignmentPolicy {
    version
    activeFrom
    config
  }
`);

export function PolicyFacts({ policy }: { policy: FragmentOf<typeof PolicyFactsFragment> }) {
  const data = readFragment(PolicyFactsFragment, policy);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const config = policyOf(data.config);
  const yesNo = (value: boolean | undefined) => (value === undefined ? null : value ? t('app.common.yes') : t('app.common.no'));
  return (
    <div data-policy-version={data.version}>
      <SummaryList
        items={[
          { key: 'version', label: t('app.policy.version'), value: `${config.name ?? '—'} · v${data.version}` },
          { key: 'activeFrom', label: t('app.policy.activeFrom'), value: format.dateTime(data.activeFrom) },
          { key: 'period', label: t('app.policy.period'), value: config.period ? label('policyPeriod', config.period as PolicyPeriod) : null },
          { key: 'perCategory', label: t('app.policy.perCategory'), value: yesNo(config.perCategory) },
          { key: 'consolidateDebtor', label: t('app.policy.consolidateDebtor'), value: yesNo(config.consolidateDebtor) },
          { key: 'weightByPresence', label: t('app.policy.weightByPresence'), value: yesNo(config.weightByPresence) },
        ]}
      />
      <details className="ch-details">
        <summary>{t('app.policy.raw')}</summary>
        <pre className="ch-json">{JSON.stringify(data.config, null, 2)}</pre>
      </details>
    </div>
  );
}
