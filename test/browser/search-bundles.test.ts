/**
 * The search index cut into bundles by months (src/search/bundles.ts), driven in Debian's Chromium:
 * a synthetic corpus of 120 articles (2006-2025) built with ten pages per language in the newest
 * bundle, so that it has four. Checks what a first search downloads, how older bundles are reached
 * (nothing found, a year chosen, the reader's button), and the newest-first order across bundles.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import type { Article } from '../../src/content/store.ts';
import { urls } from '../../src/site/urls.ts';
import { monthOf } from '../../src/site/view-models.ts';
import { articlePath, browserSuite, resultPaths, search, searchBy } from '../helpers/browser.ts';
import { REPO } from '../helpers/project.ts';

/** A word only one article holds. */
const UNIQUE = 'Qx7zk';

const ready = browserSuite(
  async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'bantin-bundles-'));
    await writeCorpus({ root, articles: 120, englishShare: 0, seed: 7, repo: REPO });
    // One article of 2006 (in the oldest bundle) gets a word no other article has.
    const dir = path.join(root, 'content', 'articles', '2006');
    const file = path.join(dir, (await readdir(dir)).sort()[0] as string, 'vi.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^summary: "(.*)"$/m, `summary: "$1 ${UNIQUE}."`));
    return root;
  },
  (root) => rm(root, { recursive: true, force: true }),
  { config: { searchBundlePages: 10 } },
);

interface Bundle {
  path: string;
  from: string;
  to: string;
  fromLabel: string;
}

/** A fresh page on the search page, with the Pagefind files it fetches recorded. */
async function withSearch<T>(use: (page: Page, fetched: string[], bundles: Bundle[]) => Promise<T>) {
  const { browser, site } = ready();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('requestfinished', (r) => {
      const p = new URL(r.url()).pathname;
      if (p.startsWith('/pagefind/')) fetched.push(p);
    });
    await page.goto(site.url(urls.search('vi')));
    const bundles = JSON.parse(
      (await page.getAttribute('[data-search]', 'data-bundles')) ?? '[]',
    ) as Bundle[];
    return await use(page, fetched, bundles);
  } finally {
    await context.close();
  }
}

const articles = () => ready().site.store.articles;
/** The article a result path points to. */
function articleAt(resultPath: string): Article {
  const found = articles().find((a) => articlePath(ready().site.store, a.id, 'vi') === resultPath);
  if (!found) throw new Error(`no article at ${resultPath}`);
  return found;
}
/** Older bundles whose files were fetched. */
const olderFetched = (fetched: string[], bundles: Bundle[]) =>
  bundles.slice(1).filter((b) => fetched.some((p) => p.startsWith(b.path)));
const status = (page: Page) => page.textContent('[data-search-status]');

describe('search over bundles', () => {
  it('has four bundles, the newest at /pagefind/', async () => {
    await withSearch(async (_page, _fetched, bundles) => {
      expect(bundles.map((b) => b.path)[0]).toBe('/pagefind/');
      expect(bundles).toHaveLength(4);
    });
  });

  it('answers a first search from the newest bundle alone, and says how far back it looked', async () => {
    await withSearch(async (page, fetched, bundles) => {
      await search(page, 'dai hoi dang bo');
      const newest = bundles[0] as Bundle;
      // Every article is a congress: the results are the newest bundle's pages (at most ten).
      const inNewest = articles().filter((a) => (monthOf(a) ?? '') >= newest.from);
      expect(inNewest.length).toBeGreaterThan(0);
      expect(inNewest.length).toBeLessThanOrEqual(10);
      expect((await resultPaths(page)).map((p) => articleAt(p).id).sort()).toEqual(
        inNewest.map((a) => a.id).sort(),
      );
      expect(olderFetched(fetched, bundles)).toEqual([]);
      expect(await status(page)).toBe(`${inNewest.length} kết quả trong các bài từ ${newest.fromLabel}`);
      expect(await page.isVisible('[data-search-more] button')).toBe(true);
      const oldest = bundles.at(-1) as Bundle;
      expect(await page.textContent('[data-search-more] button')).toContain(oldest.fromLabel);

      // The reader asks for older articles: every bundle is merged and searched.
      const more = await searchBy(page, () => page.click('[data-search-more] button'));
      expect(more).toHaveLength(20);
      expect(olderFetched(fetched, bundles)).toHaveLength(3);
      expect(await status(page)).toBe('20 kết quả');
      expect(await page.isVisible('[data-search-more] button')).toBe(false);
    });
  });

  it('looks further back by itself when the newest bundle finds nothing', async () => {
    const only = articles().filter((a) => a.text.vi.summary.includes(UNIQUE));
    expect(only.map(monthOf).map((m) => m?.slice(0, 4))).toEqual(['2006']);
    await withSearch(async (page, fetched, bundles) => {
      await search(page, UNIQUE.toLowerCase());
      expect(await resultPaths(page)).toEqual([
        articlePath(ready().site.store, (only[0] as Article).id, 'vi'),
      ]);
      // Each newer bundle found nothing, so each was merged in turn, down to the oldest.
      expect(olderFetched(fetched, bundles)).toHaveLength(3);
      expect(await status(page)).toBe('1 kết quả');
      expect(await page.isVisible('[data-search-more] button')).toBe(false);
    });
  });

  it('goes straight to the bundles of a chosen year', async () => {
    await withSearch(async (page, fetched, bundles) => {
      await page.selectOption('select[name=year]', '2006');
      await search(page, 'dai hoi');
      const paths = await resultPaths(page);
      expect(paths.length).toBe(articles().filter((a) => monthOf(a)?.startsWith('2006')).length);
      for (const p of paths) expect(monthOf(articleAt(p))?.slice(0, 4)).toBe('2006');
      expect(olderFetched(fetched, bundles).map((b) => b.path)).toContain((bundles.at(-1) as Bundle).path);
    });
  });

  it('sorts newest first across bundles', async () => {
    await withSearch(async (page) => {
      await page.selectOption('select[name=sort]', 'date');
      await search(page, 'dai hoi');
      await searchBy(page, () => page.click('[data-search-more] button'));
      const months = (await resultPaths(page)).map((p) => articleAt(p).facts.publishedAt?.iso ?? '');
      expect(months).toHaveLength(20);
      expect(months).toEqual([...months].sort().reverse());
      // The newest twenty of all 120, the first from the newest bundle.
      const newest = articles()
        .map((a) => a.facts.publishedAt?.iso ?? '')
        .sort()
        .reverse()
        .slice(0, 20);
      expect(months).toEqual(newest);
    });
  });
});
