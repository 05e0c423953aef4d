import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';

export const UserMenuFragment = graphql(`
  fragment UserMenu_user on User {
    id
    displayName
    login
  }
`);

/** Who is signed in, and the way out. */
export function UserMenu({ user, onLogout }: { user: FragmentOf<typeof UserMenuFragment>; onLogout: () => void }) {
  const data = readFragment(UserMenuFragment, user);
  const { t } = useTranslation();
  return (
    <div className="or-user-menu" role="group" aria-label={t('user.signedInAs', { name: data.displayName })}>
      <span className="or-user-menu__who">
        <span className="or-user-menu__name">{data.displayName}</span>
        <span className="or-user-menu__login">{data.login}</span>
      </span>
      <button type="button" className="or-button or-button--on-dark" onClick={onLogout}>
        {t('user.logout')}
      </button>
    </div>
  );
}
