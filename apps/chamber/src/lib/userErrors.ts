// The API explains its user errors in English (schema: UserError.message). Shown in a form, each starts with
// the translated name of its code, so that a reader of Kazakh or Russian knows at once what kind of
// problem it is; the explanation follows as the API wrote it.
import { useCallback } from 'react';
import type { UserErrorLike } from '@oryndau/client';
import { useTranslation } from '@oryndau/ui';

export function useLocalizedUserErrors(): (errors: readonly UserErrorLike[] | null | undefined) => UserErrorLike[] | null {
  const { t } = useTranslation();
  return useCallback(
    (errors) => (errors ? errors.map((e) => ({ ...e, message: `${t(`userError.${e.code}`, { defaultValue: e.code })}: ${e.message}` })) : null),
    [t],
  );
}
