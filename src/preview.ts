/**
 * The preview (`npm start`): one full build, then, after each edit, the same output modules as the
 * build (src/output/) bring the output up to date in place, writing only what changed:
 *   load+validate  only changed article folders are read and validated again (LoadCache)
 *   pages          only pages whose view model changed are rendered again (PageMemo, sameData)
 *   files          feeds, sitemap and robots.txt only when their data changed
 *   api            after the pages, while the editor already looks at them (the next update waits for
 *                  it): only the documents of changed articles and the listings (ApiMemo)
 * The search index is left as it was (rebuilt by the next full build, e.g. when the server restarts).
 */
import path from 'node:path';
import { type BuildOptions, type BuildResult, build, createBuildCache } from './build.ts';
import { loadContent } from './content/load.ts';
import type { Problem } from './content/problems.ts';
import { writeApiFolder } from './output/api.ts';
import { memoizedRenderer, type OutputContext, templatesDirOf } from './output/context.ts';
import { type WrittenFiles, writeFiles } from './output/files.ts';
import { type WrittenPages, writePages } from './output/pages.ts';

export type PreviewOptions = Omit<BuildOptions, 'cache' | 'includeDrafts' | 'onPhase'>;

export type UpdateResult =
  | {
      ok: true;
      full: boolean;
      /** From the request to every page written: what an editor waits for. */
      pagesMs: number;
      /** The API is written after the pages, while the editor already looks at them: its time in ms. */
      api: Promise<number>;
      written: number;
      removed: number;
    }
  | { ok: false; problems: Problem[]; error?: Error };

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
  let written: { pages: WrittenPages; files: WrittenFiles } | undefined;
  /** The API being written after the last update's pages; the next update waits for it. */
  let apiWrite: Promise<unknown> = Promise.resolve();

  const full = async (): Promise<BuildResult> => {
    const result = await build({ ...options, root, outDir, includeDrafts: true, cache });
    written = result.ok ? result.written : undefined;
    return result;
  };

  const update = async (changed?: readonly string[]): Promise<UpdateResult> => {
    await apiWrite;
    const started = performance.now();
    const before = written;
    if (!before) {
      const result = await full();
      if (!result.ok) return result;
      const pagesMs = performance.now() - started;
      return { ok: true, full: true, pagesMs, api: Promise.resolve(0), written: result.pages, removed: 0 };
    }
    const loaded = await loadContent({ root, now: options.now, cache: cache.load, changed });
    if (!loaded.store) return { ok: false, problems: loaded.problems };
    const ctx: OutputContext = {
      store: loaded.store,
      config: options.config,
      outDir,
      templatesDir: templatesDirOf(options.templatesDir),
      includeDrafts: true,
      renderBody: memoizedRenderer(cache.bodies),
    };
    try {
      const pages = await writePages(ctx, cache.pages, before.pages);
      const files = await writeFiles(ctx, pages.pages, before.files);
      written = { pages, files };
      const pagesMs = performance.now() - started;
      // Started after this update has answered (its first steps run before any await).
      const api = new Promise((resolve) => setImmediate(resolve))
        .then(() => writeApiFolder(ctx, cache.api))
        .then(
          () => performance.now() - started - pagesMs,
          (error: Error) => {
            written = undefined; // the next update starts over with a full build
            throw error;
          },
        );
      apiWrite = api.catch(() => undefined);
      return { ok: true, full: false, pagesMs, api, written: pages.written, removed: pages.removed };
    } catch (error) {
      // Half-written output: the next update starts over with a full build.
      written = undefined;
      return { ok: false, problems: [], error: error as Error };
    }
  };

  const first = await full();
  return { preview: { update }, first };
}
