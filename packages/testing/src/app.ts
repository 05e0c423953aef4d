// Serves an app (apps/portal, …) with Vite's dev server, pointed at a test API.
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { freePort } from './net.ts';

export interface StartAppOptions {
  /** The GraphQL endpoint the app talks to (becomes import.meta.env.VITE_API_URL). */
  apiUrl: string;
  /** Default: a free port. */
  port?: number;
}

export interface RunningApp {
  /** The app's address, e.g. http://127.0.0.1:41235/ */
  url: string;
  server: ViteDevServer;
  close(): Promise<void>;
}

export async function startApp(appDir: string, { apiUrl, port }: StartAppOptions): Promise<RunningApp> {
  const root = path.resolve(appDir);
  const server = await createServer({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'development',
    logLevel: 'warn',
    clearScreen: false,
    server: { host: '127.0.0.1', port: port ?? (await freePort()), strictPort: false },
    define: { 'import.meta.env.VITE_API_URL': JSON.stringify(apiUrl) },
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    throw error;
  }
  const address = server.httpServer?.address();
  const url =
    server.resolvedUrls?.local[0] ??
    (typeof address === 'object' && address ? `http://127.0.0.1:${address.port}/` : undefined);
  if (!url) {
    await server.close();
    throw new Error(`Vite started for ${root} but reported no address.`);
  }
  return { url, server, close: () => server.close() };
}
