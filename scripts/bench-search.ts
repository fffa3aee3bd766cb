/**
 * `npm run bench:search -- --articles N [--english 1] [--seed 42] [--site <dir>] [--keep]`
 * How well and how cheaply the site search finds the repository's own articles among N synthetic ones.
 * Writes the corpus (scripts/lib/synthetic-corpus.ts: the repository's articles plus N articles that
 * share their vocabulary and name forms but never hold a query's phrase), builds it with bantin, serves
 * it on 127.0.0.1 with text gzipped as static hosts do, and runs each query of
 * scripts/lib/search-queries.ts in Debian's Chromium through the site's own search page, each in a
 * fresh browser context (cold cache):
 *   the page is loaded, the search box focused (the page starts loading Pagefind then) and, once the
 *   network is quiet, the query is put in the box and Enter pressed; the search is done when the
 *   status line says what was found and the network is quiet again.
 * Then a second query of the same language is searched in that page ("later search").
 * Prints per query its rank and figures, then top-1, MRR (1/rank, 0 when the article is not among the
 * results shown), misses, first-search bytes (everything the page fetched from focusing the box to
 * the results shown: Pagefind's script and WebAssembly, its index and the results' fragments;
 * CDP encodedDataLength), the time from Enter to the first result shown, and later-search bytes.
 * The last line, `BENCH_SEARCH_JSON {...}`, holds every figure. Asserts nothing about the figures.
 *
 * With --site, nothing is written or built: that folder (a site built from such a corpus, by any
 * version of bantin) is served as it is, so a change can be compared with the code before it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import config from '../site.config.ts';
import { build, report } from '../src/build.ts';
import { loadContent } from '../src/content/load.ts';
import { urls } from '../src/site/urls.ts';
import { launchChromium } from './lib/chromium.ts';
import { commandArgs } from './lib/cli.ts';
import { SEARCH_QUERIES, type SearchQuery } from './lib/search-queries.ts';
import { serveStatic } from './lib/static-server.ts';
import { folded, writeCorpus } from './lib/synthetic-corpus.ts';

const USAGE = `usage: npm run bench:search -- [--articles N] [--english 1] [--seed 42] [--site <dir>] [--keep]
  builds N synthetic articles plus the repository's content and measures the site search in Chromium
  --articles N   synthetic articles (default 1000)
  --english S    share of them with an English translation, 0..1 (default 1)
  --seed S       seed of the corpus (default 42)
  --site DIR     measure an already built site instead (nothing is written or built)
  --keep         keep the corpus and the built site, and print where they are`;

const { values } = commandArgs(USAGE, {
  articles: { type: 'string', default: '1000' },
  english: { type: 'string', default: '1' },
  seed: { type: 'string', default: '42' },
  site: { type: 'string' },
  keep: { type: 'boolean', default: false },
});
const articles = Number(values.articles);
const englishShare = Number(values.english);
const seed = Number(values.seed);
const fail = (what: string): never => {
  console.error(`npm run bench:search: ${what}\n\n${USAGE}`);
  process.exit(2);
};
if (!Number.isInteger(articles) || articles < 0) fail('--articles must be a whole number ≥ 0');
if (!(englishShare >= 0 && englishShare <= 1)) fail('--english must be a share between 0 and 1');
if (!Number.isInteger(seed)) fail('--seed must be a whole number');

const REPO = path.resolve(import.meta.dirname, '..');
const KB = 1000;

/** Where each query's article is on the site, and a check that the query is taken from its text. */
async function targets(): Promise<Map<SearchQuery, string>> {
  const { store } = await loadContent({ root: REPO });
  if (!store) throw new Error('the repository content does not load: run npm run validate');
  const out = new Map<SearchQuery, string>();
  for (const q of SEARCH_QUERIES) {
    const article = store.byId.get(q.id);
    const text = article?.text[q.lang];
    if (!article || !text) throw new Error(`query "${q.query}": no ${q.lang} text of article ${q.id}`);
    const file = await readFile(path.join(REPO, article.dir, `${q.lang}.md`), 'utf8');
    const where = folded(
      q.lang === 'en' ? `${file}\n${await readFile(path.join(REPO, article.dir, 'vi.md'), 'utf8')}` : file,
    );
    if (!where.includes(folded(q.query)))
      throw new Error(
        `query "${q.query}" is not in article ${q.id}: the query set must come from its article`,
      );
    out.set(q, urls.article(q.lang, text.slug));
  }
  return out;
}

