import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('No free port found.'))));
    });
  });
}

export interface WaitForHttpOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Stops waiting early (e.g. the process serving the URL has exited); its message becomes the error. */
  abort?: () => string | null;
}

/** Polls `url` until it answers 200. */
export async function waitForHttp(url: string, { timeoutMs = 60_000, intervalMs = 250, abort }: WaitForHttpOptions = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const aborted = abort?.();
    if (aborted) throw new Error(aborted);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(intervalMs);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${last}).`);
}
