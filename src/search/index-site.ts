import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { foldWords, wordsOf } from './fold.ts';
import { SEARCH_PATH } from './parts.ts';
import type { SearchRecord } from './records.ts';

/** Pagefind's ready-made search interfaces: the site has its own (templates/assets/site.js). */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Records in flight to Pagefind's service at a time. */
const IN_FLIGHT = 32;

/**
 * What a part other than the first needs: the search page merges it (mergeIndex), which loads only its
 * entry, page list, index chunks, filters and fragments, never its own script or WebAssembly.
 */
const MERGED = /^(pagefind-entry\.json|[^/]+\.pf_meta|(index|fragment|filter)\/.+)$/;

/**
 * Pagefind's index chunk size (word entries a file holds before the next begins; its default is
 * 20,000, read from this environment variable, which Pagefind calls unstable). A word is looked up in
 * one chunk per part, so parts of a quarter the pages get chunks of a quarter the size.
 */
const CHUNK_SIZE = '5000';

/**
 * One word of the folded text as Pagefind reads it: the punctuation after it joined on, and no leading
 * underscores (Pagefind reads words that begin "___PAGEFIND_" as instructions).
 * @example indexWord('thanh –') // => 'thanh–'
 */
const indexWord = (word: string) => word.replace(/\s+/g, '').replace(/^_+(?=PAGEFIND)/, '');

/** What a Pagefind fragment file holds (the parts read here), after its signature. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * A fragment of the folded index with the record as written: Pagefind's copy of the text replaced by
 * the words it was folded from (separated as Pagefind separates the words of languages it segments,
 * by zero-width spaces, so that "thành –" counts as one word), and the metadata as given. Results and
 * their excerpts then show the diacritics, and word positions, and so the highlights, are unchanged.
 * Undefined when the words do not line up one for one.
 */
function asWritten(file: Uint8Array, records: ReadonlyMap<string, SearchRecord>): Uint8Array | undefined {
  const raw = gunzipSync(file).toString('utf8');
  if (!raw.startsWith(FRAGMENT_SIGNATURE)) return undefined;
  const fragment = JSON.parse(raw.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
  const record = records.get(fragment.url);
  const written = record ? wordsOf(record.content) : [];
  if (!record || (fragment.content.match(/\S+/g) ?? []).length !== written.length) return undefined;
  fragment.content = written.map((word) => `${word} `).join('\u200B');
  fragment.meta = { ...fragment.meta, ...record.meta };
  return gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(fragment));
}

/**
 * A record as the index holds it: its words (see wordsOf, indexWord) and metadata folded, and the
 * part it is in as a filter (results merged from several parts are in score order; the search page
 * lists each part's articles by date with this filter and puts the parts one after the other).
 */
function folded(record: SearchRecord, part: number): SearchRecord {
  const meta = Object.fromEntries(Object.entries(record.meta).map(([k, v]) => [k, foldWords(v)]));
  const filters = { ...record.filters, part: [String(part)] };
  return { ...record, content: wordsOf(foldWords(record.content)).map(indexWord).join(' '), meta, filters };
}

/** Pagefind's list of the languages it indexed, written by each run; the first parts' lists are merged. */
const ENTRY = 'pagefind-entry.json';
interface Entry {
  version: string;
  languages: Record<string, unknown>;
}

/** The records of one part of a language's index and where it is served (src/search/parts.ts). */
export interface SearchPart {
  path: string;
  /** Its place among the language's parts, newest first, from 0: the `part` filter of its records. */
  part: number;
  records: Iterable<SearchRecord>;
}

/**
 * Writes the site search index with Pagefind's Node API: one record per published article and
 * language (src/search/records.ts), given as data with `addCustomRecord`, one part at a time (each in
 * a Pagefind service of its own, closed before the next starts, so that only one part is ever held in
 * memory). The first part of every language is written to SEARCH_PATH with Pagefind's script (their
 * lists of languages merged); later parts to their own folders. The text is indexed with diacritics
 * folded (see foldWords) and published as written (the fragments Pagefind shows results from).
 * Pagefind reports problems as `errors` arrays instead of throwing, so each step is checked.
 * @returns pages indexed, and how many of their fragments show the text as written (all, unless
 *   Pagefind split some text into words differently)
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(
  siteDir: string,
  parts: Iterable<SearchPart>,
): Promise<{ pages: number; asWritten: number }> {
  const dirOf = (site: string) => path.join(siteDir, ...site.split('/').filter(Boolean));
  let entry: Entry | undefined;
  const totals = { pages: 0, asWritten: 0 };
  for (const part of parts) {
    const { files, pages, asWritten } = await indexPart(part);
    totals.pages += pages;
    totals.asWritten += asWritten;
    if (part.path !== SEARCH_PATH) {
      await writeFiles(
        dirOf(part.path),
        files.filter((file) => MERGED.test(file.path)),
      );
      continue;
    }
    const ownEntry = files.find((file) => file.path === ENTRY);
    if (!ownEntry) throw new Error(`Pagefind wrote no ${ENTRY}`);
    const own = JSON.parse(Buffer.from(ownEntry.content).toString('utf8')) as Entry;
    entry = entry ? { ...entry, languages: { ...entry.languages, ...own.languages } } : own;
    await writeFiles(
      dirOf(SEARCH_PATH),
      files.filter((file) => file.path !== ENTRY),
    );
  }
  if (entry) await writeFile(path.join(dirOf(SEARCH_PATH), ENTRY), JSON.stringify(entry));
  return totals;
}

/** One part's index files, as Pagefind makes them, with the fragments as written. */
async function indexPart({ part, records }: SearchPart): Promise<{
  files: { path: string; content: Uint8Array }[];
  pages: number;
  asWritten: number;
}> {
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
  };
  const given = new Map<string, SearchRecord>();
  const chunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  try {
    // Pagefind's service reads it as it starts (createIndex starts it).
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = CHUNK_SIZE;
    const created = await createIndex({});
    if (chunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize;
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new Error('Pagefind returned no index');
    let batch: Promise<void>[] = [];
    for (const record of records) {
      given.set(record.url, record);
      batch.push(
        index.addCustomRecord(folded(record, part)).then((added) => {
          check(`addCustomRecord ${record.url}`, added.errors);
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
    let restored = 0;
    const files = got.files
      .filter((file) => !UNUSED.test(file.path))
      .map((file) => {
        if (!file.path.endsWith('.pf_fragment')) return file;
        const content = asWritten(file.content, given);
        if (!content) return file;
        restored++;
        return { path: file.path, content };
      });
    return { files, pages: given.size, asWritten: restored };
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
