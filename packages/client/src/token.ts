// A tiny store for the bearer token: one localStorage key per app, so that signing in to the portal
// does not sign anyone in to the chamber console on the same origin. Other tabs follow through the
// `storage` event (logging out in one tab logs out every tab of that app).

export interface TokenStore {
  readonly key: string;
  get(): string | null;
  set(token: string): void;
  clear(): void;
  /** Calls `listener` after every change, in this tab or another; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** The storage key of an app's token, e.g. `oryndau.portal.token`. */
export function tokenStorageKey(app: string): string {
  return `oryndau.${app}.token`;
}

function defaultStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    // Storage can be disabled (privacy settings); the token then lives in memory for this tab only.
    return null;
  }
}

export function createTokenStore(key: string, storage: Storage | null = defaultStorage()): TokenStore {
  let memory: string | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  const read = (): string | null => {
    if (!storage) return memory;
    try {
      return storage.getItem(key);
    } catch {
      return memory;
    }
  };
  const write = (value: string | null) => {
    memory = value;
    if (!storage) return;
    try {
      if (value === null) storage.removeItem(key);
      else storage.setItem(key, value);
    } catch {
      // Quota or privacy errors: keep the in-memory copy.
    }
  };

  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) notify();
  };

  return {
    key,
    get: () => {
      const value = read();
      return value === '' ? null : value;
    },
    set: (token) => {
      write(token);
      notify();
    },
    clear: () => {
      write(null);
      notify();
    },
    subscribe: (listener) => {
      if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
  };
}
