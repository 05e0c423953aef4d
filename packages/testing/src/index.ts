// @oryndau/testing: the browser-test harness. A test creates its own database, runs the real API on
// it, serves an app with Vite and drives headless Chromium; everything is removed in afterAll.
// `useAppUnderTest(app, options)` registers all of that with Vitest in one call; `describeSignIn` is the
// sign-in suite every app runs.
//
// Accessibility: every page passes axe-core's WCAG 2.1 AA rules (tags wcag2a, wcag2aa, wcag21a, wcag21aa).
// The harness checks the pages it lands on itself (signInAsDemoUser, signOut, chooseLanguage, openPage, the
// sign-in suite); a test checks every other page it visits, in each language, with one line:
//   await expectAccessible(page, { name: 'my applications (ru)' });
// It fails with the list of violations (rule, impact, selectors, help URL). No rule is disabled; a justified
// exception names the rule, the element and the reason: `allow: [{ rule, selector, reason }]`.
export { createTestDatabase, DEFAULT_ADMIN_DATABASE_URL, type TestDatabase, type CreateTestDatabaseOptions } from './database.ts';
export { startApi, API_MAIN, type RunningApi, type StartApiOptions } from './api.ts';
export { startApp, type RunningApp, type StartAppOptions } from './app.ts';
export { launchBrowser, screenshot, CHROMIUM_ARGS, type TestBrowser, type LaunchBrowserOptions } from './browser.ts';
export { Cleanup } from './stack.ts';
export { graphqlRequest, graphqlAs, demoUsers, demoUser, devLoginToken, type DemoUser, type GraphQLResponse } from './graphql.ts';
export { signInAsDemoUser, signOut, chooseLanguage, openPage, demoUserButton, uiLanguage, type Lang } from './ui.ts';
export { expectAccessible, checkAccessibility, formatViolations, waitForSettled, accessibilityChecks, AXE_TAGS, type AxeReport, type AxeViolation, type AxeAllowance, type ExpectAccessibleOptions } from './axe.ts';
export { freePort, waitForHttp, type WaitForHttpOptions } from './net.ts';
export { repoRoot, appDir, artifactPath, type AppName } from './paths.ts';
export { almatyToday, addDays } from './dates.ts';
export { useAppUnderTest, reportFailure, type AppUnderTest, type UseAppUnderTestOptions } from './suite.ts';
export { describeSignIn, type SignInSuiteOptions } from './signin.ts';
export type { Page } from 'playwright-core';
