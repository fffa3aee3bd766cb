import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import type { SearchRecord } from './records.ts';

/** Where the index is served: `/pagefind/`, one index per language inside it. */
export const SEARCH_PATH = '/pagefind/';

/** Pagefind's ready-made search interfaces: the site has its own (templates/assets/site.js). */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Records in flight to Pagefind's service at a time. */
const IN_FLIGHT = 32;

/**
 * Writes the site search index with Pagefind's Node API: one record per published article and
 * language (src/search/records.ts), given as data with `addCustomRecord`; Pagefind keeps one index per
 * record language, and the search page of each language searches its own, whole. Pagefind reports
 * problems as `errors` arrays instead of throwing, so each step is checked.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(
  siteDir: string,
  records: Iterable<SearchRecord>,
): Promise<{ pages: number }> {
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
  };
  let pages = 0;
  try {
    const created = await createIndex({});
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new Error('Pagefind returned no index');
    let batch: Promise<void>[] = [];
    for (const record of records) {
      batch.push(
        index.addCustomRecord(record).then((added) => {
          check(`addCustomRecord ${record.url}`, added.errors);
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
    await writeFiles(
      path.join(siteDir, ...SEARCH_PATH.split('/').filter(Boolean)),
      got.files.filter((file) => !UNUSED.test(file.path)),
    );
    return { pages };
  } finally {
    await close();
  }
}

async function writeFiles(outDir: string, files: { path: string; content: Uint8Array }[]): Promise<void> {
  for (const dir of new Set(files.map((file) => path.dirname(path.join(outDir, file.path)))))
    await mkdir(dir, { recursive: true });
  for (let i = 0; i < files.length; i += IN_FLIGHT)
    await Promise.all(
      files.slice(i, i + IN_FLIGHT).map((file) => writeFile(path.join(outDir, file.path), file.content)),
    );
}
