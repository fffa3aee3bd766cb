import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where images are made and kept between builds, and how they reach the site.
 *
 * Every image bantin makes (photo variants, share images, cards) is written once into the cache folder
 * (`.cache/images/files/` under the project root, ignored by git) under a name that says what it was
 * made from (eleventy-img's hash of the source file's bytes and encoder settings, or a hash of a card's
 * text), then linked into the output folder (a hard link; a copy where links cannot be made). A build
 * whose sources did not change finds every file there and encodes nothing. A manifest remembers, per
 * source file, its size and modification time and what was made from it, so that a warm build does not
 * even read the sources.
 */

export interface ImageOptions {
  /** The project root: photo paths of the Store are relative to it. */
  root: string;
  /** The site's output folder; images go into `<outputDir>/<imageDir>/`. */
  outputDir: string;
  /** Folder of the images inside the output, default `img`. */
  imageDir?: string;
  /** Address of that folder in the site, default `/<imageDir>/` (a site served below a path gives its own). */
  urlPath?: string;
  /** The cache folder, default `<root>/.cache/images`. */
  cacheDir?: string;
}

/** The options with every default applied and every folder absolute. */
export interface ImagePlaces {
  root: string;
  /** Absolute: `<outputDir>/<imageDir>`. */
  outputImages: string;
  urlPath: string;
  cacheDir: string;
  /** Absolute: `<cacheDir>/files`, where every image made is kept. */
  files: string;
}

export function imagePlaces(options: ImageOptions): ImagePlaces {
  const root = path.resolve(options.root);
  const imageDir = options.imageDir ?? 'img';
  const cacheDir = path.resolve(options.cacheDir ?? path.join(root, '.cache', 'images'));
  const urlPath = options.urlPath ?? `/${imageDir}/`;
  return {
    root,
    outputImages: path.resolve(options.outputDir, imageDir),
    urlPath: urlPath.endsWith('/') ? urlPath : `${urlPath}/`,
    cacheDir,
    files: path.join(cacheDir, 'files'),
  };
}

/** A short, file-name-safe hash of some parts (base64url of SHA-256, 16 characters). */
export function hashOf(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url').slice(0, 16);
}

/** Whether an image of this name is in the cache. */
export const isCached = (places: ImagePlaces, name: string) => existsSync(path.join(places.files, name));

/** Writes an image into the cache (through a temporary name, so that a stopped build leaves no half file). */
export async function writeCached(places: ImagePlaces, name: string, data: Buffer): Promise<void> {
  await mkdir(places.files, { recursive: true });
  const file = path.join(places.files, name);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

/** Puts a cached image into the output folder: a hard link, or a copy where a link cannot be made. */
export async function publish(places: ImagePlaces, name: string): Promise<void> {
  const from = path.join(places.files, name);
  const to = path.join(places.outputImages, name);
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code === 'ENOENT' && !existsSync(places.outputImages)) {
      await mkdir(places.outputImages, { recursive: true });
      return publish(places, name);
    }
    await copyFile(from, to);
  }
}

/** The manifest: per source file, its stamp and what was made from it; dropped whole when `version` changes. */
export class Manifest<T> {
  private constructor(
    private readonly file: string,
    private readonly version: string,
    private readonly entries: Map<string, { stamp: string; value: T }>,
  ) {}

  static async read<T>(places: ImagePlaces, name: string, version: string): Promise<Manifest<T>> {
    const file = path.join(places.cacheDir, name);
    let entries = new Map<string, { stamp: string; value: T }>();
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as { version?: string; entries?: unknown };
      if (data.version === version && data.entries && typeof data.entries === 'object')
        entries = new Map(Object.entries(data.entries as Record<string, { stamp: string; value: T }>));
    } catch {
      // No manifest yet, or an unreadable one: start afresh (the files themselves are still reused).
    }
    return new Manifest(file, version, entries);
  }

  /** What was made from `key` when its stamp is still `stamp`. */
  get(key: string, stamp: string): T | undefined {
    const entry = this.entries.get(key);
    return entry?.stamp === stamp ? entry.value : undefined;
  }

  set(key: string, stamp: string, value: T): void {
    this.entries.set(key, { stamp, value });
  }

  /** Writes the manifest, keeping only the keys given (sources no longer used are forgotten). */
  async write(keep: Iterable<string>): Promise<void> {
    const entries: Record<string, { stamp: string; value: T }> = {};
    for (const key of [...keep].sort()) {
      const entry = this.entries.get(key);
      if (entry) entries[key] = entry;
    }
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ version: this.version, entries }));
    await rename(temporary, this.file);
  }
}
