/**
 * The preview (`npm start`): one full build, then, after each edit, the same output modules as the
 * build (src/output/) bring the output up to date in place, writing only what changed:
 *   load+validate  only changed article folders are read and validated again (LoadCache)
 *   pages          only pages whose view model changed are rendered again (PageMemo, sameData)
 *   files          feeds, sitemap and robots.txt only when their data changed
 *   api            after the pages, while the editor already looks at them: only the documents of
 *                  changed articles and the listings (ApiMemo)
 * An update answers once the edited articles' own pages are written; the other pages, the files and the
 * API follow. A newer update stops what follows at its next step (pages, files, images, API), waits for
 * that step, and brings the rest up to date itself: quick saves do not queue up behind each other.
 * The search index is left as it was (rebuilt by the next full build, e.g. when the server restarts).
 */
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { type BuildOptions, type BuildResult, build, createBuildCache } from './build.ts';
import { loadContent } from './content/load.ts';
import type { Problem } from './content/problems.ts';
import type { Article } from './content/store.ts';
import { writeApiFolder } from './output/api.ts';
import { memoizedRenderer, type OutputContext, templatesDirOf } from './output/context.ts';
import { type WrittenFiles, writeFiles } from './output/files.ts';
import { pruneImages, type SiteImages, writeImages } from './output/images.ts';
import { type WrittenPages, writeArticlePages, writePages } from './output/pages.ts';

export type PreviewOptions = Omit<BuildOptions, 'cache' | 'includeDrafts' | 'onPhase'>;

export type UpdateResult =
  | {
      ok: true;
      full: boolean;
      /** From the request to this answer: what an editor waits for. */
      pagesMs: number;
      /** Pages written and removed before this answer. */
      written: number;
      removed: number;
      /**
       * What follows the answer, while the editor already looks at the edited articles' pages: the other
       * pages, feeds, sitemap and API. Its time, and what it wrote (pages or files to reload for).
       */
      rest: Promise<Rest>;
    }
  | { ok: false; problems: Problem[]; error?: Error };

/** What an update did after its answer: its time, pages written and removed, feeds and sitemap written. */
export interface Rest {
  ms: number;
  written: number;
  removed: number;
  files: number;
  /** True when a newer update stopped it before its end; that update does what it left. */
  stopped: boolean;
}

/** At most this many articles changed are written first, before the rest of the site. */
const FIRST_ARTICLES = 20;

export interface Preview {
  /**
   * Brings the output up to date with content/ (incrementally once a full build succeeded).
   * @param changed the paths under content/ a file watcher reported since the last update (only the
   *   folders on them are read again); without it every file's stamp is checked
   */
  update(changed?: readonly string[]): Promise<UpdateResult>;
}

