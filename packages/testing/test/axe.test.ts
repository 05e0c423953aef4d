// The accessibility check itself, in real Chromium on pages written for it: it passes a good page, fails a bad
// one with the readable list (rule id, impact, selector, help URL), follows <html lang>, and accepts only the
// exact rule and element a targeted allowance names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS, checkAccessibility, expectAccessible, launchBrowser, type TestBrowser } from '../src/index.ts';

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const page = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Test page</title></head><body><main><h1>Oryndau</h1>${body}</main></body></html>`;

describe('expectAccessible (axe-core, WCAG 2.1 AA)', () => {
  it('runs the WCAG 2.0 and 2.1 A and AA tags', () => {
    expect([...AXE_TAGS]).toEqual(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  });

  it('passes an accessible page', async () => {
    await browser.page.setContent(page('<p>Атқарушылық іс жүргізу</p><img src="data:," alt="Emblem">', 'kk'));
    const report = await expectAccessible(browser.page, { name: 'good page' });
    expect(report.violations).toEqual([]);
    expect(report.passes).toBeGreaterThan(0);
    expect(report.lang).toBe('kk');
    expect(report.name).toBe('good page (kk)');
  });

  it('fails with every violation: rule id, impact, target selector and help URL', async () => {
    await browser.page.setContent(
      page('<img id="no-alt" src="data:,"><p style="color:#aaa;background:#fff">Faint text</p><a class="brand" href="/" aria-label="Home">Oryndau portal</a>'),
    );
    const error = await expectAccessible(browser.page, { name: 'bad page' }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = error!.message;
    expect(message).toContain('"bad page (en)"');
    expect(message).toMatch(/- image-alt \(critical\): .* — https:\/\/dequeuniversity\.com\/rules\/axe\/[\d.]+\/image-alt/);
    expect(message).toContain('#no-alt');
    expect(message).toMatch(/- color-contrast \(serious\)/);
    expect(message).toMatch(/- label-content-name-mismatch \(serious\)/);
  });

  it('fails a page without a language on <html>', async () => {
    await browser.page.setContent('<!doctype html><html><head><title>t</title></head><body><main><h1>x</h1></main></body></html>');
    const report = await checkAccessibility(browser.page);
    expect(report.violations.map((v) => v.id)).toContain('html-has-lang');
  });

  it('a targeted allowance accepts only the rule on the element it names, with its reason', async () => {
    await browser.page.setContent(page('<img class="decor" src="data:,"><img id="other" src="data:,">'));
    const partly = await checkAccessibility(browser.page, { allow: [{ rule: 'image-alt', selector: '.decor', reason: 'test: decoration' }] });
    expect(partly.allowed.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([['.decor']]);
    expect(partly.violations.map((v) => [v.id, v.nodes.map((n) => n.target.join(' '))])).toEqual([['image-alt', ['#other']]]);
    const wrongRule = await checkAccessibility(browser.page, { allow: [{ rule: 'color-contrast', selector: 'img', reason: 'test' }] });
    expect(wrongRule.violations.map((v) => v.id)).toEqual(['image-alt']);
  });
});
