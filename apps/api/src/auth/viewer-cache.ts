// The signed-in users' viewers (user and grants), kept in memory between requests so that an authenticated
// request needs no database round trip before its own work. Exact, not merely short-lived: PostgreSQL announces
// every committed change to a user, their grants or a chamber's region (migration viewer_changes, channel
// "oryndau_viewer"), and the cache forgets the users named. It keeps nothing while it is not listening (the
// embedded database, or the notification connection down), and starts empty whenever listening resumes, so a
// notification missed while disconnected cannot leave a stale viewer behind. A load that raced a notification is
// not kept. The TTL is a backstop only.
import type { Database } from '@oryndau/db';
import type { Viewer } from './viewer.ts';
import type { TokenClaims } from './tokens.ts';
import { loadViewer } from './viewer.ts';

export const VIEWER_CHANNEL = 'oryndau_viewer';

interface Entry {
  viewer: Viewer;
  at: number;
}

export class ViewerCache {
  private readonly byId = new Map<string, Entry>();
  private readonly idByLogin = new Map<string, string>();
  /** advanced by every notification and loss of the connection: a load that began before it is not stored */
  private epoch = 0;
  private live = false;
  /** loads answered from memory and from the database, for the benchmark and tests */
  readonly stats = { hits: 0, loads: 0 };

  constructor(
    private readonly db: Database,
    private readonly opts: { ttlMs?: number; max?: number; now?: () => number } = {},
  ) {
    db.listen(VIEWER_CHANNEL, {
      message: (payload) => this.forget(payload === '*' ? null : payload.split(',').filter(Boolean)),
      live: (up) => {
        this.forget(null);
        this.live = up;
      },
    });
  }

  /** Whether viewers are kept (listening for changes). */
  get listening(): boolean {
    return this.live;
  }

  async viewerFor(claims: TokenClaims): Promise<Viewer | null> {
    const now = (this.opts.now ?? Date.now)();
    const id = claims.sub ?? (claims.login ? this.idByLogin.get(claims.login) : undefined);
    const hit = id ? this.byId.get(id) : undefined;
    if (hit && now - hit.at < (this.opts.ttlMs ?? 60_000)) {
      this.stats.hits++;
      return hit.viewer;
    }
    const epoch = this.epoch;
    this.stats.loads++;
    const where = claims.sub ? { id: claims.sub } : claims.login ? { login: claims.login } : null;
    const viewer = where ? await loadViewer(this.db.prisma, where) : null;
    if (viewer && this.live && epoch === this.epoch) {
      // shared by every request of the user from now on: nobody may change it
      for (const g of viewer.grants) Object.freeze(g);
      Object.freeze(viewer.grants);
      Object.freeze(viewer);
      if (this.byId.size >= (this.opts.max ?? 10_000)) this.forgetOldest();
      this.byId.set(viewer.id, { viewer, at: now });
      this.idByLogin.set(viewer.login, viewer.id);
    }
    return viewer;
  }

  /** Forgets the users named, or everyone (null). */
  forget(userIds: string[] | null) {
    this.epoch++;
    if (!userIds) {
      this.byId.clear();
      this.idByLogin.clear();
      return;
    }
    for (const id of userIds) {
      const entry = this.byId.get(id);
      if (entry) this.idByLogin.delete(entry.viewer.login);
      this.byId.delete(id);
    }
  }

  private forgetOldest() {
    const oldest = this.byId.keys().next().value;
    if (oldest !== undefined) this.forget([oldest]);
  }
}
