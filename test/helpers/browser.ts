import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildAndServe, type ServedSite } from '../../scripts/lib/built-site.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export { articlePath, buildAndServe, type ServedSite } from '../../scripts/lib/built-site.ts';

/** What went wrong on a page: console errors and warnings (page and workers), uncaught errors, CSP violations. */
export interface PageProblems {
  consoleErrors: string[];
  consoleWarnings: string[];
  pageErrors: string[];
  cspViolations: string[];
  /** URLs of the Web Workers the page started (Pagefind searches in one). */
  workers: string[];
}

/**
 * The page-side globals the callbacks below use. The project compiles without the DOM library (it is
 * Node code), so callbacks that run in the page name them through this type:
 * `(globalThis as unknown as InPage).document`. Callbacks are sent to the page as source text, so they
 * must not refer to anything outside themselves (types are erased before that).
 */
export interface InPage {
  document: {
    querySelector(selector: string): { textContent: string | null } | null;
    addEventListener(
      type: 'securitypolicyviolation',
      listener: (e: {
        violatedDirective: string;
        blockedURI: string;
        sourceFile: string;
        lineNumber: number;
      }) => void,
    ): void;
  };
  /** CSP violations seen by the init script. */
  __csp?: string[];
  /** Set only if a planted XSS payload ran. */
  __pwned?: unknown;
}

/**
 * Starts recording a page's problems. Call before the first navigation: CSP violations are caught
 * by a listener added to every document before its own scripts run.
 */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = {
    consoleErrors: [],
    consoleWarnings: [],
    pageErrors: [],
    cspViolations: [],
    workers: [],
  };
  const onConsole = (where: string, m: ConsoleMessage) => {
    const text = `${where}: ${m.text()} (${m.location().url})`;
    if (/content.security.policy/i.test(m.text())) problems.cspViolations.push(text);
    if (m.type() === 'error') problems.consoleErrors.push(text);
    if (m.type() === 'warning') problems.consoleWarnings.push(text);
  };
  page.on('console', (m) => onConsole('page', m));
  page.on('pageerror', (e) => problems.pageErrors.push(e.stack ?? e.message));
  page.on('worker', (w) => {
    problems.workers.push(w.url());
    w.on('console', (m) => onConsole(`worker ${w.url()}`, m));
  });
  await page.addInitScript(() => {
    const w = globalThis as unknown as InPage;
    w.__csp = [];
    w.document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp?.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return problems;
}

/** Adds the CSP violations the current document recorded to `problems`. */
export async function collectCsp(page: Page, problems: PageProblems): Promise<void> {
  const seen = await page.evaluate(() => (globalThis as unknown as InPage).__csp ?? []);
  for (const v of seen) if (!problems.cspViolations.includes(v)) problems.cspViolations.push(v);
}

/**
 * Does something that starts a search (typing a query, choosing a filter) and waits until its results
 * are shown. The status line, which site.js sets together with the list, is emptied first without
 * firing any event, so results of an earlier search are never mistaken for these.
 */
export async function searchBy(page: Page, action: () => Promise<unknown>): Promise<string[]> {
  const status = '[data-search-status]';
  await page.evaluate((selector) => {
    const element = (globalThis as unknown as InPage).document.querySelector(selector);
    if (element) element.textContent = '';
  }, status);
  await action();
  await page.waitForFunction(
    (selector) =>
      ((globalThis as unknown as InPage).document.querySelector(selector)?.textContent ?? '') !== '',
    status,
  );
  return resultTitles(page);
}

/** Types a query into the search form (one input event) and returns the titles shown for it. */
export function search(page: Page, query: string): Promise<string[]> {
  return searchBy(page, () => page.fill('input[name=q]', query));
}

/** Titles of the results shown, in order. */
export function resultTitles(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] li > a', (links) => links.map((a) => a.textContent ?? ''));
}

/** URLs (path only) of the results shown, in order. */
export function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] li > a', (links) =>
    links.map((a) => new URL((a as unknown as { href: string }).href).pathname),
  );
}

/**
 * Runs `use` on a fresh page of a suite's browser (its own context: no cache or storage shared
 * between tests), against the suite's site.
 */
export async function onFreshPage<T>(
  ready: () => { browser: Browser; site: ServedSite },
  use: (page: Page, site: ServedSite) => Promise<T>,
): Promise<T> {
  const { browser, site } = ready();
  const context = await browser.newContext();
  try {
    return await use(await context.newPage(), site);
  } finally {
    await context.close();
  }
}

/**
 * Sets up a browser suite: Chromium first (when it is missing, every test fails at once with how to
 * install it), then the site from `makeRoot`, built and served; all closed after the suite.
 * A failed setup fails each test with its message rather than skipping it.
 * @returns `ready()`, which gives the browser and the served site inside a test
 */
export function browserSuite(
  makeRoot: () => Promise<string>,
  removeRoot?: (root: string) => Promise<void>,
  options: Parameters<typeof buildAndServe>[1] = {},
): () => { browser: Browser; site: ServedSite } {
  let browser: Browser | undefined;
  let site: ServedSite | undefined;
  let root: string | undefined;
  let setupError: unknown;
  beforeAll(async () => {
    try {
      browser = await launchChromium();
      root = await makeRoot();
      site = await buildAndServe(root, options);
    } catch (error) {
      setupError = error;
    }
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (root && removeRoot) await removeRoot(root);
  });
  return () => {
    if (setupError) throw setupError;
    if (!browser || !site) throw new Error('browser tests were not set up');
    return { browser, site };
  };
}
