// The assignment's place in the chamber's chain: the hash it links to, its seed (the tie-break draw,
// derived from that hash, the document and the sequence: nobody chooses it) and its own hash.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { SummaryList, useTranslation } from '@oryndau/ui';
import { HashValue } from '../../components/HashValue.tsx';

export const HashChainFragment = graphql(`
  fragment HashChain_assignment on Assignment {
    id
    sequence
    previousHash
    seed
    hash
    tiedCount
  }
`);

export function HashChain({ assignment }: { assignment: FragmentOf<typeof HashChainFragment> }) {
  const data = readFragment(HashChainFragment, assignment);
  const { t } = useTranslation();
  return (
    <div className="ch-chain">
      <p className="ch-muted">{t('app.chain.intro')}</p>
      <SummaryList
        items={[
          { key: 'sequence', label: t('app.chain.sequence'), value: data.sequence },
          { key: 'previousHash', label: t('app.chain.previousHash'), value: <HashValue value={data.previousHash} /> },
          { key: 'seed', label: t('app.chain.seed'), value: <HashValue value={data.seed} /> },
          { key: 'hash', label: t('app.chain.hash'), value: <HashValue value={data.hash} /> },
          { key: 'tied', label: t('app.chain.tiedCount'), value: data.tiedCount },
        ]}
      />
    </div>
  );
}
