/// <reference path="../types/eleventy-img.d.ts" />
import { statSync } from 'node:fs';
import path from 'node:path';
import Image from '@11ty/eleventy-img';
import sharp from 'sharp';
import { type ImagePlaces, Manifest, publish } from './cache.ts';

/**
 * The responsive variants of the photos, made with @11ty/eleventy-img (sharp): each photo in AVIF,
 * WebP and JPEG at the widths below, never wider than the original (a narrower original is kept at its
 * own width), named by eleventy-img from a hash of the source's bytes and the encoder settings.
 *
 * Three levels keep a rebuild from redoing work: the manifest (a source file of the same size and
 * modification time as last time is not even read), eleventy-img's own disk cache (a source read again,
 * say after a fresh clone, whose files are all in the cache is hashed, not encoded), and eleventy-img's
 * in-memory cache within one process. (eleventy-img also remembers, per process, which files it found
 * missing: within the process that first wrote them, a source touched without being changed is encoded
 * again; a new process finds the files.)
 */

export const PHOTO_WIDTHS = [400, 800, 1200] as const;
export const PHOTO_FORMATS = ['avif', 'webp', 'jpeg'] as const;
export type PhotoFormat = (typeof PHOTO_FORMATS)[number];

/**
 * Encoder settings. AVIF at effort 2: effort 4 (sharp's default) took six times as long for files
 * about a fifth smaller at 1200 px, which a build of thousands of photos on two cores cannot afford.
 */
const ENCODERS = {
  sharpAvifOptions: { quality: 55, effort: 2 },
  sharpWebpOptions: { quality: 78 },
  sharpJpegOptions: { quality: 80, mozjpeg: true, progressive: true },
};

/** What the manifest's entries depend on: any change here makes every photo again. */
const VERSION = JSON.stringify({ widths: PHOTO_WIDTHS, formats: PHOTO_FORMATS, ENCODERS, layout: 1 });

/** One file made from a photo. */
export interface Variant {
  format: PhotoFormat;
  width: number;
  height: number;
  /** Size of the file in bytes. */
  bytes: number;
  /** File name, in the cache and in the output's image folder. */
  name: string;
  /** Address in the site: the image folder's address and the name. */
  url: string;
}

/** A photo made ready for the site. */
export interface PhotoImage {
  /** The source file, relative to the project root (the Store's `Photo.path`). */
  source: string;
  /** eleventy-img's hash of the source's bytes and encoder settings: the start of every file name. */
  hash: string;
  /** Size of the largest variant: the width and height to give every `<img>` of it (aspect ratio). */
  width: number;
  height: number;
  /** Every variant, per format, narrowest first (for `srcset`). */
  variants: Record<PhotoFormat, Variant[]>;
  /** The widest JPEG: the `src` of the `<img>` inside `<picture>`, for browsers that take neither. */
  fallback: Variant;
}

type Stored = { hash: string; variants: Omit<Variant, 'url'>[] };

/** What making the photos did: the images by source, and how many were encoded or reused. */
export interface PhotoResult {
  images: Map<string, PhotoImage>;
  /** Photos encoded in this run (some or all of their files written). */
  encoded: number;
  /** Photos whose files were all in the cache already (the source read and hashed, not encoded). */
  hashed: number;
  /** Photos found in the manifest unchanged: their source not even read. */
  unchanged: number;
}

/** How many photos are handed to eleventy-img at a time (it queues them again, 8 at a time). */
const AT_ONCE = 16;

/**
 * Makes the variants of each source (paths relative to the project root, as the Store's `Photo.path`),
 * keeps them in the cache and links them into the output; returns their data by source.
 * Throws, naming the file, when a source cannot be decoded.
 */
export async function makePhotoImages(sources: Iterable<string>, places: ImagePlaces): Promise<PhotoResult> {
  const manifest = await Manifest.read<Stored>(places, 'photos.json', VERSION);
  const unique = [...new Set(sources)];
  const result: PhotoResult = { images: new Map(), encoded: 0, hashed: 0, unchanged: 0 };
  const one = async (source: string) => {
    const file = path.join(places.root, source);
    const stat = statSync(file);
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    let stored = manifest.get(source, stamp);
    if (stored?.variants.every((v) => existsIn(places, v.name))) result.unchanged++;
    else {
      const started = Date.now();
      stored = await encode(file, stamp, places);
      const written = stored.variants.some(
        (v) => statSync(path.join(places.files, v.name)).mtimeMs >= started,
      );
      if (written) result.encoded++;
      else result.hashed++;
      manifest.set(source, stamp, stored);
    }
    await Promise.all(stored.variants.map((v) => publish(places, v.name)));
    result.images.set(source, toImage(source, stored, places.urlPath));
  };
  for (let i = 0; i < unique.length; i += AT_ONCE) await Promise.all(unique.slice(i, i + AT_ONCE).map(one));
  await manifest.write(unique);
  return result;
}

const existsIn = (places: ImagePlaces, name: string) => {
  try {
    return statSync(path.join(places.files, name)).isFile();
  } catch {
    return false;
  }
};

/** Runs eleventy-img on one source, writing into the cache folder. */
async function encode(file: string, stamp: string, places: ImagePlaces): Promise<Stored> {
  let stats: Awaited<ReturnType<typeof Image>>;
  try {
    stats = await Image(file, {
      widths: [...PHOTO_WIDTHS],
      formats: [...PHOTO_FORMATS],
      outputDir: places.files,
      urlPath: '/',
      hashLength: 16,
      ...ENCODERS,
      // Part of eleventy-img's in-memory cache key (with the size): a photo saved again in a
      // long-lived process is processed again, not answered from memory.
      sourceStamp: stamp,
    });
  } catch (error) {
    throw new Error(`${file}: the image could not be converted (${(error as Error).message})`);
  }
  // eleventy-img computes heights by rounding down where sharp rounds to nearest (1067 × 400/1600 is
  // 266 to one, 267 to the other): the sizes are read back from the files' headers.
  const variants = await Promise.all(
    PHOTO_FORMATS.flatMap((format) =>
      (stats[format] ?? []).map(async (s) => {
        const { width, height } = await sharp(s.outputPath).metadata();
        if (!width || !height) throw new Error(`${s.outputPath}: eleventy-img wrote an unreadable image`);
        return { format, width, height, bytes: s.size, name: s.filename };
      }),
    ),
  );
  const first = variants[0];
  if (!first) throw new Error(`${file}: eleventy-img made no image`);
  return { hash: first.name.replace(/-\d+\.\w+$/, ''), variants };
}

function toImage(source: string, stored: Stored, urlPath: string): PhotoImage {
  const variants = Object.fromEntries(PHOTO_FORMATS.map((f) => [f, [] as Variant[]])) as Record<
    PhotoFormat,
    Variant[]
  >;
  for (const v of stored.variants) variants[v.format].push({ ...v, url: `${urlPath}${v.name}` });
  for (const list of Object.values(variants)) list.sort((a, b) => a.width - b.width);
  const fallback = variants.jpeg.at(-1);
  if (!fallback) throw new Error(`${source}: no JPEG variant was made`);
  return { source, hash: stored.hash, width: fallback.width, height: fallback.height, variants, fallback };
}

/** The `srcset` of one format's variants: `url 400w, url 800w, …`. */
export function srcsetOf(variants: readonly Variant[]): string {
  return variants.map((v) => `${v.url} ${v.width}w`).join(', ');
}
