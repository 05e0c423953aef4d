// The user errors of a mutation started by a button (not a form), in the UI language.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserErrorLike } from '@oryndau/client';
import { Notice } from './feedback.tsx';
import { useUserErrors } from './vocabulary/userErrors.ts';

export function MutationErrors({ errors, title }: { errors: readonly UserErrorLike[] | null | undefined; title?: ReactNode }) {
  const { t } = useTranslation();
  const localize = useUserErrors();
  const shown = localize(errors);
  if (!shown || shown.length === 0) return null;
  return (
    <Notice tone="error" title={title ?? t('form.errorSummary')}>
      <ul className="or-error-list" data-user-errors="">
        {shown.map((error, index) => (
          <li key={`${error.code}-${index}`} data-code={error.code} data-key={error.key ?? undefined}>
            {error.message}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
