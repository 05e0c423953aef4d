import { PageHeader, ViewerCard, useTranslation, useViewer } from '@oryndau/ui';

export function HomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={t('home.welcome', { name: viewer.displayName })} documentTitle={t('common.home')} lead={t('app.home.intro')} />
      <ViewerCard user={viewer} />
    </>
  );
}
