// PostgreSQL notifications (LISTEN/NOTIFY) on a dedicated connection, kept alive: for in-memory caches that must
// forget what another process changed. While the connection is down notifications can be lost, so the
// subscriber is told (`live(false)`) and must stop trusting what it keeps; when it is back (`live(true)`) it
// starts over from an empty cache.
import pg from 'pg';

export interface NotificationHandlers {
  message(payload: string): void;
  /** true once listening (again), false when the connection is lost */
  live(up: boolean): void;
}

export interface Subscription {
  close(): Promise<void>;
}

export function listenPostgres(url: string, channel: string, handlers: NotificationHandlers, retryMs = 1_000): Subscription {
  let closed = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;

  const connect = async () => {
    timer = null;
    if (closed) return;
    const c = new pg.Client({ connectionString: url, application_name: `oryndau listen ${channel}` });
    client = c;
    const lost = () => {
      if (client !== c) return;
      client = null;
      handlers.live(false);
      c.end().catch(() => {});
      if (!closed) timer = setTimeout(() => void connect(), retryMs);
    };
    c.on('error', lost);
    c.on('end', lost);
    c.on('notification', (n) => {
      if (n.channel === channel) handlers.message(n.payload ?? '');
    });
    try {
      await c.connect();
      await c.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
      if (client === c && !closed) handlers.live(true);
    } catch {
      lost();
    }
  };
  void connect();

  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      handlers.live(false);
      await c?.end().catch(() => {});
    },
  };
}
