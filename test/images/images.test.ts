import { readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineSiteConfig } from '../../src/config/site-config.ts';
import { loadContent } from '../../src/content/load.ts';
import type { Store } from '../../src/content/store.ts';
import { makeImages, type SiteImages, srcsetOf } from '../../src/images/index.ts';
import { photo } from '../helpers/photos.ts';
import { EN_MD, makeProject, REPO, removeProject, VI_MD, withLine } from '../helpers/project.ts';
import { bin, runCommand } from '../helpers/run.ts';

const NOW = new Date('2026-11-21T12:00:00+07:00');
const site = defineSiteConfig();

const viA = withLine(
  VI_MD,
  30,
  [
    'photos:',
    '  - file: dai-hoi.jpg',
    '    caption: Quang cảnh Đại hội',
    '  - file: trao-hoa.png',
    '    caption: Tặng hoa chúc mừng',
    '  - caption: Ảnh không còn giữ',
    'tags: [party-congress]',
  ].join('\n'),
);
const enA = withLine(
  EN_MD,
  10,
  ['photos:', '  - caption: The congress', '  - caption: Flowers', '  - caption: Not kept', '---'].join('\n'),
);

let root: string;
let store: Store;
let cold: SiteImages;
const cacheFiles = () => path.join(root, '.cache', 'images', 'files');
const mtimes = () =>
  Object.fromEntries(readdirSync(cacheFiles()).map((n) => [n, statSync(path.join(cacheFiles(), n)).mtimeMs]));
const run = (out: string) =>
  makeImages(store.articles, store.registries, site, { root, outputDir: path.join(root, out) });

beforeAll(async () => {
  root = await makeProject({
    'content/articles/a/vi.md': viA,
    'content/articles/a/en.md': enA,
    'content/articles/a/dai-hoi.jpg': await photo(1600, 1067, 1),
    'content/articles/a/trao-hoa.png': await photo(600, 400, 2, 'png'),
    'content/articles/b/vi.md': withLine(VI_MD, 2, 'title: Hội nghị tổng kết công tác năm 2020'),
  });
  const loaded = await loadContent({ root, now: NOW });
  if (!loaded.store) throw new Error(JSON.stringify(loaded.problems));
  store = loaded.store;
  cold = await run('_site');
}, 120_000);
afterAll(async () => removeProject(root));

describe('responsive photos', () => {
  it('makes AVIF, WebP and JPEG at 400, 800 and 1200 px, smaller than the original, with true sizes', async () => {
    const [lead, gallery, captionOnly] = cold.articles.get('a')?.photos ?? [];
    expect(lead?.photo.text.en?.caption).toBe('The congress');
    const image = lead?.image;
    if (!image) throw new Error('no image for the lead photo');
    expect([image.width, image.height]).toEqual([1200, 800]);
    const original = statSync(path.join(root, 'content/articles/a/dai-hoi.jpg')).size;
    for (const format of ['avif', 'webp', 'jpeg'] as const) {
      const variants = image.variants[format];
      expect(variants.map((v) => [v.width, v.height])).toEqual([
        [400, 267],
        [800, 534],
        [1200, 800],
      ]);
      for (const v of variants) {
        const file = path.join(root, '_site', 'img', v.name);
        const meta = await sharp(file).metadata();
        expect([meta.width, meta.height, meta.format]).toEqual([
          v.width,
          v.height,
          format === 'avif' ? 'heif' : format,
        ]);
        expect(statSync(file).size).toBe(v.bytes);
        expect(v.bytes).toBeLessThan(original);
        expect(v.url).toBe(`/img/${v.name}`);
      }
    }
    expect(image.fallback).toBe(image.variants.jpeg[2]);
    expect(srcsetOf(image.variants.webp)).toMatch(
      /^\/img\/\S+-400\.webp 400w, \/img\/\S+-800\.webp 800w, \/img\/\S+-1200\.webp 1200w$/,
    );
    // A photo narrower than 800 px is kept at its own width, never enlarged.
    expect(gallery?.image?.variants.jpeg.map((v) => v.width)).toEqual([400, 600]);
    expect(captionOnly).toEqual({ photo: store.byId.get('a')?.photos[2] });
  });

  it('crops the lead photo to a 1200×630 JPEG share image, the same for both languages', async () => {
    const share = cold.articles.get('a')?.share;
    expect(share?.vi).toMatchObject({ from: 'photo', type: 'image/jpeg', width: 1200, height: 630 });
    expect(share?.en).toBe(share?.vi);
    const meta = await sharp(path.join(root, '_site', 'img', share?.vi.name ?? '')).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, 'jpeg']);
  });

  it('draws a 1200×630 PNG card for an article without photos, and a default card per language', async () => {
    const b = cold.articles.get('b');
    expect(b?.photos).toEqual([]);
    expect(b?.share.en).toBeUndefined();
    const cards = [b?.share.vi, cold.defaultCard.vi, cold.defaultCard.en];
    expect(new Set(cards.map((c) => c?.name)).size).toBe(3);
    for (const card of cards) {
      expect(card).toMatchObject({ from: 'card', type: 'image/png', width: 1200, height: 630 });
      const meta = await sharp(path.join(root, '_site', 'img', card?.name ?? '')).metadata();
      expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, 'png']);
    }
    expect(cold.counts).toMatchObject({ encoded: 2, hashed: 0, unchanged: 0, shareMade: 4, shareReused: 0 });
  });

  it('makes nothing again on a warm run, in a new output folder, from what the cache holds', async () => {
    const before = mtimes();
    const warm = await run('_site2');
    expect(warm.counts).toMatchObject({ encoded: 0, hashed: 0, unchanged: 2, shareMade: 0, shareReused: 4 });
    expect(mtimes()).toEqual(before);
    expect(readdirSync(path.join(root, '_site2', 'img')).sort()).toEqual(
      readdirSync(path.join(root, '_site', 'img')).sort(),
    );
    expect(warm.articles.get('a')?.photos[0]?.image).toEqual(cold.articles.get('a')?.photos[0]?.image);
  });

  it('in a new process, hashes but does not encode photos whose files changed time only (a fresh clone); encodes a changed photo', async () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'content/articles/a/dai-hoi.jpg'), later, later);
    const before = mtimes();
    const process = await runCommand(bin('tsx'), [
      path.join(REPO, 'test/helpers/make-images.ts'),
      root,
      '_site3',
    ]);
    expect(process.stderr).toBe('');
    expect(JSON.parse(process.stdout)).toMatchObject({ encoded: 0, hashed: 1, unchanged: 1, shareMade: 0 });
    expect(mtimes()).toEqual(before);
    expect(readdirSync(path.join(root, '_site3', 'img')).length).toBe(
      readdirSync(path.join(root, '_site', 'img')).length,
    );

    writeFileSync(path.join(root, 'content/articles/a/trao-hoa.png'), await photo(640, 480, 3, 'png'));
    const changed = await run('_site4');
    expect(changed.counts).toMatchObject({ encoded: 1, unchanged: 1 });
    expect(changed.articles.get('a')?.photos[1]?.image?.variants.jpeg.map((v) => v.width)).toEqual([
      400, 640,
    ]);
  });
});
