/**
 * The real content, built once into a temporary folder, served on 127.0.0.1 and driven in Debian's
 * Chromium: search, the language switch, accessibility (axe), console and CSP, and print.
 * Every wait is for a condition on the page, never for a fixed time.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/store.ts';
import type { Language } from '../../src/schema/registries.ts';
import { strings } from '../../src/site/i18n.ts';
import { officialSlug } from '../../src/site/pages/index.ts';
import { urls } from '../../src/site/urls.ts';
import {
  articlePath,
  browserSuite,
  collectCsp,
  type InPage,
  onFreshPage,
  type PageProblems,
  resultPaths,
  resultTitles,
  type ServedSite,
  search,
  searchBy,
  watchProblems,
} from '../helpers/browser.ts';
import { REPO } from '../helpers/project.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The browser and the real content built and served. */
const ready = browserSuite(async () => REPO);

const withPage = <T>(use: (page: Page, site: ServedSite) => Promise<T>) => onFreshPage(ready, use);

/** The one article matching a description of its facts. */
function theArticle(description: string, test: (a: Article) => boolean): Article {
  const found = ready().site.store.articles.filter(test);
  if (found.length !== 1) throw new Error(`expected one article that ${description}, found ${found.length}`);
  return found[0] as Article;
}

const pathOf = (a: Article, lang: Language) => articlePath(ready().site.store, a.id, lang);

const bacNinhCongress = () =>
  theArticle('elected Nguyễn Việt Hùng', (a) =>
    (a.facts.officialsElected ?? []).some((o) => o.name === 'Nguyễn Việt Hùng'),
  );
const labourOrder2021 = () =>
  theArticle('is the Bắc Ninh 2021 conference that received the Huân chương Lao động', (a) =>
    Boolean(
      a.facts.province === 'bac-ninh' &&
        a.facts.eventType === 'conference' &&
        a.facts.publishedAt?.date.startsWith('2021') &&
        a.facts.awards?.some((w) => w.name.includes('Huân chương Lao động')),
    ),
  );
const inProvince = (province: string) =>
  theArticle(`is from ${province}`, (a) => a.facts.province === province);

