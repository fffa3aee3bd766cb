/**
 * What a visitor downloads: builds the real content into a temporary folder, serves it on 127.0.0.1
 * (no compression, like a plain static host; with --gzip, text gzipped as most static hosts do) and
 * opens, in Debian's Chromium with a cold cache, the home page, an article, the search page and its
 * first search ("dai hoi dang bo", or each --query in a cold visit of its own). Prints bytes
 * transferred by type, the number of requests, and the time from typing to the results shown.
 *
 *   npx tsx scripts/measure-pages.ts [--runs 3] [--site <dir>] [--gzip] [--query "bac ninh" ...] [--sort date]
 *
 * With --site, nothing is built: the folder (an already built site, with its pagefind/ index) is
 * served as it is, and the article measured is the first one found in its Vietnamese article folder
 * (none when that folder is missing or empty: the article row is then left out).
 *
 * Bytes are CDP `Network.loadingFinished` encodedDataLength (headers and body), with auto-attach so
 * the requests Pagefind makes from its Web Worker are counted too. Chromium reports only the headers of
 * a worker's own script, so a response smaller than its file is counted at its file size (marked *).
 * Playwright's `requestfinished` counts the same requests, as a cross-check.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { urls } from '../src/site/urls.ts';
import { articlePath, buildAndServe } from './lib/built-site.ts';
import { launchChromium } from './lib/chromium.ts';

const REPO = path.resolve(import.meta.dirname, '..');

import { isCompressible, serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    site: { type: 'string' },
    gzip: { type: 'boolean', default: false },
    query: { type: 'string', multiple: true },
    sort: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(values.runs) || 3);
/** First searches, each in its own cold visit; the first of them is also timed over the runs. */
const QUERIES = values.query?.length ? values.query : ['dai hoi dang bo'];
/** A second search in the same page: Pagefind and its index are loaded by then. */
const SECOND = 'nguyen viet hung';
const ARTICLE = '2020-05-bac-ninh-dai-hoi-dang-bo-so-tttt-lan-iv';

const KINDS = ['HTML', 'CSS', 'JS', 'Pagefind index', 'Pagefind wasm', 'other'] as const;
type Kind = (typeof KINDS)[number];

function kindOf(url: URL): Kind {
  const p = url.pathname;
  if (p.endsWith('/') || p.endsWith('.html')) return 'HTML';
  if (p.endsWith('.css')) return 'CSS';
  if (p.endsWith('.js')) return 'JS';
  if (/^\/pagefind\/wasm\.[^/]+\.pagefind$/.test(p)) return 'Pagefind wasm';
  if (/\.pf_(meta|index|fragment|filter)$/.test(p) || /^\/pagefind\/(.+\/)?pagefind-entry\.json$/.test(p))
    return 'Pagefind index';
  return 'other';
}

interface Transfer {
  url: string;
  bytes: number;
  /** Counted at the file's size: Chromium reported less than the file (a worker's own script). */
  fromFile: boolean;
}

/**
 * Records every request of a page and of the workers it starts, through one CDP session: the page's
 * Network domain, and each worker's through Target.sendMessageToTarget (auto-attach, not flattened,
 * because Playwright's CDPSession cannot address child sessions).
 */
class NetworkLog {
  private readonly urls = new Map<string, string>();
  private readonly inflight = new Set<string>();
  private waiters: (() => void)[] = [];
  finished: { url: string; encoded: number }[] = [];
  failed: string[] = [];

