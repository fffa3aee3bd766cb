/**
 * The preview's builder (`npm start`): one full build, then incremental rebuilds in the same process.
 *
 * After an edit, only changed article folders are read and validated again (see LoadCache), only pages
 * whose view model changed are rendered again (an unchanged article keeps its page object, see
 * PageMemo; a listing made again is compared with the last one, see sameData), and feeds, the
 * sitemap and robots.txt are written only when their data changed (compared the same way).
 * Pages go through the very `render` and `permalink` functions of the templates that Eleventy calls
 * in a full build, so an incremental page is byte for byte the page a full build writes (tested).
 * The API is brought up to date after the pages, while the editor already looks at them (the next update
 * waits for it): only the documents of changed articles and the listings are written (see ApiMemo);
 * the search index is left as it was (rebuilt by the next full build, e.g. when the
 * server restarts).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeApi } from '../api/write.ts';
import {
  apiOptions,
  type BuildOptions,
  type BuildResult,
  build,
  createBuildCache,
  importTemplate,
  memoizedRenderer,
} from '../build.ts';
import { loadContent } from '../content/load.ts';
import type { Problem } from '../content/problems.ts';
import { sameData } from '../content/same-data.ts';
import { type SiteFile, siteFiles } from '../site/files.ts';
import { buildPages, type Page, type SiteModel } from '../site/pages/index.ts';

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

/** The Eleventy templates' own entry points (templates/site.11ty.ts and files.11ty.ts). */
interface TemplateModule<D> {
  data: { permalink: (data: D) => string };
  render: (data: D) => string;
}

/** Where Eleventy writes a permalink: `/a/` to `a/index.html`, `/a.xml` to `a.xml`. */
export function outputFileOf(outDir: string, permalink: string): string {
  const rel = permalink.endsWith('/') ? `${permalink}index.html` : permalink;
  return path.join(outDir, ...rel.split('/').filter(Boolean));
}

export interface Preview {
  /** Brings the output up to date with content/ (incrementally once a full build succeeded). */
  update(): Promise<UpdateResult>;
}

/** Makes the first full build (drafts included) and returns the builder for later edits. */
export async function startPreview(
  options: PreviewOptions,
): Promise<{ preview: Preview; first: BuildResult }> {
  const root = path.resolve(options.root);
  const outDir = path.resolve(options.outDir ?? path.join(root, '_site'));
  const cache = createBuildCache();
  const site = await importTemplate<TemplateModule<{ view: Page; site: SiteModel }>>(options, 'site.11ty.ts');
  const filesTemplate = await importTemplate<TemplateModule<{ file: SiteFile }>>(options, 'files.11ty.ts');

  /** The page objects the files in outDir were rendered from, by URL. */
  let written: Map<string, Page> | undefined;
  /** The feeds, sitemap and robots.txt the files in outDir were rendered from, by URL. */
  let writtenFiles = new Map<string, SiteFile>();
  /** The API being written after the last update's pages; the next update waits for it. */
  let apiWrite: Promise<unknown> = Promise.resolve();

  const full = async (): Promise<BuildResult> => {
    const result = await build({ ...options, root, outDir, includeDrafts: true, cache });
    written = result.ok ? new Map(result.views.map((p) => [p.url, p])) : undefined;
    writtenFiles = new Map(result.ok ? result.files.map((f) => [f.url, f]) : []);
    return result;
  };

  const write = async (permalink: string, text: string) => {
    const file = outputFileOf(outDir, permalink);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  };

  const update = async (): Promise<UpdateResult> => {
    await apiWrite;
    const started = performance.now();
    const before = written;
    if (!before) {
      const result = await full();
      if (!result.ok) return result;
      const ms = performance.now() - started;
      return {
        ok: true,
        full: true,
        pagesMs: ms,
        api: Promise.resolve(0),
        written: result.pages,
        removed: 0,
      };
    }
    const loaded = await loadContent({ root, now: options.now, cache: cache.load });
    if (!loaded.store) return { ok: false, problems: loaded.problems };
    const store = loaded.store;
    try {
      const renderBody = memoizedRenderer(cache.bodies);
      const built = buildPages(store, options.config, { includeDrafts: true, renderBody, memo: cache.pages });
      const now = new Map<string, Page>();
      let count = 0;
      for (const view of built.pages) {
        const previous = before.get(view.url);
        // The same page object, or a listing made again with the same data: its file is up to date.
        if (previous && sameData(previous, view)) {
          now.set(view.url, previous);
          continue;
        }
        now.set(view.url, view);
        const data = { view, site: built.site };
        await write(site.data.permalink(data), site.render(data));
        count++;
      }
      let removed = 0;
      for (const [url, view] of before) {
        if (now.has(url)) continue;
        await rm(outputFileOf(outDir, site.data.permalink({ view, site: built.site })), { force: true });
        removed++;
      }
      for (const file of siteFiles(store, built.pages, options.config, renderBody)) {
        const previous = writtenFiles.get(file.url);
        if (previous && sameData(previous, file)) continue;
        await write(filesTemplate.data.permalink({ file }), filesTemplate.render({ file }));
        writtenFiles.set(file.url, file);
      }
      written = now;
      const pagesMs = performance.now() - started;
      const api = writeApi(store, apiOptions(store, outDir, options.config, renderBody), cache.api).then(
        () => performance.now() - started - pagesMs,
        (error: Error) => {
          written = undefined; // the next update starts over with a full build
          throw error;
        },
      );
      apiWrite = api.catch(() => undefined);
      return { ok: true, full: false, pagesMs, api, written: count, removed };
    } catch (error) {
      // Half-written output: the next update starts over with a full build.
      written = undefined;
      return { ok: false, problems: [], error: error as Error };
    }
  };

  const first = await full();
  return { preview: { update }, first };
}