/** Bytes the page has fetched (CDP encodedDataLength: headers and body as sent) and requests in flight. */
class Traffic {
  bytes = 0;
  private readonly inflight = new Set<string>();
  private lastChange = performance.now();

  static async of(cdp: CDPSession): Promise<Traffic> {
    const t = new Traffic();
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => t.started(e.requestId));
    cdp.on('Network.loadingFinished', (e) => t.ended(e.requestId, e.encodedDataLength));
    cdp.on('Network.loadingFailed', (e) => t.ended(e.requestId, 0));
    return t;
  }

  private started(id: string) {
    this.inflight.add(id);
    this.lastChange = performance.now();
  }

  private ended(id: string, bytes: number) {
    this.inflight.delete(id);
    this.bytes += bytes;
    this.lastChange = performance.now();
  }

  /** Resolves once no request has been in flight for `ms`. */
  async quiet(ms = 250): Promise<void> {
    const deadline = performance.now() + 30_000;
    while (this.inflight.size > 0 || performance.now() - this.lastChange < ms) {
      if (performance.now() > deadline) throw new Error('the network never went quiet');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** The page-side globals used in the callbacks below (they run in the page, as source text). */
interface InPage {
  document: {
    querySelector(selector: string): (Element & { value: string }) | null;
  };
  MutationObserver: new (
    callback: () => void,
  ) => { observe(node: Element, options: { childList: boolean }): void };
  performance: { now(): number };
  addEventListener(type: 'keydown', listener: (e: { key: string }) => void, capture: boolean): void;
  __bench?: { enter?: number; first?: number };
}
interface Element {
  textContent: string | null;
  firstElementChild: Element | null;
}

interface Run {
  ms: number;
  bytes: number;
  paths: string[];
}

/** Puts the query in the box without an input event, presses Enter and waits for the search to end. */
async function searchFor(page: Page, traffic: Traffic, query: string): Promise<Run> {
  await page.evaluate((q) => {
    const w = globalThis as unknown as InPage;
    const input = w.document.querySelector('input[name=q]');
    const status = w.document.querySelector('[data-search-status]');
    const list = w.document.querySelector('[data-search-results]');
    if (!input || !status || !list) throw new Error('no search form on this page');
    input.value = q;
    status.textContent = '';
    w.__bench = {};
    const bench = w.__bench;
    w.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter' && bench.enter === undefined) bench.enter = w.performance.now();
      },
      true,
    );
    new w.MutationObserver(() => {
      if (bench.first === undefined && list.firstElementChild) bench.first = w.performance.now();
    }).observe(list, { childList: true });
  }, query);
  const before = traffic.bytes;
  await page.press('input[name=q]', 'Enter');
  await page.waitForFunction(
    () =>
      ((globalThis as unknown as InPage).document.querySelector('[data-search-status]')?.textContent ??
        '') !== '',
    undefined,
    { timeout: 60_000 },
  );
  await traffic.quiet();
  const timing = await page.evaluate(() => (globalThis as unknown as InPage).__bench ?? {});
  const paths = await page.$$eval('[data-search-results] li > a', (links) =>
    links.map((a) => new URL((a as unknown as { href: string }).href).pathname),
  );
  const ms =
    timing.enter !== undefined && timing.first !== undefined ? timing.first - timing.enter : Number.NaN;
  return { ms, bytes: traffic.bytes - before, paths };
}

interface QueryFigures {
  lang: string;
  query: string;
  kind: string;
  /** 1-based place of the article among the results shown; 0 when it is not shown. */
  rank: number;
  firstMs: number;
  firstBytes: number;
  laterQuery: string;
  laterBytes: number;
}

const median = (list: number[]) => {
  const sorted = list.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)] as number) : Number.NaN;
};
const max = (list: number[]) => Math.max(...list.filter((n) => !Number.isNaN(n)));