describe('search', () => {
  // Phrases of the body, names with and without diacritics, d for đ: each must put its article first.
  const FIRST: [Language, string, () => Article][] = [
    ['vi', 'tin nhắn rác', () => bacNinhCongress()],
    ['vi', 'trung tam dieu hanh an ninh mang', () => inProvince('long-an')],
    ['vi', 'Yên Phong', () => labourOrder2021()],
    ['vi', 'tinh giản biên chế', () => inProvince('vinh-phuc')],
    ['vi', 'hoang thi thuy lan', () => inProvince('vinh-phuc')],
    ['vi', 'doan thanh hai', () => inProvince('ninh-binh')],
    ['vi', 'Đoàn Thanh Hải', () => inProvince('ninh-binh')],
    ['vi', 'ha tang di truoc mot buoc', () => inProvince('vinh-phuc')],
    ['en', 'spam text messages', () => bacNinhCongress()],
    ['en', 'nguyen viet hung', () => bacNinhCongress()],
    ['en', 'Cyber Security Operations Centre', () => inProvince('long-an')],
  ];
  for (const [lang, query, expected] of FIRST)
    it(`puts the right article first for "${query}" (${lang}), a phrase or name of its text`, async () => {
      await withPage(async (page, site) => {
        await page.goto(site.url(urls.search(lang)));
        await search(page, query);
        expect((await resultPaths(page))[0]).toBe(pathOf(expected(), lang));
      });
    });

  it('says what was searched and how many pages were found, and keeps the search in the address', async () => {
    await withPage(async (page, site) => {
      await page.goto(site.url(urls.search('vi')));
      await search(page, 'tin nhắn rác');
      const status = await page.textContent('[data-search-status]');
      const shown = (await resultPaths(page)).length;
      expect(status).toBe(`${shown} ${strings.vi.resultsFor} “tin nhắn rác”`);
      expect(new URL(page.url()).searchParams.get('q')).toBe('tin nhắn rác');
      // The excerpt shows the text as written, the query's words highlighted, also when typed without
      // diacritics (the index holds them folded).
      await search(page, 'tin nhan rac');
      const excerpt = page.locator('[data-search-results] li p').first();
      expect(await excerpt.textContent()).toContain('tin nhắn rác');
      expect((await excerpt.locator('mark').allTextContents()).map((m) => m.trim())).toEqual([
        'tin',
        'nhắn',
        'rác.',
      ]);
      await search(page, 'tin nhắn rác');
      await searchBy(page, () => page.selectOption('select[name=province]', { label: 'Bắc Ninh' }));
      expect(new URL(page.url()).searchParams.get('province')).toBe('Bắc Ninh');
      expect(await page.textContent('[data-search-status]')).toMatch(/ \(Bắc Ninh\)$/);
      // The address searches again, with its filter, when opened.
      const address = page.url();
      await page.goto('about:blank');
      await searchBy(page, () => page.goto(address));
      expect(await page.inputValue('input[name=q]')).toBe('tin nhắn rác');
      expect(await page.inputValue('select[name=province]')).toBe('Bắc Ninh');
      expect((await resultPaths(page))[0]).toBe(pathOf(bacNinhCongress(), 'vi'));
      await search(page, 'khong co tu nay');
      expect(await page.textContent('[data-search-status]')).toBe(
        `${strings.vi.noResultsFor} “khong co tu nay” (Bắc Ninh).`,
      );
    });
  });

  it('finds the same articles for "Đại hội Đảng bộ" with diacritics and "dai hoi dang bo" without, a congress first', async () => {
    await withPage(async (page, site) => {
      const congresses = site.store.articles
        .filter((a) => a.facts.eventType === 'congress')
        .map((a) => pathOf(a, 'vi'));
      await page.goto(site.url(urls.search('vi')));
      await search(page, 'Đại hội Đảng bộ');
      const withMarks = await resultPaths(page);
      await search(page, 'dai hoi dang bo');
      const without = await resultPaths(page);
      expect(withMarks.length).toBeGreaterThan(0);
      expect([...without].sort()).toEqual([...withMarks].sort());
      expect(congresses).toContain(withMarks[0]);
      expect(congresses).toContain(without[0]);
    });
  });

  it('puts the Bắc Ninh congress that elected Nguyễn Việt Hùng first for "nguyen viet hung"', async () => {
    await withPage(async (page, site) => {
      await page.goto(site.url(urls.search('vi')));
      await search(page, 'nguyen viet hung');
      const found = await resultPaths(page);
      expect(bacNinhCongress().facts.province).toBe('bac-ninh');
      expect(found[0]).toBe(pathOf(bacNinhCongress(), 'vi'));
    });
  });

  it('puts the Bắc Ninh 2021 conference first for "huan chuong lao dong"', async () => {
    await withPage(async (page, site) => {
      await page.goto(site.url(urls.search('vi')));
      await search(page, 'huan chuong lao dong');
      expect((await resultPaths(page))[0]).toBe(pathOf(labourOrder2021(), 'vi'));
    });
  });

  it('finds the Ninh Bình article for "Ninh Bình" and for "ninh binh"', async () => {
    await withPage(async (page, site) => {
      const ninhBinh = pathOf(inProvince('ninh-binh'), 'vi');
      await page.goto(site.url(urls.search('vi')));
      await search(page, 'Ninh Bình');
      expect(await resultPaths(page)).toContain(ninhBinh);
      await search(page, 'ninh binh');
      expect(await resultPaths(page)).toContain(ninhBinh);
    });
  });

  it('puts the Long An article first for "Long An" on the English search page', async () => {
    await withPage(async (page, site) => {
      await page.goto(site.url(urls.search('en')));
      await search(page, 'Long An');
      expect((await resultPaths(page))[0]).toBe(pathOf(inProvince('long-an'), 'en'));
    });
  });

  it('puts the 2021 conference first for "Labour Order", its English name of the Huân chương Lao động', async () => {
    await withPage(async (page, site) => {
      expect(labourOrder2021().text.en?.body).toContain('Labour Order');
      await page.goto(site.url(urls.search('en')));
      await search(page, 'Labour Order');
      expect((await resultPaths(page))[0]).toBe(pathOf(labourOrder2021(), 'en'));
    });
  });

  it('narrows "dai hoi" to Bắc Ninh articles, fewer than before, when Bắc Ninh is chosen', async () => {
    await withPage(async (page, site) => {
      const bacNinh = site.store.articles
        .filter((a) => a.facts.province === 'bac-ninh')
        .map((a) => pathOf(a, 'vi'));
      await page.goto(site.url(urls.search('vi')));
      await search(page, 'dai hoi');
      const all = await resultPaths(page);
      expect(all.some((p) => !bacNinh.includes(p))).toBe(true);
      await searchBy(page, () => page.selectOption('select[name=province]', { label: 'Bắc Ninh' }));
      const narrowed = await resultPaths(page);
      expect(narrowed.length).toBeGreaterThan(0);
      expect(narrowed.length).toBeLessThan(all.length);
      for (const p of narrowed) expect(bacNinh).toContain(p);
    });
  });

  it('searches once Pagefind arrives when the reader types and submits before it has loaded, setting it up once', async () => {
    await withPage(async (page, site) => {
      const problems = await watchProblems(page);
      // Pagefind's script is held back until the search has been asked for: focusing the box starts its
      // import, the submitted search asks for it again while it is still on its way.
      let requested!: () => void;
      const importStarted = new Promise<void>((resolve) => {
        requested = resolve;
      });
      let release!: () => void;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/pagefind/pagefind.js', async (route) => {
        requested();
        await released;
        await route.continue();
      });
      await page.goto(site.url(urls.search('vi')));
      const titles = await searchBy(page, async () => {
        await page.fill('input[name=q]', 'dai hoi');
        await importStarted;
        await page.press('input[name=q]', 'Enter');
        release();
      });
      expect(titles.length).toBeGreaterThan(0);
      expect(problems.consoleWarnings).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    });
  });

  it('says the search data could not be loaded when Pagefind cannot be fetched, and searches on a later try', async () => {
    await withPage(async (page, site) => {
      const problems = await watchProblems(page);
      await page.route('**/pagefind/pagefind.js', (route) => route.abort('internetdisconnected'));
      await page.goto(site.url(urls.search('vi')));
      await page.fill('input[name=q]', 'dai hoi');
      await page.waitForFunction(
        (text) =>
          (globalThis as unknown as InPage).document.querySelector('[data-search-status]')?.textContent ===
          text,
        strings.vi.searchFailed,
      );
      expect(await resultTitles(page)).toEqual([]);
      await page.unroute('**/pagefind/pagefind.js');
      const titles = await searchBy(page, () => page.press('input[name=q]', 'Enter'));
      expect(titles.length).toBeGreaterThan(0);
      expect(problems.pageErrors).toEqual([]);
    });
  });

  it('inserts result titles and excerpts as text, keeping only bare <mark> highlights', async () => {
    await withPage(async (page, site) => {
      await page.goto(site.url(urls.search('vi')));
      await search(page, 'dai hoi dang bo');
      const shape = await page.$$eval('[data-search-results] li', (items) =>
        items.map((li) => ({
          children: [...li.children].map((c) => c.tagName),
          linkChildren: li.querySelector('a')?.children.length,
          excerptElements: [...(li.querySelector('p')?.children ?? [])].map(
            (e) => `${e.tagName}${[...e.attributes].map((a) => ` ${a.name}`).join('')}`,
          ),
        })),
      );
      expect(shape.length).toBeGreaterThan(0);
      for (const item of shape) {
        expect(item.children).toEqual(['A', 'P']);
        expect(item.linkChildren).toBe(0);
        for (const e of item.excerptElements) expect(e).toBe('MARK');
      }
      expect(shape.some((item) => item.excerptElements.length > 0)).toBe(true);
    });
  });
});