/** Makes the first full build (drafts included) and returns the builder for later edits. */
export async function startPreview(
  options: PreviewOptions,
): Promise<{ preview: Preview; first: BuildResult }> {
  const root = path.resolve(options.root);
  const outDir = path.resolve(options.outDir ?? path.join(root, '_site'));
  const cache = createBuildCache();

  /** What the output folder holds; undefined until a full build succeeds (or after a failed write). */
  let written: { images: SiteImages; pages: WrittenPages; files: WrittenFiles } | undefined;
  /** The Article objects of the last load: an article not among them was added or edited since. */
  let known = new Set<Article>();
  /** What follows the last answer: the next update stops it at its next step and waits for that step. */
  let following: { done: Promise<unknown>; stop: () => void } = { done: Promise.resolve(), stop() {} };

  const full = async (): Promise<BuildResult> => {
    const result = await build({ ...options, root, outDir, includeDrafts: true, cache });
    written = result.ok ? result.written : undefined;
    known = new Set(result.ok ? result.store.articles : []);
    return result;
  };

  const update = async (changed?: readonly string[]): Promise<UpdateResult> => {
    following.stop();
    await following.done;
    const started = performance.now();
    const before = written;
    if (!before) {
      const result = await full();
      if (!result.ok) return result;
      const pagesMs = performance.now() - started;
      const rest = Promise.resolve({ ms: 0, written: 0, removed: 0, files: 0, stopped: false });
      return { ok: true, full: true, pagesMs, written: result.pages, removed: 0, rest };
    }
    const loaded = await loadContent({ root, now: options.now, cache: cache.load, changed });
    if (!loaded.store) return { ok: false, problems: loaded.problems };
    const ctx: OutputContext = {
      root,
      store: loaded.store,
      config: options.config,
      outDir,
      templatesDir: templatesDirOf(options.templatesDir),
      includeDrafts: true,
      renderBody: memoizedRenderer(cache.bodies),
    };
    const edited = loaded.store.articles.filter((a) => !known.has(a));
    // The images of the edited articles (an unchanged one keeps its own; all are cached on disk).
    let images: SiteImages;
    try {
      images = edited.length > 0 ? await writeImages(ctx, before.images, edited) : before.images;
    } catch (error) {
      return { ok: false, problems: [], error: error as Error }; // still edited for the next update
    }
    known = new Set(loaded.store.articles);
    /**
     * The other pages, then the files and the images no longer used, each step only while `going()`;
     * `written` is what the output holds after each step (a step left undone is the next update's).
     */
    const writeSite = async (pagesSoFar: WrittenPages, going: () => boolean = () => true) => {
      const pages = await writePages(ctx, images, cache.pages, pagesSoFar, going);
      written = { images, pages, files: before.files };
      const done = { written: pages.written, removed: pages.removed, files: 0, stopped: true };
      if (pages.stopped || !going()) return done;
      const files = await writeFiles(ctx, pages.pages, before.files);
      written = { images, pages, files };
      done.files = [...files.values()].filter((f) => before.files.get(f.url) !== f).length;
      if (!going()) return done;
      await pruneImages(ctx, images);
      return { ...done, stopped: false };
    };
    /**
     * What follows the answer, started once it is sent (the first steps of a call run before any await);
     * `steps` is told whether to go on, false once a newer update has begun.
     */
    const follow = (
      pagesMs: number,
      steps: (going: () => boolean) => Promise<Omit<Rest, 'ms'>>,
    ): Promise<Rest> => {
      let stopped = false;
      const going = () => !stopped;
      const rest = setImmediate()
        .then(() => (going() ? steps(going) : { written: 0, removed: 0, files: 0, stopped: true }))
        .then(
          (done) => ({ ms: performance.now() - started - pagesMs, ...done }),
          (error: Error) => {
            written = undefined; // half-written output: the next update starts over with a full build
            throw error;
          },
        );
      following = { done: rest.catch(() => undefined), stop: () => (stopped = true) };
      return rest;
    };
    try {
      // The edited articles' pages first, answered at once; the other pages, the files and the API follow.
      const first =
        edited.length > 0 && edited.length <= FIRST_ARTICLES
          ? await writeArticlePages(ctx, images, cache.pages, before.pages, edited)
          : undefined;
      if (first && first.written > 0) {
        written = { images, pages: first, files: before.files };
        const pagesMs = performance.now() - started;
        const rest = follow(pagesMs, async (going) => {
          const done = await writeSite(first, going);
          if (!going()) return { ...done, stopped: true };
          const api = await writeApiFolder(ctx, images, cache.api, going);
          return { ...done, stopped: api.stopped };
        });
        return { ok: true, full: false, pagesMs, written: first.written, removed: 0, rest };
      }
      const done = await writeSite(before.pages);
      const pagesMs = performance.now() - started;
      const rest = follow(pagesMs, async (going) => {
        const api = await writeApiFolder(ctx, images, cache.api, going);
        return { written: 0, removed: 0, files: 0, stopped: api.stopped };
      });
      return { ok: true, full: false, pagesMs, written: done.written, removed: done.removed, rest };
    } catch (error) {
      written = undefined; // half-written output: the next update starts over with a full build
      return { ok: false, problems: [], error: error as Error };
    }
  };

  const first = await full();
  return { preview: { update }, first };
}
