import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/** One page for the search index: its URL on the site and the HTML Pagefind reads for it. */
export interface SearchDocument {
  url: string;
  html: string;
}

/** Pagefind's ready-made search interfaces: the site has its own (templates/assets/site.js). */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * What an older bundle needs: the search page merges it into the newest one's Pagefind (mergeIndex),
 * which loads only its entry, page list, index chunks, filters and fragments, never its own script,
 * worker or WebAssembly.
 */
const MERGED_PARTS = /^(pagefind-entry\.json|[^/]+\.pf_meta|(index|fragment|filter)\/.+)$/;

/** Records in flight to Pagefind's service at a time. */
const IN_FLIGHT = 32;

/** The pages of one search bundle (src/search/bundles.ts) and where its files are served. */
export interface BundleDocuments {
  /** Site path of the bundle's folder, e.g. `/pagefind/` or `/pagefind/2006-01_2011-12/`. */
  path: string;
  documents: Iterable<SearchDocument>;
}

/**
 * Writes the site search index with Pagefind's Node API, one bundle after the other (each holds one
 * index per `<html lang>`; a bundle's index is dropped from Pagefind's memory before the next starts).
 * Pagefind is handed a small document per article (templates/search-record.ts) instead of parsing every
 * built page: parsing 20,000 full pages was a third of its time. Pagefind reports problems as `errors`
 * arrays instead of throwing, so each step is checked.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(
  siteDir: string,
  bundles: readonly BundleDocuments[],
): Promise<{ pages: number; bundles: number }> {
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
  };
  let pages = 0;
  try {
    for (const [i, bundle] of bundles.entries()) {
      const created = await createIndex({});
      check('createIndex', created.errors);
      const index = created.index;
      if (!index) throw new Error('Pagefind returned no index');
      let batch: Promise<void>[] = [];
      for (const doc of bundle.documents) {
        batch.push(
          index.addHTMLFile({ url: doc.url, content: doc.html }).then((added) => {
            check(`addHTMLFile ${doc.url}`, added.errors);
            pages++;
          }),
        );
        if (batch.length === IN_FLIGHT) {
          await Promise.all(batch);
          batch = [];
        }
      }
      await Promise.all(batch);
      // Pagefind 1.5's writeFiles can answer before its files are flushed, and close() then kills the
      // service mid-write (Pagefind issue #1271: an empty pagefind-entry.json was published at 10,000
      // articles). Taking the files in memory and writing them here leaves no such race.
      const got = await index.getFiles();
      check('getFiles', got.errors);
      await index.deleteIndex();
      const wanted =
        i === 0 ? (file: string) => !UNUSED.test(file) : (file: string) => MERGED_PARTS.test(file);
      await writeBundle(
        path.join(siteDir, ...bundle.path.split('/').filter(Boolean)),
        got.files.filter((file) => wanted(file.path)),
      );
    }
    return { pages, bundles: bundles.length };
  } finally {
    await close();
  }
}

async function writeBundle(outDir: string, files: { path: string; content: Uint8Array }[]): Promise<void> {
  for (const dir of new Set(files.map((file) => path.dirname(path.join(outDir, file.path)))))
    await mkdir(dir, { recursive: true });
  for (let i = 0; i < files.length; i += IN_FLIGHT)
    await Promise.all(
      files.slice(i, i + IN_FLIGHT).map((file) => writeFile(path.join(outDir, file.path), file.content)),
    );
}
