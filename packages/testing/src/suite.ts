// The set-up every browser-test file shares, registered with Vitest in one call: a fresh database, the API on
// it, the app (and any other app the file needs) on the API, headless Chromium, and the clean-up of all of it.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startApi, type StartApiOptions } from './api.ts';
import { startApp, type RunningApp } from './app.ts';
import { launchBrowser, screenshot, type LaunchBrowserOptions, type TestBrowser } from './browser.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { appDir, type AppName } from './paths.ts';
import { Cleanup } from './stack.ts';
import { signInAsDemoUser } from './ui.ts';
import type { Page } from 'playwright-core';

export interface AppUnderTest {
  /** The fresh database the API runs on. */
  readonly database: TestDatabase;
  /** The API's GraphQL endpoint. */
  readonly apiUrl: string;
  /** The address of the app under test. */
  readonly appUrl: string;
  readonly browser: TestBrowser;
  /** The browser's first tab. */
  readonly page: Page;
  /** The address of an app the file serves (the app under test or one of `alsoServe`). */
  appUrlOf(app: AppName): string;
  /** An absolute address on the app under test (or on `app`): `url('/queue')`. */
  url(path: string, app?: AppName): string;
}

export interface UseAppUnderTestOptions {
  /** More apps to serve on the same API, e.g. `['portal']` for a test across apps; see `appUrlOf`. */
  alsoServe?: AppName[];
  /** Options of the API (port, extra environment, start-up timeout). */
  api?: Omit<StartApiOptions, 'databaseUrl'>;
  /** Options of the browser (locale, time zone, viewport). */
  browser?: LaunchBrowserOptions;
  /** The file's own set-up once everything runs (tokens, data through the API), before `signInAs`; awaited, its result ignored. */
  setUp?: (env: AppUnderTest) => unknown;
  /** A demo user to sign in as on the app under test, last in `beforeAll`. */
  signInAs?: string;
  /** After each failed test, print a screenshot's path, the page's address and the browser's errors; default true. */
  reportFailures?: boolean;
}

interface Running {
  database: TestDatabase;
  apiUrl: string;
  apps: Map<AppName, RunningApp>;
  browser: TestBrowser;
}

/**
 * Registers `beforeAll` (database, API, app(s), browser, then `setUp` and `signInAs`), `afterEach` (a report
 * of a failed test) and `afterAll` (everything stopped and dropped, in reverse order) with Vitest, in the
 * file or `describe` it is called in. Returns getters, valid inside tests and hooks that run after it:
 * read them there (`const { page } = stack` inside a test, not at the top of the file).
 */
export function useAppUnderTest(app: AppName, options: UseAppUnderTestOptions = {}): AppUnderTest {
  const cleanup = new Cleanup();
  let running: Running | undefined;
  const ready = (what: string): Running => {
    if (!running) throw new Error(`useAppUnderTest('${app}'): ${what} is read before beforeAll has started everything.`);
    return running;
  };
  const appUrlOf = (name: AppName): string => {
    const served = ready(`the address of ${name}`).apps.get(name);
    if (!served) throw new Error(`useAppUnderTest('${app}'): ${name} is not served (add it to alsoServe).`);
    return served.url;
  };
  const env: AppUnderTest = {
    get database() {
      return ready('database').database;
    },
    get apiUrl() {
      return ready('apiUrl').apiUrl;
    },
    get appUrl() {
      return appUrlOf(app);
    },
    get browser() {
      return ready('browser').browser;
    },
    get page() {
      return ready('page').browser.page;
    },
    appUrlOf,
    url: (path, name = app) => new URL(path, appUrlOf(name)).toString(),
  };

  beforeAll(async () => {
    const database = await createTestDatabase();
    cleanup.add(database.drop);
    const api = await startApi({ databaseUrl: database.url, ...options.api });
    cleanup.add(api.stop);
    const names = [app, ...(options.alsoServe ?? []).filter((name) => name !== app)];
    const started = await Promise.allSettled(names.map((name) => startApp(appDir(name), { apiUrl: api.url })));
    const apps = new Map<AppName, RunningApp>();
    started.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        cleanup.add(result.value.close);
        apps.set(names[i]!, result.value);
      }
    });
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const browser = await launchBrowser(options.browser);
    cleanup.add(browser.close);
    running = { database, apiUrl: api.url, apps, browser };
    await options.setUp?.(env);
    if (options.signInAs) {
      await browser.page.goto(env.appUrl);
      await signInAsDemoUser(browser.page, options.signInAs);
    }
  });

  if (options.reportFailures ?? true) afterEach((context) => reportFailure(running?.browser, context));

  afterAll(async () => {
    running = undefined;
    await cleanup.run();
  });

  return env;
}

/** For `afterEach`: after a failed test, a screenshot of the page, its address and the browser's errors. */
export async function reportFailure(browser: TestBrowser | undefined, context: { task: { name: string; result?: { state?: string } } }): Promise<void> {
  if (!browser || context.task.result?.state !== 'fail') return;
  const file = await screenshot(browser.page, `failed-${context.task.name.slice(0, 40)}`).catch(() => 'no screenshot');
  console.log(`FAILED "${context.task.name}" at ${browser.page.url()}: ${file}\nbrowser errors: ${JSON.stringify(browser.errors)}`);
}
