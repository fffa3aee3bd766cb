/**
 * The build (`npm run build`), as a table of contents: load and validate the content, then write each
 * output with its own module, into a staging folder that replaces the output only when every step
 * succeeded (a failed build leaves the published `_site/` as it was). The preview (src/preview.ts)
 * writes the same outputs with the same modules, then only what an edit changed.
 *
 *   load+validate  src/content/load.ts     the Store, or every problem
 *   images         src/output/images.ts    photos' variants, share images and cards (cached)
 *   pages          src/output/pages.ts     view models (src/site/pages/), HTML rendered by Eleventy
 *   files          src/output/files.ts     feeds, sitemap, robots.txt
 *   api            src/output/api.ts       the JSON content API under /api/v1/
 *   search index   src/output/search.ts    Pagefind's index, per language, in parts
 *   publish        src/output/publish.ts   the staging folder swapped in
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { type ApiMemo, createApiMemo } from './api/write.ts';
import type { SiteConfig } from './config/site-config.ts';
import { createLoadCache, type LoadCache, loadContent } from './content/load.ts';
import { formatProblem, type Problem } from './content/problems.ts';
import type { Store } from './content/store.ts';
import { writeApiFolder } from './output/api.ts';
import { memoizedRenderer, type OutputContext, templatesDirOf } from './output/context.ts';
import { type WrittenFiles, writeFiles } from './output/files.ts';
import { type SiteImages, writeImages } from './output/images.ts';
import { type WrittenPages, writePages } from './output/pages.ts';
import { publish, stagingOf } from './output/publish.ts';
import { writeSearchIndex } from './output/search.ts';
import { createPageMemo, type PageMemo } from './site/pages/index.ts';

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
  /** Skip the search index (tests that do not search). */
  skipSearch?: boolean;
  /** "Now" for the future-date check. */
  now?: Date;
  log?: (line: string) => void;
  /** Kept by a long-lived process (the preview) between builds: see {@link createBuildCache}. */
  cache?: BuildCache;
  /** Called as each phase starts and ends (benchmarks attribute time and memory to phases with it). */
  onPhase?: (phase: string, event: 'start' | 'end') => void;
}

/**
 * What a long-lived process keeps between builds: parsed and validated folders (unchanged files are not
 * read again), article pages (unchanged articles are not shaped again), rendered bodies, and what the
 * API folder holds.
 */
export interface BuildCache {
  load: LoadCache;
  pages: PageMemo;
  bodies: Map<string, string>;
  api: ApiMemo;
}

export function createBuildCache(): BuildCache {
  return { load: createLoadCache(), pages: createPageMemo(), bodies: new Map(), api: createApiMemo() };
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
      /** What the output now holds, for the preview's later writes. */
      written: { images: SiteImages; pages: WrittenPages; files: WrittenFiles };
      /** What validation warned of (files no photo lists): printed, never a failure. */
      warnings: Problem[];
      timings: PhaseTiming[];
    }
  | { ok: false; problems: Problem[]; warnings: Problem[]; error?: Error; timings: PhaseTiming[] };

export async function build(options: BuildOptions): Promise<BuildResult> {
  const root = path.resolve(options.root);
  const outDir = path.resolve(options.outDir ?? path.join(root, '_site'));
  const staging = stagingOf(outDir);
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
  const { warnings } = loaded;
  if (!loaded.store) return { ok: false, problems: loaded.problems, warnings, timings };
  const ctx: OutputContext = {
    root,
    store: loaded.store,
    config: options.config,
    outDir: staging,
    templatesDir: templatesDirOf(options.templatesDir),
    includeDrafts: options.includeDrafts ?? false,
    renderBody: memoizedRenderer(options.cache?.bodies),
  };
  // A new output folder: the API is written in full (and the memo then holds what it wrote).
  if (options.cache) options.cache.api = createApiMemo();
  try {
    await rm(staging, { recursive: true, force: true });
    const images = await timed('images', () => writeImages(ctx));
    const pages = await timed('pages', () => writePages(ctx, images, options.cache?.pages));
    const files = await timed('files', () => writeFiles(ctx, pages.pages));
    await timed('api', () => writeApiFolder(ctx, images, options.cache?.api));
    if (!options.skipSearch) await timed('search index', () => writeSearchIndex(ctx, pages.pages));
    await timed('publish', () => publish(staging, outDir));
    options.log?.(`built ${pages.pages.length} pages into ${path.relative(process.cwd(), outDir) || '.'}`);
    return {
      ok: true,
      store: ctx.store,
      pages: pages.pages.length,
      written: { images, pages, files },
      warnings,
      timings,
    };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { ok: false, problems: [], warnings, error: error as Error, timings };
  }
}

/** Prints a build result for people: problems one per line, or the phase timings. */
export function report(result: BuildResult, write: (line: string) => void = console.log): void {
  for (const w of result.warnings) write(formatProblem(w));
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
