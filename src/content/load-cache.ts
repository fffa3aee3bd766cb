/**
 * What a long-lived process (the preview) keeps between loads of the same content, and which article
 * folders a load must look at again.
 *
 * A folder whose files have the same names, sizes, modification times and inodes as last time (its
 * stamp) is not read or validated again and gives back the very same Article object, so later stages
 * can reuse what they made from it. Any change to a registry starts over (the schemas depend on its
 * keys). Given the paths a file watcher reported, only the folders on those paths are listed and
 * stamped again; without them, every folder is.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { articleDirAt, byDir, type Folder, findArticleDirs, type Parsed } from './folders.ts';
import type { Problem } from './problems.ts';
import type { Article, Registries } from './store.ts';

export interface LoadCache {
  registries?: { stamp: string; registries: Registries | undefined; problems: Problem[] };
  /** By absolute folder path. */
  folders: Map<string, CachedFolder>;
  /** True once a load walked the whole articles folder with this cache. */
  listed: boolean;
}

export interface CachedFolder {
  folder: Folder;
  stamp: string;
  entry: Parsed;
  problems: Problem[];
  warnings: Problem[];
  files: number;
  article?: Article;
}

export function createLoadCache(): LoadCache {
  return { folders: new Map(), listed: false };
}

/** Above this many reported paths the whole folder is walked again: a watcher may drop events in a burst. */
const MOST_CHANGED = 1000;

/** Names, sizes, modification times and inodes of files: equal stamps, unchanged files. */
export function stampOf(dir: string, names: readonly string[]): string {
  return names
    .map((name) => {
      try {
        const s = statSync(path.join(dir, name));
        return `${name}:${s.size}:${s.mtimeMs}:${s.ino}`;
      } catch {
        return `${name}:missing`;
      }
    })
    .join('|');
}

/**
 * The article folders to load, in path order, and which of them to stamp again: every folder, found by
 * walking `articlesDir`, unless `changed` (paths relative to the content folder, as a watcher reports
 * them) says where to look: then the cached folders, with those on the changed paths listed again.
 */
export function foldersToLoad(
  contentDir: string,
  articlesDir: string,
  relOf: (abs: string) => string,
  cache: LoadCache | undefined,
  changed: readonly string[] | undefined,
): { folders: Folder[]; restamp: (dir: string) => boolean } {
  if (!cache?.listed || !changed || changed.length > MOST_CHANGED) {
    const folders = findArticleDirs(articlesDir, relOf(articlesDir));
    if (cache) {
      const found = new Set(folders.map((f) => f.dir));
      for (const dir of cache.folders.keys()) if (!found.has(dir)) cache.folders.delete(dir);
      cache.listed = true;
    }
    return { folders, restamp: () => true };
  }
  const listed = new Map([...cache.folders].map(([dir, known]) => [dir, known.folder]));
  const restamp = new Set<string>();
  const inArticles = (abs: string) => abs.startsWith(`${articlesDir}${path.sep}`);
  for (const p of changed) {
    const abs = path.join(contentDir, p);
    if (abs === articlesDir) return foldersToLoad(contentDir, articlesDir, relOf, cache, undefined);
    if (!inArticles(abs)) continue;
    // What was at the path (a folder, or folders below it) is gone or replaced: looked for again.
    for (const dir of listed.keys())
      if (dir === abs || dir.startsWith(`${abs}${path.sep}`)) listed.delete(dir);
    const found = statSync(abs, { throwIfNoEntry: false })?.isDirectory()
      ? findArticleDirs(abs, relOf(abs))
      : [];
    // A file added, changed or removed: its folder is listed again.
    const parent = path.dirname(abs);
    if (inArticles(parent)) {
      listed.delete(parent);
      const folder = articleDirAt(parent, relOf(parent));
      if (folder) found.push(folder);
    }
    for (const folder of found) {
      listed.set(folder.dir, folder);
      restamp.add(folder.dir);
    }
  }
  for (const dir of cache.folders.keys()) if (!listed.has(dir)) cache.folders.delete(dir);
  return { folders: [...listed.values()].sort(byDir), restamp: (dir) => restamp.has(dir) };
}
