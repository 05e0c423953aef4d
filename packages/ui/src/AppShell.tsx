import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@oryndau/client';
import { AppInfoContext, BRAND } from './app-info.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { Link, useIsActive, useLocation } from './router.tsx';
import { hasAnyRole } from './roles.ts';
import { useSession, useViewerState } from './session.tsx';
import { UserMenu } from './UserMenu.tsx';

export interface NavItem {
  to: string;
  label: string;
  /** Shown only to users holding one of these roles (default: everyone who may use the app). */
  roles?: readonly Role[];
  /** Active only on exactly `to` (default for `/`), rather than on the whole section under it. */
  exact?: boolean;
}

export interface AppShellProps {
  /** The app's name in the UI language, e.g. t('app.name'). */
  appName: string;
  navItems?: readonly NavItem[];
  children: ReactNode;
}

function Emblem() {
  // An abstract mark (sky-blue field, golden sun), not a state symbol.
  return (
    <svg className="or-brand__mark" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="8" fill="#00a3c4" />
      <circle cx="20" cy="20" r="8" fill="#fec50c" />
      <g stroke="#fec50c" strokeWidth="2" strokeLinecap="round">
        <path d="M20 5v5M20 30v5M5 20h5M30 20h5M9.4 9.4l3.5 3.5M27.1 27.1l3.5 3.5M9.4 30.6l3.5-3.5M27.1 12.9l3.5-3.5" />
      </g>
    </svg>
  );
}

function NavLink({ item }: { item: NavItem }) {
  const active = useIsActive(item.to, item.exact);
  return (
    <Link to={item.to} className="or-nav__link" aria-current={active ? 'page' : undefined}>
      {item.label}
    </Link>
  );
}

/** The page frame of every app: header (brand, language, user), navigation, main area, footer. */
export function AppShell({ appName, navItems = [], children }: AppShellProps) {
  const { t } = useTranslation();
  const session = useSession();
  const { viewer, hasAccess } = useViewerState();
  const { pathname } = useLocation();
  const appInfo = useMemo(() => ({ appName }), [appName]);

  // Layout effect: runs before the pages' effects, which may set a more specific title.
  useLayoutEffect(() => {
    document.title = `${BRAND} — ${appName}`;
  }, [appName]);

  // After an in-app navigation, move focus to the new page's heading (as a page load would).
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    const heading = mainRef.current?.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else {
      mainRef.current?.focus();
    }
  }, [pathname]);

  const visibleItems = viewer && hasAccess ? navItems.filter((item) => !item.roles || hasAnyRole(viewer.roles, item.roles)) : [];

  return (
    <AppInfoContext.Provider value={appInfo}>
      <div className="or-app">
        <a className="or-skip-link" href="#main">
          {t('common.skipToContent')}
        </a>
        <header className="or-header">
          <div className="or-header__top">
            <div className="or-container or-header__top-inner">
              <span className="or-header__tagline">{t('brand.tagline')}</span>
              <LanguageSwitcher />
            </div>
          </div>
          <div className="or-container or-header__main">
            {/* The link's name is its visible text and then "home page" (WCAG 2.5.3 label in name: an aria-label
                that does not contain the visible text fails axe-core's label-content-name-mismatch). */}
            <Link to="/" className="or-brand">
              <Emblem />
              <span className="or-brand__text">
                <span className="or-brand__name">{BRAND}</span>
                <span className="or-visually-hidden"> </span>
                <span className="or-brand__app">{appName}</span>
                <span className="or-visually-hidden"> — {t('brand.homePage')}</span>
              </span>
            </Link>
            {viewer && <UserMenu user={viewer} onLogout={session.signOut} />}
          </div>
          {visibleItems.length > 0 && (
            <nav className="or-nav" aria-label={t('common.mainNavigation')}>
              <ul className="or-container or-nav__list">
                {visibleItems.map((item) => (
                  <li key={item.to}>
                    <NavLink item={item} />
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </header>
        <main id="main" className="or-main or-container" tabIndex={-1} ref={mainRef}>
          {children}
        </main>
        <footer className="or-footer">
          <div className="or-container">
            <p>{t('common.footer')}</p>
            <p className="or-muted">{t('common.timeZoneNote')}</p>
          </div>
        </footer>
      </div>
    </AppInfoContext.Provider>
  );
}
