// Headless Chromium (Debian's, /usr/bin/chromium) through playwright-core, with a fresh profile.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { artifactPath } from './paths.ts';

/** Without the background-networking flags Chromium floods a closed network with refused connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export interface LaunchBrowserOptions {
  /** Browser UI language (navigator.language); default en-GB. */
  locale?: string;
  /** Browser time zone; default the machine's. The apps must show Almaty time whatever it is. */
  timezoneId?: string;
  viewport?: { width: number; height: number };
}

export interface TestBrowser {
  context: BrowserContext;
  /** The first tab. */
  page: Page;
  /** Console errors and uncaught page errors seen so far, for assertions and failure messages. */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'oryndau-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS],
      locale: options.locale ?? 'en-GB',
      timezoneId: options.timezoneId,
      viewport: options.viewport ?? { width: 1280, height: 900 },
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  if (context.pages()[0] === page) watch(page);

  let closed = false;
  return {
    context,
    page,
    errors,
    newPage: () => context.newPage(),
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A full-page screenshot in the OS temp dir; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = artifactPath(name, 'png');
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
