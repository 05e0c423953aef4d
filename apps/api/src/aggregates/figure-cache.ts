// Issue 11 (dashperf): the dashboards' shared, single-flight result cache, one per API process. A figure is keyed
// by its name, its filter, its arguments and the viewer's region scope (never shared across scopes). Identical
// concurrent requests wait on one computation. A result younger than `ttlMs` (5 s) is served as it is; an older
// one starts one recomputation and, while that runs, is still served up to `maxStaleMs` (10 s, the bound
// on how far figures may be behind the data) — never older. Every figure carries its own `asOf`.
export interface FigureCacheOptions {
  /** how long a computed figure is served without recomputing; 0 turns the cache off */
  ttlMs?: number;
  /** how old a figure may be when it is served while its recomputation runs (≥ ttlMs) */
  maxStaleMs?: number;
  /** the clock (milliseconds); tests may move it */
  clock?: () => number;
  /** at most this many figures are kept (the oldest are dropped first) */
  maxEntries?: number;
}

interface Done {
  startedAt: number;
  value: unknown;
}

export const FIGURE_TTL_MS = 5_000;
export const FIGURE_MAX_STALE_MS = 10_000;

export class FigureCache {
  readonly ttlMs: number;
  readonly maxStaleMs: number;
  private readonly clock: () => number;
  private readonly maxEntries: number;
  private readonly done = new Map<string, Done>();
  private readonly pending = new Map<string, Promise<unknown>>();
  /** computations started, and requests answered without starting one (for tests and the bench) */
  readonly stats = { computed: 0, shared: 0 };

  constructor(opts: FigureCacheOptions = {}) {
    this.ttlMs = opts.ttlMs ?? FIGURE_TTL_MS;
    this.maxStaleMs = Math.max(this.ttlMs, opts.maxStaleMs ?? FIGURE_MAX_STALE_MS);
    this.clock = opts.clock ?? Date.now;
    this.maxEntries = opts.maxEntries ?? 2_000;
  }

  /** The key of a figure: its name, the viewer's region scope (null: the whole country) and what it was asked with. */
  static key(figure: string, scope: readonly string[] | null, asked: unknown): string {
    return JSON.stringify([figure, scope ? [...scope].sort() : null, asked]);
  }

  /** The figure under `key` (see the head of this file for how old it may be). */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) {
      this.stats.computed++;
      return compute();
    }
    const now = this.clock();
    const last = this.done.get(key);
    const age = last ? now - last.startedAt : Infinity;
    if (last && age < this.ttlMs) {
      this.stats.shared++;
      return Promise.resolve(last.value as T);
    }
    let running = this.pending.get(key) as Promise<T> | undefined;
    if (running) this.stats.shared++;
    else running = this.start(key, now, compute);
    if (last && age < this.maxStaleMs) return Promise.resolve(last.value as T);
    return running;
  }

  private start<T>(key: string, startedAt: number, compute: () => Promise<T>): Promise<T> {
    this.stats.computed++;
    const running = compute().then(
      (value) => {
        this.pending.delete(key);
        this.done.delete(key);
        this.done.set(key, { startedAt, value });
        this.prune(this.clock());
        return value;
      },
      (e: unknown) => {
        this.pending.delete(key); // a failed computation is not kept: the next request tries again
        throw e;
      },
    );
    this.pending.set(key, running);
    running.catch(() => undefined); // a stale answer may have been served instead: no unhandled rejection
    return running;
  }

  private prune(now: number): void {
    for (const [k, e] of this.done) {
      if (this.done.size <= this.maxEntries && now - e.startedAt < this.maxStaleMs) break;
      this.done.delete(k);
    }
  }
}
