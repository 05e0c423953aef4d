import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { localizedName } from './format.ts';
import { useLanguage } from './i18n/core.ts';
import { useRoleLabel } from './roles.ts';

export const ViewerCardFragment = graphql(`
  fragment ViewerCard_user on User {
    id
    displayName
    login
    roles {
      role
      region { id nameKk nameRu nameEn }
      chamber { id name }
    }
  }
`);

/** The signed-in user: name, login and roles (with the region or chamber a role is limited to). */
export function ViewerCard({ user, title }: { user: FragmentOf<typeof ViewerCardFragment>; title?: ReactNode }) {
  const data = readFragment(ViewerCardFragment, user);
  const { t } = useTranslation();
  const [language] = useLanguage();
  const roleLabel = useRoleLabel();
  const headingId = `viewer-card-${data.id}`;
  return (
    <section className="or-card or-viewer-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="or-card__title">
        {title ?? t('user.account')}
      </h2>
      <dl className="or-summary-list">
        <div>
          <dt>{t('user.displayName')}</dt>
          <dd className="or-viewer-card__name">{data.displayName}</dd>
        </div>
        <div>
          <dt>{t('user.login')}</dt>
          <dd>
            <code>{data.login}</code>
          </dd>
        </div>
        <div>
          <dt>{t('user.roles')}</dt>
          <dd>
            {data.roles.length === 0 ? (
              t('user.noRoles')
            ) : (
              <ul className="or-role-list">
                {data.roles.map((grant, index) => {
                  const scope = grant.chamber
                    ? `${t('user.chamber')}: ${grant.chamber.name}`
                    : grant.region
                      ? `${t('user.region')}: ${localizedName(grant.region, language)}`
                      : null;
                  return (
                    <li key={`${grant.role}-${grant.chamber?.id ?? grant.region?.id ?? index}`}>
                      <span className="or-role">{roleLabel(grant.role)}</span>
                      {scope && <span className="or-role-scope">{scope}</span>}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
