// The chamber a chamber official works for: the chamber of their CHAMBER_OFFICIAL grant. (An official
// of two chambers works in the first one listed; the demo data and the pilot have one each.)
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { useFormat, useTranslation } from '@oryndau/ui';

export const ViewerChamberQuery = graphql(`
  query ChamberViewerGrants {
    viewer {
      id
      roles { role chamber { id name region { id nameKk nameRu nameEn } } }
    }
  }
`);

export interface OfficialChamber {
  /** `name` is the chamber's name in the UI language, built from its region's name (the API's `Chamber.name` is English only). */
  chamber: { id: string; name: string } | null;
  fetching: boolean;
}

export function useOfficialChamber(): OfficialChamber {
  const { t } = useTranslation();
  const format = useFormat();
  const [result] = useQuery({ query: ViewerChamberQuery, requestPolicy: 'cache-first' });
  const grant = result.data?.viewer?.roles.find((g) => g.role === 'CHAMBER_OFFICIAL' && g.chamber);
  const chamber = grant?.chamber ? { id: grant.chamber.id, name: t('app.common.chamberOf', { region: format.name(grant.chamber.region) }) } : null;
  return { chamber, fetching: result.fetching && !result.data };
}

/** A chamber's name in the UI language, from its region's names. */
export function useChamberName(): (region: { nameKk: string; nameRu: string; nameEn: string }) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (region) => t('app.common.chamberOf', { region: format.name(region) });
}
