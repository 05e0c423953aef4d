// A minimal history router: enough for the apps' pages (`/`, `/cases/:id`), with no dependency.
// The dev server and `vite preview` serve index.html for every path; a production web server must
// do the same (e.g. nginx `try_files $uri /index.html`).
import {
  createContext,
  lazy,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type ComponentType,
  type LazyExoticComponent,
  type MouseEvent,
  type ReactNode,
} from 'react';

export interface Location {
  /** The path inside the app, always starting with `/` (the deployment base removed). */
  pathname: string;
  search: string;
}

export interface NavigateOptions {
  replace?: boolean;
}

interface RouterValue {
  location: Location;
  base: string;
  navigate: (to: string, options?: NavigateOptions) => void;
}

const RouterContext = createContext<RouterValue | null>(null);

const NAVIGATE_EVENT = 'oryndau:navigate';

function subscribe(listener: () => void) {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

const currentHref = () => window.location.pathname + window.location.search;

function normalizeBase(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed === '' || trimmed === '.' ? '' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

export function RouterProvider({ children, base = import.meta.env.BASE_URL }: { children: ReactNode; base?: string }) {
  const href = useSyncExternalStore(subscribe, currentHref, () => '/');
  const cleanBase = normalizeBase(base);
  const location = useMemo<Location>(() => {
    const url = new URL(href, 'http://app.invalid');
    const inside = cleanBase && url.pathname.startsWith(cleanBase) ? url.pathname.slice(cleanBase.length) : url.pathname;
    return { pathname: inside.startsWith('/') ? inside : `/${inside}`, search: url.search };
  }, [href, cleanBase]);
  const navigate = useCallback(
    (to: string, options: NavigateOptions = {}) => {
      const target = cleanBase + (to.startsWith('/') ? to : `/${to}`);
      if (options.replace) window.history.replaceState(null, '', target);
      else window.history.pushState(null, '', target);
      window.dispatchEvent(new Event(NAVIGATE_EVENT));
      window.scrollTo(0, 0);
    },
    [cleanBase],
  );
  const value = useMemo(() => ({ location, base: cleanBase, navigate }), [location, cleanBase, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('Oryndau router hooks need a <RouterProvider> above them.');
  return value;
}

export const useLocation = (): Location => useRouter().location;
export const useNavigate = (): RouterValue['navigate'] => useRouter().navigate;

/** The parameters of `pattern` (`/cases/:id`) in `pathname`, or null when it does not match. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const split = (p: string) => p.split('/').filter(Boolean);
  const want = split(pattern);
  const have = split(pathname);
  if (want.at(-1) === '*') {
    if (have.length < want.length - 1) return null;
  } else if (want.length !== have.length) {
    return null;
  }
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    if (segment === '*') {
      params['*'] = have.slice(i).map(decodeURIComponent).join('/');
      return params;
    }
    const actual = have[i];
    if (actual === undefined) return null;
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(actual);
    else if (segment !== actual) return null;
  }
  return params;
}

export interface RouteDefinition {
  /** `/`, `/cases`, `/cases/:id`, `/reports/*`. */
  path: string;
  render: (params: Record<string, string>) => ReactNode;
  /** A page anyone may open without signing in: the public status check (complaints, issue 10), the licence
   * register and the document check (licence area, issue 9). */
  public?: boolean;
}

/** Renders the first route whose path matches, else `notFound`. */
export function Routes({ routes, notFound }: { routes: readonly RouteDefinition[]; notFound: ReactNode }) {
  const { pathname } = useLocation();
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return <>{route.render(params)}</>;
  }
  return <>{notFound}</>;
}

/** True when `to` is the current page (exactly, or as a section prefix when `exact` is false). */
export function useIsActive(to: string, exact = to === '/'): boolean {
  const { pathname } = useLocation();
  return exact ? pathname === to : pathname === to || pathname.startsWith(to.endsWith('/') ? to : `${to}/`);
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  replace?: boolean;
}

/** An `<a>` that navigates inside the app; modified clicks (new tab, download) keep the browser's behaviour. */
export function Link({ to, replace, onClick, target, ...rest }: LinkProps) {
  const { base, navigate } = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      (target && target !== '_self') ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(to, { replace });
  };
  return <a href={base + to} target={target} onClick={handleClick} {...rest} />;
}

// frontend: pages loaded on demand (issue 11). `lazyPage(() => import('./pages/XPage.tsx'), 'XPage')` is the
// page component, typed as the module's export; the app shell shows a localised `role="status"` while it loads.
/** A page component loaded with its module the first time it renders (React.lazy over a named export). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any page's props: React.lazy's own constraint
export function lazyPage<K extends string, M extends Record<K, ComponentType<any>>>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