describe('officials and targets', () => {
  it("goes from an article to an official's page, and from there back to the article", async () => {
    await withPage(async (page, site) => {
      const article = pathOf(bacNinhCongress(), 'vi');
      await page.goto(site.url(article));
      await Promise.all([
        page.waitForURL(site.url(urls.official('vi', 'nguyen-viet-hung'))),
        page.click('ul.officials a:text-is("Nguyễn Việt Hùng")'),
      ]);
      expect(await page.textContent('h1')).toBe('Nguyễn Việt Hùng');
      const links = await page.$$eval('main td a', (as) => as.map((a) => new URL(a.href).pathname));
      expect(links).toContain(article);
    });
  });

  it("goes from the dashboard to an indicator's page listing at least as many targets as charted", async () => {
    await withPage(async (page, site) => {
      await page.goto(site.url(urls.targets('vi')));
      const charted = await page.$$eval(
        '#ind-online-public-services-level-4 ~ .table-wrap tbody tr',
        (rows) => rows.length,
      );
      const indicator = urls.indicator('vi', 'online-public-services-level-4');
      await Promise.all([page.waitForURL(site.url(indicator)), page.click(`a[href="${indicator}"]`)]);
      const listed = await page.$$eval('main tbody tr', (rows) => rows.length);
      expect(charted).toBeGreaterThan(0);
      expect(listed).toBeGreaterThanOrEqual(charted);
      expect(listed).toBe(3);
    });
  });
});