async function measure(siteDir: string, where: Map<SearchQuery, string>): Promise<QueryFigures[]> {
  const server = await serveStatic(siteDir, 0, '127.0.0.1', { gzip: true });
  const browser = await launchChromium();
  const out: QueryFigures[] = [];
  try {
    for (const [i, q] of SEARCH_QUERIES.entries()) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const traffic = await Traffic.of(await context.newCDPSession(page));
        await page.goto(`${server.url}${urls.search(q.lang)}`, { waitUntil: 'load' });
        await traffic.quiet();
        const start = traffic.bytes;
        await page.focus('input[name=q]');
        await traffic.quiet();
        const first = await searchFor(page, traffic, q.query);
        const later = SEARCH_QUERIES.slice(i + 1)
          .concat(SEARCH_QUERIES.slice(0, i))
          .find((other) => other.lang === q.lang && other.id !== q.id) as SearchQuery;
        const second = await searchFor(page, traffic, later.query);
        out.push({
          lang: q.lang,
          query: q.query,
          kind: q.kind,
          rank: first.paths.indexOf(where.get(q) as string) + 1,
          firstMs: first.ms,
          firstBytes: traffic.bytes - start - second.bytes,
          laterQuery: later.query,
          laterBytes: second.bytes,
        });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

function print(rows: QueryFigures[], about: Record<string, unknown>): void {
  const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
  console.log(
    `${pad('lang', 5)}${pad('query', 50)}${pad('rank', 6)}${pad('ms', 7)}${pad('first KB', 10)}later KB`,
  );
  for (const r of rows)
    console.log(
      `${pad(r.lang, 5)}${pad(r.query, 50)}${pad(r.rank ? String(r.rank) : '–', 6)}${pad(String(Math.round(r.firstMs)), 7)}${pad((r.firstBytes / KB).toFixed(1), 10)}${(r.laterBytes / KB).toFixed(1)}`,
    );
  const top1 = rows.filter((r) => r.rank === 1).length;
  const mrr = rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / rows.length;
  const misses = rows.filter((r) => r.rank === 0);
  const below = rows.filter((r) => r.rank > 1);
  const first = rows.map((r) => r.firstBytes);
  const later = rows.map((r) => r.laterBytes);
  const ms = rows.map((r) => r.firstMs);
  const figures = {
    ...about,
    queries: rows.length,
    top1: top1 / rows.length,
    mrr,
    misses: misses.length,
    firstSearchKB: { median: median(first) / KB, max: max(first) / KB },
    enterToFirstResultMs: { median: median(ms), max: max(ms) },
    laterSearchKB: { median: median(later) / KB, max: max(later) / KB },
    notFirst: below.map((r) => ({ query: r.query, lang: r.lang, rank: r.rank })),
    missed: misses.map((r) => ({ query: r.query, lang: r.lang })),
  };
  console.log('');
  console.log(
    `queries                 ${rows.length} (vi ${rows.filter((r) => r.lang === 'vi').length}, en ${rows.filter((r) => r.lang === 'en').length})`,
  );
  console.log(
    `top-1                   ${top1}/${rows.length} = ${((100 * top1) / rows.length).toFixed(1)} %`,
  );
  console.log(`MRR                     ${mrr.toFixed(3)}`);
  console.log(
    `misses                  ${misses.length}${misses.length ? `: ${misses.map((r) => `"${r.query}" (${r.lang})`).join(', ')}` : ''}`,
  );
  if (below.length)
    console.log(
      `not first               ${below.map((r) => `"${r.query}" (${r.lang}) at ${r.rank}`).join(', ')}`,
    );
  console.log(
    `first search            median ${(median(first) / KB).toFixed(1)} KB, max ${(max(first) / KB).toFixed(1)} KB (gzipped, cold cache, Pagefind's script and WebAssembly included)`,
  );
  console.log(`Enter to first result   median ${Math.round(median(ms))} ms, max ${Math.round(max(ms))} ms`);
  console.log(
    `later search            median ${(median(later) / KB).toFixed(1)} KB, max ${(max(later) / KB).toFixed(1)} KB`,
  );
  console.log(`BENCH_SEARCH_JSON ${JSON.stringify(figures)}`);
}

const where = await targets();
if (values.site) {
  print(await measure(path.resolve(values.site), where), { site: values.site });
} else {
  const root = await mkdtemp(path.join(tmpdir(), 'bantin-bench-search-'));
  try {
    const started = performance.now();
    const { files } = await writeCorpus({
      root,
      articles,
      englishShare,
      seed,
      repo: REPO,
      avoid: SEARCH_QUERIES.map((q) => q.query),
      withRepoArticles: true,
    });
    const out = path.join(root, '_site');
    const result = await build({ root, outDir: out, config });
    if (!result.ok) {
      report(result, console.error);
      process.exit(1);
    }
    const buildMs = performance.now() - started;
    console.log(
      `corpus and build        ${articles} synthetic articles + the repository's, ${files} files, ${(buildMs / 1000).toFixed(1)} s`,
    );
    print(await measure(out, where), { articles, englishShare, seed, pages: result.pages });
    if (values.keep) console.log(`kept                    ${root} (site: ${out})`);
  } finally {
    if (!values.keep) await rm(root, { recursive: true, force: true });
  }
}
