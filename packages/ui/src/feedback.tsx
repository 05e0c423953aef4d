// Loading, error and empty states, the same everywhere.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { graphQLErrorCodes, isUnauthenticated } from '@oryndau/client';

export function Loading({ label }: { label?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="or-loading" role="status" aria-live="polite">
      <span className="or-spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

/** A message for an error of a query or mutation: network, authorization or server. */
export function errorMessage(error: CombinedError, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (error.networkError) return t('errors.network');
  if (isUnauthenticated(error)) return t('errors.unauthenticated');
  if (graphQLErrorCodes(error).includes('FORBIDDEN')) return t('errors.forbidden');
  const message = error.graphQLErrors.map((e) => e.message).join(' ');
  return t('errors.generic', { message: message || error.message });
}

export function ErrorNotice({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="or-notice or-notice--error" role="alert">
      <p className="or-notice__title">{t('errors.title')}</p>
      <p>{errorMessage(error, t)}</p>
      {onRetry && (
        <button type="button" className="or-button or-button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Notice({ title, children, tone = 'info' }: { title?: ReactNode; children?: ReactNode; tone?: 'info' | 'warning' | 'error' | 'success' }) {
  return (
    <div className={`or-notice or-notice--${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      {title && <p className="or-notice__title">{title}</p>}
      {children}
    </div>
  );
}
