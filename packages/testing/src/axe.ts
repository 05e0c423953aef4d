// Accessibility in the browser tests: axe-core's WCAG 2.1 AA rules (tags wcag2a, wcag2aa, wcag21a, wcag21aa)
// run on the page as it is, after it has settled. A public service is for everyone: every page of every app
// passes them in every language. The harness checks every page it lands on (sign-in, sign-out, the sign-in
// suite, `openPage`, `chooseLanguage`); a test checks each page it visits with one line:
//
//   await expectAccessible(page, { name: 'my applications (ru)' });
//
// No rule is ever disabled. A justified exception is targeted: `allow: [{ rule, selector, reason }]` names the
// rule, the element (a CSS selector the element matches) and why; everything else still fails.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The axe-core tags of WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

const require = createRequire(import.meta.url);
let axeSource: string | undefined;
/** axe-core's browser bundle, read once. */
function source(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** A targeted exception: violations of `rule` on elements matching `selector` are accepted, for `reason`. */
export interface AxeAllowance {
  rule: string;
  selector: string;
  reason: string;
}

export interface ExpectAccessibleOptions {
  /** What the page is, for the report: `'portal home (ru)'`; the UI language is added if not given. */
  name?: string;
  /** Targeted exceptions (each names the rule, the element and the reason). None by default. */
  allow?: AxeAllowance[];
  /** How long to wait for the page to settle; default 30 s. */
  timeoutMs?: number;
}

export interface AxeViolationNode {
  target: string[];
  html: string;
  summary: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeViolationNode[];
}

export interface AxeReport {
  name: string;
  url: string;
  lang: string;
  violations: AxeViolation[];
  /** Violations accepted by an allowance (reported, not failing). */
  allowed: AxeViolation[];
  passes: number;
}

/** Every check run by this process, for the summary a test run prints (see `accessibilitySummary`). */
const checks: { name: string; url: string; lang: string; passes: number }[] = [];

/** The checks run so far in this process (one Vitest worker: one test file at a time). */
export function accessibilityChecks(): readonly { name: string; url: string; lang: string; passes: number }[] {
  return checks;
}

/**
 * Waits until the page has settled: the document loaded, no request in flight for a moment, no loading
 * indicator (`.or-loading`, `[aria-busy="true"]`) left, and the fonts ready.
 */
export async function waitForSettled(page: Page, { timeoutMs = 30_000 } = {}): Promise<void> {
  await page.waitForLoadState('load', { timeout: timeoutMs });
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
  await page.waitForFunction(
    () => !document.querySelector('.or-loading, [aria-busy="true"]') && document.fonts.status === 'loaded',
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  // A frame for the last render and any CSS transition to finish (axe reads computed colours).
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

/** Runs axe-core's WCAG 2.1 AA rules on the page (after it settled) and returns what it found. */
export async function checkAccessibility(page: Page, options: ExpectAccessibleOptions = {}): Promise<AxeReport> {
  await waitForSettled(page, { timeoutMs: options.timeoutMs });
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!injected) await page.evaluate(source());
  const result = await page.evaluate(
    async ({ tags, allow }) => {
      type Node = { target: unknown[]; html: string; failureSummary?: string; element?: Element };
      type Result = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: Node[] };
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, elementRef: true, resultTypes: ['violations'] });
      const plain = (node: Node) => ({ target: node.target.map(String), html: node.html, summary: node.failureSummary ?? '' });
      const violations: unknown[] = [];
      const allowed: unknown[] = [];
      for (const v of results.violations) {
        const accepted = (node: Node) => allow.some((a) => a.rule === v.id && node.element instanceof Element && node.element.matches(a.selector));
        const meta = { id: v.id, impact: v.impact ?? null, help: v.help, helpUrl: v.helpUrl };
        const failing = v.nodes.filter((n) => !accepted(n));
        const ok = v.nodes.filter(accepted);
        if (failing.length) violations.push({ ...meta, nodes: failing.map(plain) });
        if (ok.length) allowed.push({ ...meta, nodes: ok.map(plain) });
      }
      return { violations, allowed, passes: results.passes.length, lang: document.documentElement.lang, url: location.href };
    },
    { tags: [...AXE_TAGS], allow: (options.allow ?? []).map(({ rule, selector }) => ({ rule, selector })) },
  );
  const name = options.name ?? new URL(result.url).pathname;
  const report: AxeReport = {
    name: name.includes(`(${result.lang})`) ? name : `${name} (${result.lang})`,
    url: result.url,
    lang: result.lang,
    violations: result.violations as AxeViolation[],
    allowed: result.allowed as AxeViolation[],
    passes: result.passes,
  };
  checks.push({ name: report.name, url: report.url, lang: report.lang, passes: report.passes });
  return report;
}

/** The violations as a readable list: rule id, impact, help URL, and each element's selector and failure. */
export function formatViolations(report: AxeReport): string {
  const lines = [`axe-core WCAG 2.1 AA: ${report.violations.length} rule(s) violated on "${report.name}" at ${report.url}`];
  for (const v of report.violations) {
    lines.push(`- ${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.helpUrl}`);
    for (const node of v.nodes) {
      lines.push(`    ${node.target.join(' ')}`);
      lines.push(`      ${node.html.slice(0, 200)}`);
      for (const line of node.summary.split('\n').filter(Boolean)) lines.push(`      ${line.trim()}`);
    }
  }
  return lines.join('\n');
}

/**
 * Fails (throws) with the readable list of every WCAG 2.1 AA violation axe-core finds on the page, after it
 * settled. One line at each page a test visits: `await expectAccessible(page, { name: 'queue (kk)' })`.
 */
export async function expectAccessible(page: Page, options: ExpectAccessibleOptions = {}): Promise<AxeReport> {
  const report = await checkAccessibility(page, options);
  if (report.violations.length) throw new Error(formatViolations(report));
  for (const v of report.allowed) {
    const reasons = (options.allow ?? []).filter((a) => a.rule === v.id).map((a) => `${a.selector}: ${a.reason}`);
    console.log(`axe: "${report.name}" allows ${v.id} on ${v.nodes.length} element(s) — ${reasons.join('; ')}`);
  }
  console.log(`axe: "${report.name}" passes WCAG 2.1 AA (${report.passes} rules) at ${report.url}`);
  return report;
}
