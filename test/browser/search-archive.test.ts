/**
 * Search across a whole archive, driven in Debian's Chromium: the repository's articles among 300
 * synthetic ones from 2006 to 2025 (scripts/lib/synthetic-corpus.ts), built with the index cut into
 * parts of 100 articles (src/search/parts.ts) and served on 127.0.0.1. An old article must come first
 * for its own phrase; filters, the count and the date order hold across every part of the index.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { folded, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import type { Article } from '../../src/content/store.ts';
import { strings } from '../../src/site/i18n.ts';
import { urls } from '../../src/site/urls.ts';
import {
  articlePath,
  browserSuite,
  onFreshPage,
  resultPaths,
  type ServedSite,
  search,
  searchBy,
} from '../helpers/browser.ts';
import { makeProject, REPO, removeProject } from '../helpers/project.ts';

const ARTICLES = 300;

const ready = browserSuite(
  async () => {
    const root = await makeProject({});
    await writeCorpus({ root, articles: ARTICLES, repo: REPO, withRepoArticles: true, seed: 7 });
    return root;
  },
  removeProject,
  { config: { searchPartPages: 100 } },
);

const withPage = <T>(use: (page: Page, site: ServedSite) => Promise<T>) => onFreshPage(ready, use);

/** Presses "more results" and waits until `total` results are shown. */
async function showMore(page: Page, total: number): Promise<void> {
  await page.click('[data-search-more] button');
  await page
    .locator('[data-search-results] li')
    .nth(total - 1)
    .waitFor();
}

const count = async (page: Page) => Number((await page.textContent('[data-search-status]'))?.split(' ')[0]);

/** Five words of an article's body that no other article holds, diacritics folded. */
function ownPhrase(site: ServedSite, article: Article): string {
  const others = site.store.articles.filter((a) => a !== article).map((a) => folded(a.text.vi.body));
  const words = article.text.vi.body.split(/\s+/).filter((w) => /^[\p{L}]+$/u.test(w));
  for (let i = words.length - 5; i > 0; i--) {
    const phrase = words.slice(i, i + 5).join(' ');
    if (!others.some((text) => text.includes(folded(phrase)))) return phrase;
  }
  throw new Error(`no phrase of ${article.id} is its own`);
}

describe('search across the whole archive', () => {
  it('cuts the index of each language into parts, newest first, and the search page merges them all', async () => {
    await withPage(async (page, site) => {
      await page.goto(site.url(urls.search('vi')));
      const parts = JSON.parse((await page.getAttribute('[data-search]', 'data-parts')) ?? '[]');
      expect(parts).toEqual(['/pagefind/vi-2/', '/pagefind/vi-3/', '/pagefind/vi-4/']);
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await search(page, 'so thong tin');
      for (const part of parts)
        expect(
          fetched.some((p) => p.startsWith(part)),
          part,
        ).toBe(true);
    });
  });

  it('puts the oldest article first for a phrase of its own, typed with and without diacritics', async () => {
    await withPage(async (page, site) => {
      const oldest = site.store.articles.filter((a) => a.id.startsWith('2006-')).at(-1) as Article;
      const phrase = ownPhrase(site, oldest);
      await page.goto(site.url(urls.search('vi')));
      for (const query of [phrase, folded(phrase).trim()]) {
        await search(page, query);
        expect((await resultPaths(page))[0], query).toBe(articlePath(site.store, oldest.id, 'vi'));
      }
    });
  });

  it('counts every article that holds the words, and shows them ten at a time', async () => {
    await withPage(async (page, site) => {
      // Every title of the archive says "Sở Thông tin và Truyền thông".
      const all = site.store.articles.filter((a) => folded(a.text.vi.title).includes(' so thong tin '));
      expect(all).toHaveLength(site.store.articles.length);
      await page.goto(site.url(urls.search('vi')));
      await search(page, 'so thong tin');
      expect(await count(page)).toBe(all.length);
      expect(await resultPaths(page)).toHaveLength(10);
      await showMore(page, 20);
      expect(new Set(await resultPaths(page)).size).toBe(20);
    });
  });

  it('filters by province and by year over every year of the archive, with the true count', async () => {
    await withPage(async (page, site) => {
      const of2006 = site.store.articles.filter((a) => a.id.startsWith('2006-'));
      expect(of2006.length).toBeGreaterThan(5);
      await page.goto(site.url(urls.search('vi')));
      await search(page, 'so thong tin');
      await searchBy(page, () => page.selectOption('select[name=year]', '2006'));
      expect(await count(page)).toBe(of2006.length);
      const paths = new Set(of2006.map((a) => articlePath(site.store, a.id, 'vi')));
      for (const p of await resultPaths(page)) expect(paths.has(p), p).toBe(true);

      await searchBy(page, () => page.selectOption('select[name=year]', ''));
      const hanoi = site.store.articles.filter((a) => a.facts.province === 'ha-noi');
      await searchBy(page, () => page.selectOption('select[name=province]', { label: 'Hà Nội' }));
      expect(await count(page)).toBe(hanoi.length);
      const hanoiPaths = new Set(hanoi.map((a) => articlePath(site.store, a.id, 'vi')));
      for (const p of await resultPaths(page)) expect(hanoiPaths.has(p), p).toBe(true);
    });
  });

  it('sorts newest first across the whole archive', async () => {
    await withPage(async (page, site) => {
      const byPath = new Map(site.store.articles.map((a) => [articlePath(site.store, a.id, 'vi'), a]));
      const dayOf = (a: Article) =>
        (a.facts.publishedAt?.date ?? a.facts.eventDate?.start ?? '').slice(0, 10);
      const day = (p: string) => dayOf(byPath.get(p) as Article);
      const days = site.store.articles.map(dayOf).sort().reverse();
      await page.goto(site.url(urls.search('vi')));
      await search(page, 'so thong tin');
      await searchBy(page, () => page.selectOption('select[name=sort]', 'date'));
      const shown = (await resultPaths(page)).map(day);
      expect(shown).toEqual(days.slice(0, 10));
      await showMore(page, 20);
      expect((await resultPaths(page)).map(day)).toEqual(days.slice(0, 20));
      expect(await page.textContent('[data-search-status]')).toContain(strings.vi.resultsFor);
    });
  });
});
