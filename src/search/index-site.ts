import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import type { SearchRecord } from './records.ts';

/** Where the index is served: `/pagefind/`, one index per language inside it. */
export const SEARCH_PATH = '/pagefind/';

/** Pagefind's ready-made search interfaces: the site has its own (templates/assets/site.js). */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Records in flight to Pagefind's service at a time. */
const IN_FLIGHT = 32;

/**
 * A word as the index holds it: diacritics folded and đ as d, so that Pagefind keeps one form per word
 * and its phrase search (a quoted query) works on what readers type without diacritics. A word that is
 * only marks stays as it is, so that the words of the text and of the index stay one for one.
 * @example foldWords('Đoàn Thanh Hải, TUV') // => 'Doan Thanh Hai, TUV'
 */
export function foldWords(text: string): string {
  return text.replace(
    /\S+/g,
    (word) =>
      word
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .normalize('NFC') || word,
  );
}

/** What a Pagefind fragment file holds (the parts read here), after its signature. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * A fragment of the folded index with the record as written: each word of Pagefind's copy of the text
 * replaced by the word it was folded from, and the metadata as given, so that results and their
 * excerpts show the diacritics (word positions, and so the highlights, are unchanged). Undefined when
 * the words do not line up one for one.
 */
function asWritten(file: Uint8Array, records: ReadonlyMap<string, SearchRecord>): Uint8Array | undefined {
  const raw = gunzipSync(file).toString('utf8');
  if (!raw.startsWith(FRAGMENT_SIGNATURE)) return undefined;
  const fragment = JSON.parse(raw.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
  const record = records.get(fragment.url);
  const written = record?.content.match(/\S+/g) ?? [];
  if (!record || (fragment.content.match(/\S+/g) ?? []).length !== written.length) return undefined;
  let i = 0;
  fragment.content = fragment.content.replace(/\S+/g, () => written[i++] as string);
  fragment.meta = { ...fragment.meta, ...record.meta };
  return gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(fragment));
}

/** A record as the index holds it: its text and metadata with diacritics folded (see foldWords). */
function folded(record: SearchRecord): SearchRecord {
  const meta = Object.fromEntries(Object.entries(record.meta).map(([k, v]) => [k, foldWords(v)]));
  return { ...record, content: foldWords(record.content), meta };
}

/**
 * Writes the site search index with Pagefind's Node API: one record per published article and
 * language (src/search/records.ts), given as data with `addCustomRecord`; Pagefind keeps one index per
 * record language, and the search page of each language searches its own, whole. The text is indexed
 * with diacritics folded (see foldWords) and published as written (the fragments Pagefind shows
 * results from).
 * Pagefind reports problems as `errors` arrays instead of throwing, so each step is checked.
 * @returns pages indexed, and how many of their fragments show the text as written (all, unless
 *   Pagefind split some text into words differently)
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(
  siteDir: string,
  records: Iterable<SearchRecord>,
): Promise<{ pages: number; asWritten: number }> {
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
  };
  const given = new Map<string, SearchRecord>();
  try {
    const created = await createIndex({});
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new Error('Pagefind returned no index');
    let batch: Promise<void>[] = [];
    for (const record of records) {
      given.set(record.url, record);
      batch.push(
        index.addCustomRecord(folded(record)).then((added) => {
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
    await index.deleteIndex();
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
    await writeFiles(path.join(siteDir, ...SEARCH_PATH.split('/').filter(Boolean)), files);
    return { pages: given.size, asWritten: restored };
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