describe('language switch', () => {
  it('takes a Vietnamese article to its English translation, the hreflang="en" alternate, and back', async () => {
    await withPage(async (page, site) => {
      const article = bacNinhCongress();
      const alternate = async (lang: Language) =>
        new URL(
          (await page.getAttribute(`link[rel=alternate][hreflang=${lang}]`, 'href')) ?? '',
          site.url('/'),
        ).pathname;

      await page.goto(site.url(pathOf(article, 'vi')));
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      const english = await alternate('en');
      expect(english).toBe(pathOf(article, 'en'));

      await Promise.all([page.waitForURL(site.url(english)), page.click('.lang-switch')]);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(new URL(page.url()).pathname).toBe(english);
      const vietnamese = await alternate('vi');
      expect(vietnamese).toBe(pathOf(article, 'vi'));

      await Promise.all([page.waitForURL(site.url(vietnamese)), page.click('.lang-switch')]);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(new URL(page.url()).pathname).toBe(pathOf(article, 'vi'));
    });
  });
});

/** The pages checked for accessibility and for console errors, with the search showing results. */
const PAGES: { name: string; path: (lang: Language) => string; query?: Record<Language, string> }[] = [
  { name: 'home page', path: urls.home },
  { name: 'article page', path: (lang) => pathOf(bacNinhCongress(), lang) },
  { name: 'targets dashboard', path: urls.targets },
  { name: 'indicator page', path: (lang) => urls.indicator(lang, 'online-public-services-level-4') },
  { name: 'officials index', path: urls.officials },
  { name: "official's page", path: (lang) => urls.official(lang, officialSlug('Nguyễn Việt Hùng')) },
  {
    name: 'search page with results',
    path: urls.search,
    query: { vi: 'dai hoi dang bo', en: 'party congress' },
  },
];

/** Opens a page (and runs its search), recording its problems from before the first byte. */
async function open(page: Page, site: ServedSite, target: (typeof PAGES)[number], lang: Language) {
  const problems = await watchProblems(page);
  await page.goto(site.url(target.path(lang)));
  if (target.query) {
    const titles = await search(page, target.query[lang]);
    expect(titles.length).toBeGreaterThan(0);
  }
  await collectCsp(page, problems);
  return problems;
}

describe('accessibility', () => {
  for (const lang of ['vi', 'en'] as const)
    for (const target of PAGES)
      it(`axe finds no WCAG 2.1 A or AA violation on the ${target.name} (${lang})`, async () => {
        await withPage(async (page, site) => {
          await open(page, site, target, lang);
          const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          const violations = results.violations.map(
            (v: Result) =>
              `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
          );
          expect(violations).toEqual([]);
        });
      });
});

describe('console and Content-Security-Policy', () => {
  const clean = (problems: PageProblems) => ({
    consoleErrors: problems.consoleErrors,
    consoleWarnings: problems.consoleWarnings,
    pageErrors: problems.pageErrors,
    cspViolations: problems.cspViolations,
  });
  const none = { consoleErrors: [], consoleWarnings: [], pageErrors: [], cspViolations: [] };

  for (const lang of ['vi', 'en'] as const)
    for (const target of PAGES)
      it(`logs no console error and no CSP violation on the ${target.name} (${lang})`, async () => {
        await withPage(async (page, site) => {
          const problems = await open(page, site, target, lang);
          expect(clean(problems)).toEqual(none);
          // Pagefind searched in the page (site.js turns its worker off; the CSP allows none).
          if (target.query) expect(problems.workers).toEqual([]);
        });
      });
});

describe('print', () => {
  it('hides the navigation and shows the facts box when an article is printed', async () => {
    await withPage(async (page, site) => {
      await page.goto(site.url(pathOf(bacNinhCongress(), 'vi')));
      expect(await page.isVisible('.site-header nav')).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.site-header nav')).toBe(false);
      expect(await page.isVisible('.lang-switch')).toBe(false);
      expect(await page.isVisible('.facts')).toBe(true);
      expect(await page.isVisible('article h1')).toBe(true);
    });
  });
});
