// @oryndau/testing: the browser-test harness. A test creates its own database, runs the real API on
// it, serves an app with Vite and drives headless Chromium; everything is removed in afterAll.
export { createTestDatabase, DEFAULT_ADMIN_DATABASE_URL, type TestDatabase, type CreateTestDatabaseOptions } from './database.ts';
export { startApi, API_MAIN, type RunningApi, type StartApiOptions } from './api.ts';
export { startApp, type RunningApp, type StartAppOptions } from './app.ts';
export { launchBrowser, screenshot, CHROMIUM_ARGS, type TestBrowser, type LaunchBrowserOptions } from './browser.ts';
export { startStack, Cleanup, type Stack } from './stack.ts';
export { graphqlRequest, demoUsers, demoUser, devLoginToken, type DemoUser, type GraphQLResponse } from './graphql.ts';
export { signInAsDemoUser, signOut, demoUserButton } from './ui.ts';
export { freePort, waitForHttp, type WaitForHttpOptions } from './net.ts';
export { repoRoot, appDir, artifactPath } from './paths.ts';
