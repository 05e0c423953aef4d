// Database + API + app, started together and stopped in reverse order.
import { startApi, type RunningApi, type StartApiOptions } from './api.ts';
import { startApp, type RunningApp } from './app.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { appDir } from './paths.ts';

/** Collects clean-up steps and runs them last-in first-out, each even when an earlier one fails. */
export class Cleanup {
  private readonly steps: (() => Promise<unknown>)[] = [];

  add(step: () => Promise<unknown>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    const failures: unknown[] = [];
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0) throw new AggregateError(failures, `${failures.length} clean-up step(s) failed.`);
  }
}

export interface Stack {
  db: TestDatabase;
  api: RunningApi;
  app: RunningApp;
  stop(): Promise<void>;
}

/** A fresh database, the API on it (migrated, demo data, dev sign-in) and the app's dev server on the API. */
export async function startStack(app: string, options: { api?: Omit<StartApiOptions, 'databaseUrl'> } = {}): Promise<Stack> {
  const cleanup = new Cleanup();
  try {
    const db = await createTestDatabase();
    cleanup.add(db.drop);
    const api = await startApi({ databaseUrl: db.url, ...options.api });
    cleanup.add(api.stop);
    const running = await startApp(appDir(app), { apiUrl: api.url });
    cleanup.add(running.close);
    return { db, api, app: running, stop: () => cleanup.run() };
  } catch (error) {
    await cleanup.run().catch(() => undefined);
    throw error;
  }
}
