/**
 * The one build entry: load -> validate -> view models -> Eleventy -> API -> search index -> publish.
 * Everything is written into a staging folder beside the output; only when every step succeeded does
 * it replace the output, so a failed build leaves the previous `_site/` exactly as it was.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import { type ApiMemo, createApiMemo, type WriteApiOptions, writeApi } from './api/write.ts';
import type { SiteConfig } from './config/site-config.ts';
import { createLoadCache, type LoadCache, loadContent } from './content/load.ts';
import { formatProblem, type Problem } from './content/problems.ts';
import { registryKeysFrom } from './content/registries.ts';
import type { Store } from './content/store.ts';
import { type BodyRenderer, renderBody } from './render/index.ts';
import { jsonSchemas, SCHEMA_FILES } from './schema/json-schema.ts';
import { LANGUAGES } from './schema/registries.ts';
import { indexSite } from './search/index-site.ts';
import { searchParts } from './search/parts.ts';
import { searchRecord } from './search/records.ts';
import { type SiteFile, siteFiles } from './site/files.ts';
import {
  type ArticlePage,
  buildPages,
  createPageMemo,
  type Page,
  type PageMemo,
} from './site/pages/index.ts';

export interface BuildOptions {
  /** Project root (holds content/). */
  root: string;
  /** Presentation; defaults to bantin's own templates/ folder. */
  templatesDir?: string;
  /** Output folder; defaults to `<root>/_site`. */
  outDir?: string;
  config: SiteConfig;
  /** Preview: drafts are built with a banner. Never for a published build. */
  includeDrafts?: boolean;
  /** Skip the search index (dev rebuilds). */
  skipSearch?: boolean;
  /** "Now" for the future-date check. */
  now?: Date;
  log?: (line: string) => void;
  /** Kept by a long-lived process (the preview server) between builds: see {@link createBuildCache}. */
  cache?: BuildCache;
  /** Called as each phase starts and ends (benchmarks attribute time and memory to phases with it). */
  onPhase?: (phase: string, event: 'start' | 'end') => void;
}

/**
 * What a long-lived process keeps between builds: parsed and validated folders (unchanged files are not
 * read again), article pages (unchanged articles are not shaped again), and rendered bodies.
 */
export interface BuildCache {
  load: LoadCache;
  pages: PageMemo;
  bodies: Map<string, string>;
  /** The API in the output folder; a full build starts it over. */
  api: ApiMemo;
}

export function createBuildCache(): BuildCache {
  return { load: createLoadCache(), pages: createPageMemo(), bodies: new Map(), api: createApiMemo() };
}

/** Markdown to safe HTML, each distinct body rendered once (pages, feeds and the API show the same). */
export function memoizedRenderer(bodies: Map<string, string> = new Map()): BodyRenderer {
  return (text) => {
    let html = bodies.get(text.body);
    if (html === undefined) {
      html = renderBody(text);
      bodies.set(text.body, html);
    }
    return html;
  };
}

export interface PhaseTiming {
  phase: string;
  ms: number;
}

export type BuildResult =
  | {
      ok: true;
      store: Store;
      pages: number;
      views: readonly Page[];
      /** Feeds, sitemap and robots.txt, as written. */
      files: readonly SiteFile[];
      timings: PhaseTiming[];
    }
  | { ok: false; problems: Problem[]; error?: Error; timings: PhaseTiming[] };

/**
 * Eleventy imports the .11ty.ts templates itself, with Node's own import(): the tsx loader must be
 * registered in this process (it already is under `tsx`, not under a test runner or plain node).
 */
