/**
 * The site's images (made in src/images/): each photo's responsive variants, each article's share image
 * (`og:image`: its lead photo cropped, or a card drawn from its title) and the site's default card. All
 * are kept in the project's cache (`.cache/images`) and linked into the output, so an unchanged image is
 * never made again; the pages and the API are then made with what this returns.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../content/store.ts';
import { imagePlaces } from '../images/cache.ts';
import { makeImages, type SiteImages } from '../images/index.ts';
import type { OutputContext } from './context.ts';

export type { SiteImages } from '../images/index.ts';

/**
 * Writes the images of the articles the site shows (drafts too in the preview), or, given `before`,
 * of `only` those articles, the others kept as they were.
 */
export async function writeImages(
  ctx: OutputContext,
  before?: SiteImages,
  only?: readonly Article[],
): Promise<SiteImages> {
  const shown = (only ?? ctx.store.articles).filter((a) => ctx.includeDrafts || !a.facts.draft);
  const made = await makeImages(shown, ctx.store.registries, ctx.config, {
    root: ctx.root,
    outputDir: ctx.outDir,
  });
  if (!before || !only) return made;
  const articles = new Map(before.articles);
  for (const [id, images] of made.articles) articles.set(id, images);
  return { ...made, articles };
}

/**
 * Removes from the output's image folder every image the site no longer shows (an article removed, a
 * title changed on a card, a photo replaced): the preview writes into its output in place. Returns how
 * many were removed.
 */
export async function pruneImages(ctx: OutputContext, images: SiteImages): Promise<number> {
  const shown = new Set<string>([images.defaultCard.vi.name, images.defaultCard.en.name]);
  for (const a of ctx.store.articles) {
    const made = images.articles.get(a.id);
    if (!made || (!ctx.includeDrafts && a.facts.draft)) continue;
    for (const share of [made.share.vi, made.share.en]) if (share) shown.add(share.name);
    for (const { image } of made.photos)
      for (const variant of Object.values(image?.variants ?? {}).flat()) shown.add(variant.name);
  }
  const folder = imagePlaces({ root: ctx.root, outputDir: ctx.outDir }).outputImages;
  const stale = (await readdir(folder).catch(() => [])).filter((name) => !shown.has(name));
  await Promise.all(stale.map((name) => rm(path.join(folder, name), { force: true })));
  return stale.length;
}
