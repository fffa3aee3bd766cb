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

/** Records in flight to Pagefind's service at a time. */
const IN_FLIGHT = 32;

/**
 * Writes the site search index into `<siteDir>/pagefind/` with Pagefind's Node API: one index per
 * `<html lang>`. Pagefind is handed a small document per article (templates/search-record.ts) instead
 * of parsing every built page: parsing 20,000 full pages was a third of its time. Pagefind reports
 * problems as `errors` arrays instead of throwing, so each step is checked.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(
  siteDir: string,
  documents: Iterable<SearchDocument>,
): Promise<{ pages: number }> {
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
  };
  try {
    const created = await createIndex({});
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new Error('Pagefind returned no index');
    let pages = 0;
    let batch: Promise<void>[] = [];
    for (const doc of documents) {
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
    const outDir = path.join(siteDir, 'pagefind');
    const files = got.files.filter((file) => !UNUSED.test(file.path));
    for (const dir of new Set(files.map((file) => path.dirname(path.join(outDir, file.path)))))
      await mkdir(dir, { recursive: true });
    for (let i = 0; i < files.length; i += IN_FLIGHT)
      await Promise.all(
        files.slice(i, i + IN_FLIGHT).map((file) => writeFile(path.join(outDir, file.path), file.content)),
      );
    return { pages };
  } finally {
    await close();
  }
}
