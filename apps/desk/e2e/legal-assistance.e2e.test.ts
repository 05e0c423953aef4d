// Browser test (issue 12; LA1, LA2, G2): in the services desk, the Almaty Department of the Judicial Administration
// registers a letter rogatory from a Russian court and sends it to the Medeu District Court; the court's clerk
// opens it, sees its one-month deadline and records its execution; the order is then with the Department, whose
// 10 working days run. Every page visited passes axe-core's WCAG 2.1 AA rules.
import { describe, expect, it } from 'vitest';
import { expectAccessible as expectPageAccessible, screenshot, signInAsDemoUser, signOut, useAppUnderTest, type Page } from '@oryndau/testing';

const CASE = `2-${Math.floor(10_000 + Math.random() * 89_999)}/2026`;

// axe: the shared check of @oryndau/testing (axe-core WCAG 2.1 AA after the page settled, a readable list on failure).
const expectAccessible = (page: Page, what: string) => expectPageAccessible(page, { name: what });

const stack = useAppUnderTest('desk');

describe('legal assistance in the services desk', () => {
  let orderUrl = '';

  it('LA1, LA2: the Department registers an incoming order and sends it to the executing court', async () => {
    const { page } = stack;
    await page.goto(stack.appUrl);
    await signInAsDemoUser(page, 'department.almaty');
    await page.locator('.or-nav a[href$="/legal"]').click();
    await page.locator('[data-action="register-incoming"]').waitFor();
    await expectAccessible(page, 'the list of orders');
    await page.locator('[data-action="register-incoming"]').click();
    const form = page.locator('form.dk-legal-form');
    await form.waitFor();
    await expectAccessible(page, 'the registration form');
    const input = (name: string) => form.locator(`[name="${name}"]`);
    const choose = async (name: string, text: RegExp) => {
      const select = input(name);
      await select.locator('option').first().waitFor({ state: 'attached' });
      const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
      const found = options.find((o) => text.test(o.label));
      expect(found, `${name}: ${JSON.stringify(options.map((o) => o.label))}`).toBeDefined();
      await select.selectOption(found!.value);
    };
    await choose('requestingStateId', /Ресей|Россия|Russia/);
    await choose('treatyId', /Минск|Minsk/);
    await input('requestingCourt').fill('Тверской районный суд города Москвы');
    await input('foreignCaseNumber').fill(CASE);
    await input('caseName').fill('Петров против Абенова о взыскании долга');
    await input('persons.0.name').fill('Абенова Сауле');
    await input('persons.0.residence').fill('г. Алматы, ул. Тимирязева, 15');
    await input('request').fill('Допросить свидетеля о займе 2025 года.');
    await choose('courtId', /Медеу|Медеуский|Medeu/);
    await form.locator('button[type="submit"]').click();
    await page.waitForURL((u) => /\/legal\/incoming\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('/new'));
    orderUrl = page.url();
    await page.locator('[data-fact="executionDueOn"]').waitFor();
    expect(await page.locator('[data-fact="court"] dd').textContent()).toMatch(/Медеу|Медеуский|Medeu/);
    // G2: the stages so far, each with who and when
    expect(await page.locator('table').last().locator('tbody tr').count()).toBe(2);
    await expectAccessible(page, 'the order');
    await screenshot(page, 'legal-incoming-registered');
    await signOut(page);
  });

  it('LA1: the executing court opens the order and records its execution; the documents go to the Department', async () => {
    const { page } = stack;
    await page.goto(orderUrl);
    await signInAsDemoUser(page, 'court.almaty');
    const form = page.locator('form.dk-record-execution');
    await form.waitFor();
    await expectAccessible(page, 'the order at the court');
    await form.locator('[name="result"]').fill('Свидетель допрошен, протокол приложен.');
    await form.locator('[name="documents"]').fill('Протокол допроса свидетеля\nСправка о расходах');
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-fact="outcome"]').waitFor();
    await expect.poll(() => page.locator('form.dk-record-execution').count()).toBe(0);
    expect(await page.locator('[data-fact="status"] dd').textContent()).toMatch(/департамент|Department/i);
    expect(await page.locator('[data-deadline-met="EXECUTION"]').count()).toBe(1);
    await expectAccessible(page, 'the executed order');
    await screenshot(page, 'legal-incoming-executed');
  });
});
