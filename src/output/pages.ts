/**
 * The site's HTML pages, from the view models of src/site/pages/.
 * - A first write renders every page with Eleventy: templates/site.11ty.ts paginates over the view
 *   models, one output file per page, and Eleventy copies templates/assets/ beside them.
 * - Given what was written before (the preview, after an edit), only pages whose view model changed
 *   are rendered again, through the very `permalink` and `render` functions of site.11ty.ts that
 *   Eleventy calls, so such a page is byte for byte what a first write makes (tested); pages that are
 *   gone are removed.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import Eleventy, { type EleventyConfig } from '@11ty/eleventy';
import { sameData } from '../content/same-data.ts';
import type { Article } from '../content/store.ts';
import type { SiteImages } from '../images/index.ts';
import {
  buildPages,
  type Page,
  type PageMemo,
  pagesByKind,
  pagesOfArticles,
  type SiteModel,
  siteModel,
} from '../site/pages/index.ts';
import { ensureTypeScriptLoader, importTemplate, type OutputContext, outputFileOf } from './context.ts';

/** What the output folder holds: the view models its pages were rendered from. */
export interface WrittenPages {
  pages: readonly Page[];
  site: SiteModel;
  byUrl: ReadonlyMap<string, Page>;
  /** Pages rendered and files removed by this write. */
  written: number;
  removed: number;
  /** True when this write was stopped part way: pages it did not reach keep what they were written with. */
  stopped: boolean;
}

/** The Eleventy template's own entry points (templates/site.11ty.ts). */
interface SiteTemplate {
  data: { permalink: (data: { view: Page; site: SiteModel }) => string };
  render: (data: { view: Page; site: SiteModel }) => string;
}

/**
 * Makes the view models from the Store and writes their pages: all of them with Eleventy, or, given
 * `before`, only those that changed, one kind of pages at a time, stopping between two kinds once
 * `going()` turns false (the preview's next edit came in).
 * @param images the images made for this build (src/output/images.ts)
 * @param memo kept between writes: an unchanged article keeps its page object (see PageMemo)
 */
export async function writePages(
  ctx: OutputContext,
  images: SiteImages | undefined,
  memo?: PageMemo,
  before?: WrittenPages,
  going: () => boolean = () => true,
): Promise<WrittenPages> {
  const options = { includeDrafts: ctx.includeDrafts, renderBody: ctx.renderBody, memo, images };
  if (!before) {
    const { pages, site } = buildPages(ctx.store, ctx.config, options);
    await renderWithEleventy(ctx, pages, site);
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    return { pages, site, byUrl, written: pages.length, removed: 0, stopped: false };
  }
  const template = await importTemplate<SiteTemplate>(ctx.templatesDir, 'site.11ty.ts');
  const site = siteModel(ctx.config);
  const byUrl = new Map<string, Page>();
  const pages: Page[] = [];
  let written = 0;
  for (const kind of pagesByKind(ctx.store, ctx.config, options)) {
    written += await writeChanged(ctx, template, site, kind, before.byUrl, byUrl);
    pages.push(...kind);
    await setImmediate();
    if (!going()) {
      // What the output holds: the pages written so far, and as before the pages not reached.
      for (const [url, view] of before.byUrl) if (!byUrl.has(url)) byUrl.set(url, view);
      return { pages: [...byUrl.values()], site, byUrl, written, removed: 0, stopped: true };
    }
  }
  let removed = 0;
  for (const [url, view] of before.byUrl) {
    if (byUrl.has(url)) continue;
    await rm(outputFileOf(ctx.outDir, template.data.permalink({ view, site })), { force: true });
    removed++;
  }
  return { pages, site, byUrl, written, removed, stopped: false };
}

/**
 * The pages of some articles alone, written at once if they changed: the preview's first answer to an
 * edit (what the editor looks at). writePages then brings the rest up to date, these pages already
 * written.
 */
export async function writeArticlePages(
  ctx: OutputContext,
  images: SiteImages | undefined,
  memo: PageMemo | undefined,
  before: WrittenPages,
  articles: readonly Article[],
): Promise<WrittenPages> {
  const template = await importTemplate<SiteTemplate>(ctx.templatesDir, 'site.11ty.ts');
  const options = { includeDrafts: ctx.includeDrafts, renderBody: ctx.renderBody, memo, images };
  const views = pagesOfArticles(ctx.store, ctx.config, options, articles);
  const byUrl = new Map(before.byUrl);
  const written = await writeChanged(ctx, template, before.site, views, before.byUrl, byUrl);
  return { ...before, byUrl, written, removed: 0, stopped: false };
}

/**
 * Writes each view whose data differs from the page written at its URL (`before`), through the
 * template's own functions, and puts in `into` what each URL now holds; returns how many were written.
 */
async function writeChanged(
  ctx: OutputContext,
  template: SiteTemplate,
  site: SiteModel,
  views: readonly Page[],
  before: ReadonlyMap<string, Page>,
  into: Map<string, Page>,
): Promise<number> {
  let written = 0;
  for (const view of views) {
    const previous = before.get(view.url);
    // The same page object, or a page made again with the same data: its file is up to date.
    if (previous && sameData(previous, view)) {
      into.set(view.url, previous);
      continue;
    }
    into.set(view.url, view);
    await writeOutput(ctx.outDir, template.data.permalink({ view, site }), template.render({ view, site }));
    written++;
  }
  return written;
}

async function renderWithEleventy(
  ctx: OutputContext,
  pages: readonly Page[],
  site: SiteModel,
): Promise<void> {
  ensureTypeScriptLoader();
  const elev = new Eleventy(ctx.templatesDir, ctx.outDir, {
    quietMode: true,
    config(cfg: EleventyConfig) {
      cfg.addExtension('11ty.ts', { key: '11ty.js' });
      cfg.setTemplateFormats(['11ty.ts']);
      cfg.addGlobalData('pages', pages);
      cfg.addGlobalData('site', site);
      cfg.addPassthroughCopy({
        [path.relative(process.cwd(), path.join(ctx.templatesDir, 'assets'))]: 'assets',
      });
    },
  });
  await elev.write();
}

/** Writes one output file, its folder made first. */
export async function writeOutput(outDir: string, permalink: string, text: string): Promise<void> {
  const file = outputFileOf(outDir, permalink);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}
