// The session of an app: its bearer token (one per app, see createTokenStore), the urql client built
// for that token, and the signed-in user. A new token gives a new client, so no cached data of one
// user is ever shown to the next.
import i18next from 'i18next';
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { Provider as UrqlProvider, useQuery, type CombinedError } from 'urql';
import {
  API_URL,
  createOryndauClient,
  createTokenStore,
  graphql,
  tokenStorageKey,
  type OryndauClientOptions,
  type ResultOf,
  type Role,
} from '@oryndau/client';
import { languageOfLocale, storedLanguage } from './i18n/core.ts';
import { hasAnyRole } from './roles.ts';
import { UserMenuFragment } from './UserMenu.tsx';
import { ViewerCardFragment } from './ViewerCard.tsx';

export const ViewerQuery = graphql(
  `
    query OryndauViewer {
      viewer {
        id
        login
        displayName
        locale
        roles { role }
        ...ViewerCard_user
        ...UserMenu_user
      }
    }
  `,
  [ViewerCardFragment, UserMenuFragment],
);

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['viewer']>;

interface SessionValue {
  /** The app's key: `portal`, `chamber`, `oversight`. */
  app: string;
  /** The roles this app serves. */
  roles: readonly Role[];
  token: string | null;
  signIn: (token: string) => void;
  signOut: () => void;
}

export interface ViewerState {
  viewer: Viewer | null;
  /** The viewer holds one of the app's roles. */
  hasAccess: boolean;
  fetching: boolean;
  error: CombinedError | undefined;
  refetch: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);
const ViewerContext = createContext<ViewerState | null>(null);

export interface OryndauProviderProps {
  /** The app's key, used for its token's storage key. */
  app: string;
  /** The roles this app serves (others see "no access"). */
  roles: readonly Role[];
  /** Defaults to API_URL (`VITE_API_URL`, else the local dev API). */
  apiUrl?: string;
  /** App-specific Graphcache configuration; pass a module-level constant. */
  cache?: OryndauClientOptions['cache'];
  children: ReactNode;
}

export function OryndauProvider({ app, roles, apiUrl = API_URL, cache, children }: OryndauProviderProps) {
  const store = useMemo(() => createTokenStore(tokenStorageKey(app)), [app]);
  const token = useSyncExternalStore(store.subscribe, store.get, () => null);
  const client = useMemo(
    () =>
      createOryndauClient({
        url: apiUrl,
        getToken: () => token,
        getLocale: () => i18next.resolvedLanguage ?? i18next.language,
        onUnauthenticated: () => {
          if (store.get() === token) store.clear();
        },
        cache,
      }),
    [apiUrl, token, store, cache],
  );
  const signIn = useCallback((next: string) => store.set(next), [store]);
  const signOut = useCallback(() => store.clear(), [store]);
  const session = useMemo(() => ({ app, roles, token, signIn, signOut }), [app, roles, token, signIn, signOut]);
  return (
    <SessionContext.Provider value={session}>
      <UrqlProvider value={client}>
        <ViewerProvider>{children}</ViewerProvider>
      </UrqlProvider>
    </SessionContext.Provider>
  );
}

function ViewerProvider({ children }: { children: ReactNode }) {
  const { token, roles, signOut } = useSession();
  const [result, reexecute] = useQuery({ query: ViewerQuery, pause: !token });
  const viewer = token ? (result.data?.viewer ?? null) : null;

  // A token the API no longer accepts (expired, user removed) answers `viewer: null`: forget it.
  const rejected = !!token && !result.fetching && !result.stale && !result.error && result.data !== undefined && result.data.viewer === null;
  useEffect(() => {
    if (rejected) signOut();
  }, [rejected, signOut]);

  // Until the user picks a language, the UI speaks the language of their profile.
  const profileLanguage = viewer ? languageOfLocale(viewer.locale) : null;
  useEffect(() => {
    if (profileLanguage && !storedLanguage() && i18next.language !== profileLanguage) void i18next.changeLanguage(profileLanguage);
  }, [profileLanguage]);

  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const value = useMemo<ViewerState>(
    () => ({
      viewer,
      hasAccess: !!viewer && hasAnyRole(viewer.roles, roles),
      fetching: result.fetching,
      error: result.error,
      refetch,
    }),
    [viewer, roles, result.fetching, result.error, refetch],
  );
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs an <OryndauProvider> above it.');
  return value;
}

/** The viewer and the state of its query (the viewer is null while signed out). */
export function useViewerState(): ViewerState {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewerState needs an <OryndauProvider> above it.');
  return value;
}

/** The signed-in user; only inside <RequireViewer>. */
export function useViewer(): Viewer {
  const { viewer } = useViewerState();
  if (!viewer) throw new Error('useViewer is for pages inside <RequireViewer>.');
  return viewer;
}