  static async attach(context: BrowserContext, page: Page): Promise<NetworkLog> {
    const log = new NetworkLog();
    const cdp = await context.newCDPSession(page);
    log.listen(cdp);
    await cdp.send('Network.enable');
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: true,
      flatten: false,
    });
    return log;
  }

  private listen(cdp: CDPSession) {
    const on = (method: string, params: Record<string, unknown>) => this.event(method, params);
    for (const method of [
      'Network.requestWillBeSent',
      'Network.loadingFinished',
      'Network.loadingFailed',
    ] as const)
      cdp.on(method, (params) => on(method, params as unknown as Record<string, unknown>));
    cdp.on('Target.attachedToTarget', (e) => {
      const send = (id: number, method: string) =>
        cdp
          .send('Target.sendMessageToTarget', {
            sessionId: e.sessionId,
            message: JSON.stringify({ id, method, params: {} }),
          })
          .catch(() => {});
      // Network first, then let the paused worker run, so none of its requests is missed.
      void send(1, 'Network.enable').then(() => send(2, 'Runtime.runIfWaitingForDebugger'));
    });
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const message = JSON.parse(e.message) as { method?: string; params?: Record<string, unknown> };
      if (message.method && message.params) on(message.method, message.params);
    });
  }

  private event(method: string, params: Record<string, unknown>) {
    const id = String(params.requestId);
    if (method === 'Network.requestWillBeSent') {
      this.urls.set(id, (params.request as { url: string }).url);
      this.inflight.add(id);
    } else if (method === 'Network.loadingFinished') {
      const url = this.urls.get(id);
      if (url) this.finished.push({ url, encoded: Number(params.encodedDataLength) });
      this.done(id);
    } else if (method === 'Network.loadingFailed') {
      this.failed.push(this.urls.get(id) ?? id);
      this.done(id);
    }
  }

  private done(id: string) {
    this.inflight.delete(id);
    if (this.inflight.size === 0) for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when no request is in flight (at once if none is). */
  idle(): Promise<void> {
    return this.inflight.size === 0
      ? Promise.resolve()
      : new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Takes the requests finished so far, and starts a new count. */
  take(): { url: string; encoded: number }[] {
    const out = this.finished;
    this.finished = [];
    return out;
  }
}

/** A site folder served on 127.0.0.1: built here, or given with --site. */
interface Site {
  dir: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

async function transfers(site: Site, list: { url: string; encoded: number }[]): Promise<Transfer[]> {
  return Promise.all(
    list.map(async ({ url, encoded }) => {
      const pathname = decodeURIComponent(new URL(url).pathname);
      const file = path.join(site.dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      // What the server sends for this file: its size, or its gzipped size when it is compressed.
      const size = await readFile(file).then(
        (bytes) => (values.gzip && isCompressible(file) ? gzipSync(bytes).length : bytes.length),
        () => 0,
      );
      return encoded < size ? { url, bytes: size, fromFile: true } : { url, bytes: encoded, fromFile: false };
    }),
  );
}

interface Row {
  name: string;
  requests: number;
  byKind: Record<Kind, number>;
  total: number;
  fromFile: string[];
  ms: number[];
}

function row(name: string, list: Transfer[], ms: number[] = []): Row {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const t of list) byKind[kindOf(new URL(t.url))] += t.bytes;
  return {
    name,
    requests: list.length,
    byKind,
    total: list.reduce((sum, t) => sum + t.bytes, 0),
    fromFile: list.filter((t) => t.fromFile).map((t) => new URL(t.url).pathname),
    ms,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : Number.NaN;
};

/** Playwright's count of finished requests per visit, beside CDP's, to show both see the worker's. */
const crossCheck: string[] = [];

/**
 * One cold visit in a fresh browser: the page, then (optionally) a first and a second search.
 * Returns a row for the page load and one for each search.
 */
async function visit(site: Site, label: string, pathname: string, queries: string[] = []): Promise<Row[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = await NetworkLog.attach(context, page);
    let playwright = 0;
    page.on('requestfinished', () => playwright++);
    await page.goto(site.url(pathname), { waitUntil: 'load' });
    await log.idle();
    const rows = [row(label, await transfers(site, log.take()))];
    if (values.sort && queries.length) await page.selectOption('select[name=sort]', values.sort);
    for (const [i, query] of queries.entries()) {
      const ms = await timeSearch(page, query);
      await log.idle();
      rows.push(
        row(`${i === 0 ? 'first' : 'next'} search "${query}"`, await transfers(site, log.take()), [ms]),
      );
    }
    const cdp = rows.reduce((n, r) => n + r.requests, 0);
    crossCheck.push(`${label}: CDP counted ${cdp} requests, Playwright requestfinished ${playwright}`);
    await context.close();
    return rows;
  } finally {
    await browser.close();
  }
}

/**
 * Types a query (one input event) and returns the milliseconds, in the page's clock, from the input
 * event to the moment the results (or "no results") are shown. site.js waits 60 ms after the last
 * keystroke.
 */
async function timeSearch(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const g = globalThis as unknown as InPage;
    const timing: Timing = {};
    g.__timing = timing;
    const input = g.document.querySelector('input[name=q]');
    // site.js sets the status line together with the list, also when nothing is found.
    const status = g.document.querySelector('[data-search-status]');
    if (!input || !status) throw new Error('no search form on this page');
    status.textContent = '';
    input.addEventListener('input', () => {
      timing.typed ??= performance.now();
    });
    const observer = new g.MutationObserver(() => {
      if (status.textContent) {
        timing.shown ??= performance.now();
        observer.disconnect();
      }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.fill('input[name=q]', query);
  await page.waitForFunction(() => (globalThis as unknown as InPage).__timing?.shown !== undefined);
  return page.evaluate(() => {
    const t = (globalThis as unknown as InPage).__timing;
    return (t?.shown ?? Number.NaN) - (t?.typed ?? Number.NaN);
  });
}

interface Timing {
  typed?: number;
  shown?: number;
}

/** The page-side globals timeSearch uses (the project compiles without the DOM library). */
interface InPage {
  document: { querySelector(selector: string): PageElement | null };
  MutationObserver: new (
    callback: () => void,
  ) => {
    observe(
      target: PageElement,
      options: { childList: boolean; characterData: boolean; subtree: boolean },
    ): void;
    disconnect(): void;
  };
  __timing?: Timing;
}

interface PageElement {
  textContent: string | null;
  addEventListener(type: string, listener: () => void): void;
}

const kB = (n: number) => (n / 1000).toFixed(1);

function print(rows: Row[]): void {
  const header = ['', 'requests', ...KINDS.map((k) => `${k} kB`), 'total kB', 'typing → results ms'];
  const lines = rows.map((r) => [
    r.name,
    String(r.requests),
    ...KINDS.map((k) => kB(r.byKind[k])),
    kB(r.total),
    r.ms.length
      ? `${Math.round(median(r.ms))}${r.ms.length > 1 ? ` (${r.ms.map(Math.round).join(', ')})` : ''}`
      : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const format = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  console.log(format(header));
  console.log(
    `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const l of lines) console.log(format(l));
  const fromFile = [...new Set(rows.flatMap((r) => r.fromFile))];
  if (fromFile.length)
    console.log(`\n* counted at file size (Chromium reported headers only): ${fromFile.join(', ')}`);
}

/** Serves a folder as it is, without building. */
async function serveFolder(dir: string): Promise<Site> {
  const server = await serveStatic(dir, 0, '127.0.0.1', { gzip: values.gzip });
  return { dir, url: (pathname) => new URL(pathname, `${server.url}/`).href, close: () => server.close() };
}

const isFile = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

/** Site path of the first article page (by folder name) in a built site's Vietnamese article folder. */
async function firstArticle(dir: string): Promise<string | undefined> {
  const articles = path.posix.dirname(urls.article('vi', 'x'));
  const slugs = await readdir(path.join(dir, articles)).catch(() => [] as string[]);
  for (const slug of slugs.sort()) {
    const page = path.join(dir, articles, slug, 'index.html');
    if (await isFile(page)) return urls.article('vi', slug);
  }
  return undefined;
}

let site: Site;
let article: string | undefined;
if (values.site) {
  site = await serveFolder(path.resolve(values.site));
  article = await firstArticle(site.dir);
} else {
  const built = await buildAndServe(REPO, { gzip: values.gzip });
  site = built;
  article = articlePath(built.store, ARTICLE, 'vi');
}
try {
  const rows = [
    ...(await visit(site, 'home page', urls.home('vi'))),
    ...(article ? await visit(site, 'article page', article) : []),
  ];
  // The search is timed over several cold visits; bytes and requests are those of the first.
  const searches: Row[][] = [];
  for (let run = 0; run < RUNS; run++)
    searches.push(await visit(site, 'search page', urls.search('vi'), [QUERIES[0] as string, SECOND]));
  const first = searches[0] as Row[];
  rows.push(...first.map((r, i) => ({ ...r, ms: searches.flatMap((visitRows) => visitRows[i]?.ms ?? []) })));
  for (const query of QUERIES.slice(1))
    rows.push(...(await visit(site, 'search page', urls.search('vi'), [query])).slice(1));
  console.log(
    `\nCold cache, served from 127.0.0.1 ${values.gzip ? 'with text gzipped (as static hosts do)' : 'without compression'}` +
      `${values.sort ? `, results sorted by ${values.sort}` : ''}; ${RUNS} runs of the first search (median, then each).\n` +
      (values.site ? `Site: ${site.dir} (served as it is, not built)\n` : '') +
      `Article: ${article ?? `none found under ${path.posix.dirname(urls.article('vi', 'x'))}/`}\n`,
  );
  print(rows);
  console.log(`\n${crossCheck.slice(0, 3).join('\n')}`);
} finally {
  await site.close();
}
