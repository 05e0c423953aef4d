// The facts of an executive document — court, case, date, category, amount, parties, district — the same
// way on every page that shows them (the bailiff's case, the chamber's document). Each page spreads the
// fragment and adds its own facts before and after.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { type SummaryItem, SummaryList, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';

export const DocumentFactsFragment = graphql(`
  fragment DocumentFacts_document on ExecutiveDocument {
    id
    court
    caseNumber
    issuedOn
    category
    amountTenge
    claimantName
    claimantIdNumber
    debtorName
    debtorIdNumber
    debtorAddress
    district { id nameKk nameRu nameEn }
  }
`);

type Item = SummaryItem | false | null | undefined | '';

export function DocumentFacts({ document, before = [], after = [] }: { document: FragmentOf<typeof DocumentFactsFragment>; before?: readonly Item[]; after?: readonly Item[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const d = readFragment(DocumentFactsFragment, document);
  return (
    <SummaryList
      items={[
        ...before,
        { key: 'court', label: t('app.document.court'), value: d.court },
        { key: 'caseNumber', label: t('app.document.caseNumber'), value: d.caseNumber },
        { key: 'issuedOn', label: t('app.document.issuedOn'), value: format.date(d.issuedOn) },
        { key: 'category', label: t('app.document.category'), value: label('documentCategory', d.category) },
        d.amountTenge != null && { key: 'amount', label: t('app.document.amount'), value: format.money(d.amountTenge) },
        { key: 'claimant', label: t('app.document.claimant'), value: `${d.claimantName} · ${t('app.document.idNumber')} ${d.claimantIdNumber}` },
        { key: 'debtor', label: t('app.document.debtor'), value: `${d.debtorName} · ${t('app.document.idNumber')} ${d.debtorIdNumber}` },
        { key: 'debtorAddress', label: t('app.document.debtorAddress'), value: d.debtorAddress },
        { key: 'district', label: t('app.document.district'), value: format.name(d.district) },
        ...after,
      ]}
    />
  );
}