let loaderRegistered = false;
function ensureTypeScriptLoader(): void {
  if (loaderRegistered) return;
  register();
  loaderRegistered = true;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const root = path.resolve(options.root);
  const outDir = path.resolve(options.outDir ?? path.join(root, '_site'));
  const staging = `${outDir}.staging-${process.pid}`;
  const log = options.log ?? (() => {});
  const timings: PhaseTiming[] = [];
  const timed = async <T>(phase: string, step: () => Promise<T> | T): Promise<T> => {
    options.onPhase?.(phase, 'start');
    const start = performance.now();
    const result = await step();
    timings.push({ phase, ms: performance.now() - start });
    options.onPhase?.(phase, 'end');
    return result;
  };

  const loaded = await timed('load+validate', () =>
    loadContent({ root, now: options.now, cache: options.cache?.load }),
  );
  if (!loaded.store) return { ok: false, problems: loaded.problems, timings };
  const store = loaded.store;

  const renderBody = memoizedRenderer(options.cache?.bodies);

  try {
    await rm(staging, { recursive: true, force: true });
    const { pages, site } = await timed('view models', () =>
      buildPages(store, options.config, {
        includeDrafts: options.includeDrafts,
        renderBody,
        memo: options.cache?.pages,
      }),
    );
    const files = await timed('render', async () => {
      // Feeds, sitemap and robots.txt: made here, with the pages they list.
      const files = siteFiles(store, pages, options.config, renderBody);
      ensureTypeScriptLoader();
      const templates = templatesDirOf(options);
      const elev = new Eleventy(templates, staging, {
        quietMode: true,
        config(cfg: EleventyConfig) {
          cfg.addExtension('11ty.ts', { key: '11ty.js' });
          cfg.setTemplateFormats(['11ty.ts']);
          cfg.addGlobalData('pages', pages);
          cfg.addGlobalData('site', site);
          cfg.addGlobalData('files', files);
          cfg.addPassthroughCopy({
            [path.relative(process.cwd(), path.join(templates, 'assets'))]: 'assets',
          });
        },
      });
      await elev.write();
      return files;
    });
    // A new output folder: the API is written in full (and the memo then holds what it wrote).
    if (options.cache) options.cache.api = createApiMemo();
    await timed('api', () =>
      writeApi(store, apiOptions(store, staging, options.config, renderBody), options.cache?.api),
    );
    if (!options.skipSearch)
      await timed('search index', () => {
        // Each part's records (src/search/parts.ts: runs of a language's articles, newest first), each
        // record made only when Pagefind takes it.
        const records = function* (list: ArticlePage[]) {
          for (const page of list) {
            const text = store.byId.get(page.id)?.text[page.lang];
            if (text) yield searchRecord(page, text);
          }
        };
        const parts = LANGUAGES.flatMap((lang) => {
          const list = pages.filter(
            (p): p is ArticlePage => p.kind === 'article' && p.searchable && p.lang === lang,
          );
          return searchParts(lang, list, options.config.searchPartPages).map(({ path, part, items }) => ({
            path,
            part,
            records: records(items),
          }));
        });
        return indexSite(staging, parts);
      });
    await timed('publish', () => publish(staging, outDir));
    log(`built ${pages.length} pages into ${path.relative(process.cwd(), outDir) || '.'}`);
    return { ok: true, store, pages: pages.length, views: pages, files, timings };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { ok: false, problems: [], error: error as Error, timings };
  }
}

/** The presentation folder: the option, else bantin's own templates/. */
export function templatesDirOf(options: Pick<BuildOptions, 'templatesDir'>): string {
  return path.resolve(options.templatesDir ?? path.join(import.meta.dirname, '..', 'templates'));
}

/**
 * A module of the presentation folder, for what the build renders without Eleventy (the search record,
 * the preview's incremental pages); the TypeScript loader is registered first.
 */
export async function importTemplate<T>(
  options: Pick<BuildOptions, 'templatesDir'>,
  file: string,
): Promise<T> {
  ensureTypeScriptLoader();
  return (await import(pathToFileURL(path.join(templatesDirOf(options), file)).href)) as T;
}

/** What the API is written with: the site's address, the body renderer and the content schemas. */
export function apiOptions(
  store: Store,
  outDir: string,
  config: SiteConfig,
  renderBody: BodyRenderer,
): WriteApiOptions {
  return {
    outDir,
    baseUrl: config.baseUrl,
    renderBody,
    contentSchemas: Object.fromEntries(
      Object.entries(jsonSchemas(registryKeysFrom(store.registries))).map(([k, v]) => [
        SCHEMA_FILES[k as keyof typeof SCHEMA_FILES],
        v,
      ]),
    ),
  };
}

export interface EleventyConfig {
  addExtension(ext: string, options: { key: string }): void;
  setTemplateFormats(formats: string[]): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
}

/** Swaps the staging folder in: two renames on one file system, the old output removed last. */
async function publish(staging: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  await mkdir(path.dirname(outDir), { recursive: true });
  if (existsSync(outDir)) await rename(outDir, old);
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (existsSync(old)) await rename(old, outDir);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/** Prints a build result for people: problems one per line, or the phase timings. */
export function report(result: BuildResult, write: (line: string) => void = console.log): void {
  if (result.ok) {
    write(
      `built ${result.pages} pages (${result.timings.map((t) => `${t.phase} ${Math.round(t.ms)} ms`).join(', ')})`,
    );
    return;
  }
  for (const p of result.problems) write(formatProblem(p));
  if (result.problems.length)
    write(
      `\n${result.problems.length} problem(s); the build stopped and the previous output was left as it was`,
    );
  if (result.error) write(`build failed: ${result.error.message}; the previous output was left as it was`);
}
