import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './app-info.tsx';
import { Link } from './router.tsx';

export interface PageHeaderProps {
  title: string;
  /** The document title, when it should differ from the heading (default: the heading). */
  documentTitle?: string;
  lead?: ReactNode;
  actions?: ReactNode;
}

/** The page's h1 (also its document title), an optional lead paragraph and actions. */
export function PageHeader({ title, documentTitle, lead, actions }: PageHeaderProps) {
  usePageTitle(documentTitle ?? title);
  return (
    <div className="or-page-header">
      <div>
        <h1>{title}</h1>
        {lead && <p className="or-lead">{lead}</p>}
      </div>
      {actions && <div className="or-page-header__actions">{actions}</div>}
    </div>
  );
}

/** "Page not found"; `lead` explains it in the page's own words (frontend: details pages, NodePageFallback). */
export function NotFoundPage({ lead }: { lead?: ReactNode } = {}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notFoundTitle')} lead={lead ?? t('common.notFoundText')} />
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </>
  );
}
