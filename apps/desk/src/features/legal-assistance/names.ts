// Names of courts, departments, states and treaties in the UI language.
import { useCallback } from 'react';
import { localizedName, useLanguage } from '@oryndau/ui';

type Named = { nameKk: string; nameRu: string; nameEn: string };
type Titled = { titleKk: string; titleRu: string; titleEn: string };

export function useName(): (x: Named | Titled | null | undefined) => string {
  const [language] = useLanguage();
  return useCallback(
    (x: Named | Titled | null | undefined) => (!x ? '—' : 'nameEn' in x ? localizedName(x, language) : localizedName({ nameKk: x.titleKk, nameRu: x.titleRu, nameEn: x.titleEn }, language)),
    [language],
  );
}
