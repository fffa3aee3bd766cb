/**
 * Cross-site scripting, end to end: a fixture article whose title, summary and body carry script
 * payloads is built, served and opened in Chromium (its page, the home page, a search for it). No
 * payload may run, none may become markup, and the only scripts are the site's own.
 * The CSP would block inline script anyway, so the test also requires that the CSP never had to:
 * a violation would mean a payload got into the markup.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema/registries.ts';
import { urls } from '../../src/site/urls.ts';
import {
  articlePath,
  browserSuite,
  collectCsp,
  type InPage,
  search,
  watchProblems,
} from '../helpers/browser.ts';
import { EN_MD, makeProject, removeProject, VI_MD, withLine } from '../helpers/project.ts';

const PAYLOAD =
  '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1"> ' +
  '</script><script>window.__pwned=1</script>';

/** vi.md and en.md (see test/helpers/project.ts for the line numbers) with the payload in every text. */
const FILES = {
  'content/articles/xss-probe/vi.md': [
    [2, `title: 'Đại hội kiểm thử ${PAYLOAD}'`],
    [3, `summary: 'Tóm tắt kiểm thử ${PAYLOAD}'`],
    [33, `Ngày 29/5, Đảng bộ Sở tổ chức Đại hội kiểm thử. ${PAYLOAD}\n\n${PAYLOAD}`],
  ].reduce((text, [n, line]) => withLine(text, n as number, line as string), VI_MD),
  'content/articles/xss-probe/en.md': [
    [2, `title: 'Probe congress ${PAYLOAD}'`],
    [3, `summary: 'Probe summary ${PAYLOAD}'`],
    [12, `The probe congress was held. ${PAYLOAD}\n\n${PAYLOAD}`],
  ].reduce((text, [n, line]) => withLine(text, n as number, line as string), EN_MD),
};

const QUERY: Record<Language, string> = { vi: 'kiểm thử', en: 'probe' };

const ready = browserSuite(() => makeProject(FILES), removeProject);

/** Opens a path on a fresh page, runs `then`, and checks that nothing was injected. */
async function expectNoInjection(pathname: string, then: (page: Page) => Promise<void>): Promise<void> {
  const { browser, site } = ready();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await page.goto(site.url(pathname));
    await then(page);
    await collectCsp(page, problems);

    expect(await page.evaluate(() => (globalThis as unknown as InPage).__pwned)).toBeUndefined();
    const scripts = await page.$$eval('script', (list) =>
      list.map((s) => `${s.getAttribute('type') ?? ''} ${s.getAttribute('src') ?? ''}`.trim()),
    );
    for (const s of scripts)
      expect(s).toMatch(/^(\/assets\/site\.js|\/assets\/share\.js|application\/ld\+json|.*\/pagefind\/.*)$/);
    expect(await page.$$eval('[onerror], img[src=x]', (list) => list.length)).toBe(0);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('XSS end to end', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`shows the payloads as text on the article page (${lang}), structured data included`, async () => {
      const { site } = ready();
      await expectNoInjection(articlePath(site.store, 'xss-probe', lang), async (page) => {
        expect(await page.textContent('h1')).toContain(PAYLOAD);
        expect(await page.textContent('.lede')).toContain(PAYLOAD);
        expect(await page.textContent('.body')).toContain(PAYLOAD);
        expect(await page.title()).toContain(PAYLOAD);
        // The JSON-LD blocks (the article, its breadcrumbs) are still two blocks of valid JSON that hold
        // the title whole.
        const jsonLd = await page.$$eval('script[type="application/ld+json"]', (list) =>
          list.map((s) => JSON.parse(s.textContent ?? '')),
        );
        expect(jsonLd.map((d) => d['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
        expect(jsonLd[0].headline).toContain(PAYLOAD);
        expect(jsonLd[1].itemListElement.at(-1).name).toContain(PAYLOAD);
        // The share bar holds it as an attribute's text.
        expect(await page.getAttribute('.share', 'data-title')).toContain(PAYLOAD);
      });
    });

    it(`shows the payloads as text on the home page (${lang})`, async () => {
      await expectNoInjection(urls.home(lang), async (page) => {
        // The fixture's one article is every card: its title and its summary.
        expect(await page.textContent('.card h3')).toContain(PAYLOAD);
        expect(await page.textContent('.card p:not(.meta)')).toContain(PAYLOAD);
      });
    });

    it(`shows the payloads as text in search results (${lang})`, async () => {
      const { site } = ready();
      await expectNoInjection(urls.search(lang), async (page) => {
        await search(page, QUERY[lang]);
        const links = await page.$$eval('[data-search-results] li > a', (list) =>
          list.map((a) => ({ text: a.textContent ?? '', href: new URL(a.href).pathname })),
        );
        expect(links[0]?.href).toBe(articlePath(site.store, 'xss-probe', lang));
        expect(links[0]?.text).toContain(PAYLOAD);
        // Excerpts: text and bare <mark> only, whatever Pagefind put in them.
        const excerpt = await page.$eval('[data-search-results] li > p', (p) => ({
          text: p.textContent ?? '',
          elements: [...p.querySelectorAll('*')].map((e) =>
            e.attributes.length ? `${e.tagName}+attrs` : e.tagName,
          ),
        }));
        expect(excerpt.text).toMatch(/window\.__pwned=1/);
        for (const e of excerpt.elements) expect(e).toBe('MARK');
      });
    });
  }
});
