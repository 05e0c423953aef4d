// The user errors of a mutation started by a button (not a form): each with the translated name of its
// code and the API's explanation. The API writes its explanations in English; they are marked as such.
import { Notice, useTranslation } from '@oryndau/ui';
import type { UserErrorLike } from '@oryndau/client';
import type { ReactNode } from 'react';

export function MutationErrors({ errors, title }: { errors: readonly UserErrorLike[] | null | undefined; title?: ReactNode }) {
  const { t } = useTranslation();
  if (!errors || errors.length === 0) return null;
  return (
    <Notice tone="error" title={title ?? t('form.errorSummary')}>
      <ul className="ch-error-list" data-user-errors="">
        {errors.map((error, index) => (
          <li key={`${error.code}-${index}`} data-code={error.code}>
            <strong>{t(`userError.${error.code}`, { defaultValue: error.code })}.</strong>{' '}
            <span lang="en">{error.message}</span>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
