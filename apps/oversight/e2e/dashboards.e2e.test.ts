// Browser test (issue 11): an inspector opens the dashboards, filters by a region, drills down to an overdue
// item, and downloads a CSV whose rows match the table on the screen; every page passes axe-core (WCAG 2.1 AA).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkAccessibility, devLoginToken, formatViolations, graphqlAs, screenshot, useAppUnderTest, type Page } from '@oryndau/testing';

/** axe: the shared check of @oryndau/testing (axe-core WCAG 2.1 AA after the page settled; no rule disabled): its violations. */
async function axeViolations(page: Page): Promise<string[]> {
  const report = await checkAccessibility(page);
  if (report.violations.length) console.error(formatViolations(report));
  return report.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

let region: { id: string; nameEn: string } = { id: '', nameEn: '' };

const stack = useAppUnderTest('oversight', {
  setUp: async ({ apiUrl }) => {
    // the region with the most overdue items in the demo data
    const token = await devLoginToken(apiUrl, 'inspector');
    const d = await graphqlAs(apiUrl, token)<{ dashboard: { openItems: { byRegion: { count: number; region: { id: string; nameEn: string } | null }[] } } }>(
      '{ dashboard { openItems(standing: OVERDUE) { byRegion { count region { id nameEn } } } } }',
    );
    const top = d.dashboard.openItems.byRegion.find((r) => r.region);
    expect(top?.count).toBeGreaterThan(0);
    region = top!.region!;
  },
  signInAs: 'inspector',
});

/** The table's rows as the screen shows them: the cells' texts. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) }).first();
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r') continue;
    else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

describe('the ministry’s dashboards in the browser', () => {
  it('the overview is the home page, every figure says as of when, and it passes axe', async () => {
    const { page } = stack;
    await page.goto(stack.url('/'));
    await page.locator('h1', { hasText: 'Dashboards' }).waitFor();
    await page.locator('#ov-overdue').waitFor();
    expect(await page.locator('.ov-asof').count()).toBeGreaterThan(3);
    expect(await page.locator('canvas[role="img"]').count()).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('an inspector filters by a region, drills down to an overdue item, and downloads a CSV whose rows match the screen', async () => {
    const { page } = stack;
    try {
      await page.goto(stack.url('/'));
      await page.locator('#ov-overdue').waitFor();
      await page.locator('select[data-filter="region"]').selectOption(region.id);
      await page.waitForURL(/region=/);
      // the overdue items of that region only
      await page.getByRole('link', { name: 'All overdue items' }).click();
      await page.waitForURL(/\/dashboards\/overdue\?region=/);
      const caption = 'Open past the deadline';
      await page.locator('table tbody tr td').first().waitFor();
      const screen = await tableRows(page, caption);
      expect(screen.length).toBeGreaterThan(0);
      for (const r of screen) expect(r[4]).toBe(region.nameEn);
      expect(await axeViolations(page)).toEqual([]);
      // CSV: the same rows, the same texts (the last day as an ISO date)
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      const csv = parseCsv(await readFile((await download.path())!, 'utf8'));
      expect(csv[0]).toEqual(['Number', 'Kind', 'Service', 'Body', 'Region', 'Last day', 'Working days late / left']);
      expect(csv.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[6]])).toEqual(screen.map((r) => [r[0], r[1], r[3], r[4], r[6]]));
      // PNG of a chart
      await page.goto(stack.url(`/?region=${encodeURIComponent(region.id)}`));
      await page.locator('section[aria-labelledby="ov-overdue"] canvas').first().waitFor();
      const [png] = await Promise.all([page.waitForEvent('download'), page.locator('section[aria-labelledby="ov-overdue"]').getByRole('button', { name: 'Download PNG' }).first().click()]);
      expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe('PNG');
      // drill down: one click from the list to the record
      await page.goBack();
      await page.goto(stack.url(`/dashboards/overdue?region=${encodeURIComponent(region.id)}`));
      const first = page.locator('table tbody tr th a').first();
      const number = (await first.textContent())!.trim();
      await first.click();
      await page.locator('h1', { hasText: number }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } catch (e) {
      console.error('screenshot', await screenshot(page, 'dashboards-drill'));
      throw e;
    }
  });

  it('the Chambers: country → region → bailiff; the bailiffs’ work, complaints and inspections', async () => {
    const { page } = stack;
    await page.goto(stack.url('/dashboards/chambers'));
    const link = page.locator('table tbody tr th a').first();
    await link.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await link.click();
    await page.locator('#ov-bailiffs').waitFor();
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(stack.url('/dashboards/work'));
    await page.locator('#ov-e4').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
