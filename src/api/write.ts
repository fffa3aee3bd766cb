import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { z } from 'zod';
import { sameData } from '../content/same-data.ts';
import type { Article, Registries, Store } from '../content/store.ts';
import type { SiteImages } from '../images/index.ts';
import type { BodyRenderer } from '../render/index.ts';
import { SCHEMA_FILES } from '../schema/json-schema.ts';
import { urls } from '../site/urls.ts';
import { normalizeBaseUrl } from './base-url.ts';
import {
  type ApiContext,
  buildArticleDocument,
  buildArticlesDocument,
  buildIndexDocument,
  buildIndicatorsDocument,
  buildOfficialsDocument,
  buildProvincesDocument,
  publishedArticles,
  type SchemaEntry,
} from './documents.ts';
import { API_SCHEMAS, type ApiDocumentName, apiJsonSchemas } from './schema.ts';
import { checked, documentPieces, serializeJson } from './serialize.ts';

export { normalizeBaseUrl } from './base-url.ts';
export * from './documents.ts';
export { API_SCHEMAS, apiJsonSchemas } from './schema.ts';
export { serializeJson } from './serialize.ts';

export interface WriteApiOptions {
  /** The site output folder; files go to `<outDir>/api/v1/...`. */
  outDir: string;
  /** Absolute site URL without a trailing slash, e.g. `http://localhost:8080`. */
  baseUrl: string;
  /** Markdown to sanitized HTML (src/render provides it). */
  renderBody: BodyRenderer;
  /**
   * The content-model JSON Schemas, keyed by file name (`article-vi.schema.json`) or by the keys of
   * `jsonSchemas()` / `SCHEMA_FILES` (`articleVi`), which are mapped to their file names.
   */
  contentSchemas: Record<string, object>;
  /** The images made for this build, for each article's photos and share images. */
  images?: SiteImages;
}

const SCHEMA_FILE_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.schema\.json$/;
const API_FILES = new Set<string>(Object.values(API_SCHEMAS).map((s) => s.file));

/** Maps the content schemas to their file names (`articleVi` -> `article-vi.schema.json`), sorted by file name. */
export function contentSchemaFiles(contentSchemas: Record<string, object>): [string, object][] {
  const out = new Map<string, object>();
  for (const [name, schema] of Object.entries(contentSchemas)) {
    const file = Object.hasOwn(SCHEMA_FILES, name) ? SCHEMA_FILES[name as keyof typeof SCHEMA_FILES] : name;
    if (!SCHEMA_FILE_RE.test(file))
      throw new Error(
        `content schema "${name}": use a key of SCHEMA_FILES or a file name like tags.schema.json`,
      );
    if (API_FILES.has(file) || out.has(file))
      throw new Error(`content schema "${name}": the file name ${file} is already taken`);
    out.set(file, schema);
  }
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const fileOf = (apiPath: string) => apiPath.replace(/^\//, '');

/**
 * Every file of the API, path (relative to the output folder, `/`-separated) and content, in a fixed
 * order, one at a time: a large site's API is hundreds of megabytes, never held in memory at once. The
 * content is a text, or for a listing the pieces of one (documentPieces), made as they are read; with
 * each, what it is made from (for the memo of what the folder holds).
 * Pure: the same Store and options give the same bytes.
 */
export function* apiFiles(
  store: Store,
  options: Omit<WriteApiOptions, 'outDir'>,
  /** What is already written as it would be now, and is left out (the preview's; see writeApi). */
  written: WrittenTest = NOTHING_WRITTEN,
): Generator<[path: string, text: string | Iterable<string>, from: ApiSource]> {
  const ctx: ApiContext = { baseUrl: normalizeBaseUrl(options.baseUrl), images: options.images };
  const content = contentSchemaFiles(options.contentSchemas);
  const entries: SchemaEntry[] = content.map(([file, schema]) => {
    const title = (schema as { title?: unknown }).title;
    return {
      file,
      description: typeof title === 'string' ? `JSON Schema: ${title}.` : `JSON Schema ${file}.`,
    };
  });
  const file = (apiPath: string, doc: unknown): [string, string, ApiSource] => [
    fileOf(apiPath),
    serializeJson(doc),
    { apiPath, data: doc },
  ];
  /** A document made from the whole Store: checked and serialized unless already written as it is. */
  function* listing<T>(
    name: ApiDocumentName,
    schema: z.ZodType<T>,
    apiPath: string,
    doc: T,
  ): Generator<[string, Iterable<string>, ApiSource]> {
    if (!written.document(apiPath, doc))
      yield [fileOf(apiPath), documentPieces(name, schema, doc), { apiPath, data: doc }];
  }

  yield* listing('index', API_SCHEMAS.index.schema, urls.api.index(), buildIndexDocument(ctx, entries));
  yield* listing(
    'articles',
    API_SCHEMAS.articles.schema,
    urls.api.articles(),
    buildArticlesDocument(store, ctx),
  );
  for (const article of publishedArticles(store)) {
    if (written.article(article)) continue;
    const doc = buildArticleDocument(article, store.registries, { ...ctx, renderBody: options.renderBody });
    yield [
      fileOf(urls.api.article(article.id)),
      serializeJson(checked('article', API_SCHEMAS.article.schema, doc, `articles/${article.id}`)),
      { article },
    ];
  }
  yield* listing(
    'provinces',
    API_SCHEMAS.provinces.schema,
    urls.api.provinces(),
    buildProvincesDocument(store, ctx),
  );
  yield* listing(
    'officials',
    API_SCHEMAS.officials.schema,
    urls.api.officials(),
    buildOfficialsDocument(store, ctx),
  );
  yield* listing(
    'indicators',
    API_SCHEMAS.indicators.schema,
    urls.api.indicators(),
    buildIndicatorsDocument(store, ctx),
  );
  // The API's own schemas (in API_SCHEMAS' order), then the content model's.
  for (const [name, schema] of [...Object.entries(apiJsonSchemas()), ...content]) {
    const apiPath = urls.api.schema(name);
    if (!written.document(apiPath, schema)) yield file(apiPath, schema);
  }
}

/** What an API file is made from: an Article (its document), or the data of a document at its API path. */
export type ApiSource = { article: Article } | { apiPath: string; data: unknown };

/** Tells apiFiles what is already written as it would be now. */
export interface WrittenTest {
  /** An article whose document is on disk, made from this very Article. */
  article(article: Article): boolean;
  /** A document (listing or schema) on disk with this data. */
  document(apiPath: string, doc: unknown): boolean;
}

const NOTHING_WRITTEN: WrittenTest = { article: () => false, document: () => false };

/**
 * What a long-lived process (the preview server) knows of the API in its output folder: the article
 * documents written there and what they were made from. An article's document is made from the Article,
 * the registries and the base URL only, so the same (frozen) Article object under the same registries
 * and base URL has its document already written, as it would be now.
 */
export interface ApiMemo {
  /** Set once a write completed: the registries and base URL it used. */
  written?: { registries: Registries; baseUrl: string };
  /** The Article each article document on disk was made from, by id. */
  articles: Map<string, Article>;
  /** The data of every other document on disk (listings, schemas), by API path. */
  documents: Map<string, unknown>;
}

export function createApiMemo(): ApiMemo {
  return { articles: new Map(), documents: new Map() };
}

/**
 * Writes the static JSON content API to `<outDir>/api/v1/`. The folder is emptied first, so an article
 * deleted or turned back into a draft since the last build is not left published.
 * With a memo of the last write to the same folder (the preview server's), only what changed is written:
 * the documents of changed and new articles, and the listings whose data changed; the documents of
 * articles no longer published are removed. Without one, or when the registries or the base URL changed,
 * everything is written again. With a memo, the write stops between two files once `going()` turns
 * false (the preview's next edit came in); the memo then holds what was written, and the next write
 * does the rest.
 * @returns the files written, relative to outDir, `/`-separated, and whether the write was stopped
 */
export async function writeApi(
  store: Store,
  options: WriteApiOptions,
  memo?: ApiMemo,
  going: () => boolean = () => true,
): Promise<{ files: string[]; stopped: boolean }> {
  const apiRoot = path.join(options.outDir, fileOf(path.posix.dirname(urls.api.index())));
  const incremental =
    memo?.written?.registries === store.registries && memo.written.baseUrl === options.baseUrl;
  const before = incremental ? memo.articles : new Map<string, Article>();
  const documentsBefore = incremental ? memo.documents : new Map<string, unknown>();
  if (memo) memo.written = undefined; // until this write completes or stops
  if (!incremental) await rm(apiRoot, { recursive: true, force: true });
  const now = new Map<string, Article>();
  for (const article of publishedArticles(store)) now.set(article.id, article);
  // What is on disk, kept up to date file by file: the articles' documents and the others' data.
  const articles = new Map(before);
  const documents = new Map(documentsBefore);
  for (const id of before.keys()) {
    if (now.has(id)) continue;
    await rm(path.join(options.outDir, fileOf(urls.api.article(id))), { force: true });
    articles.delete(id);
  }
  const files: string[] = [];
  const dirs = new Set<string>();
  // A bounded number of writes at a time: fast for large corpora, never out of file handles.
  let batch: Promise<void>[] = [];
  const written: WrittenTest = {
    article: (a) => before.get(a.id) === a,
    document: (apiPath, doc) => documentsBefore.has(apiPath) && sameData(documentsBefore.get(apiPath), doc),
  };
  /** A file written (or its write under way): what it is made from is on disk. */
  const made = (from: ApiSource) => {
    if ('article' in from) articles.set(from.article.id, from.article);
    else documents.set(from.apiPath, from.data);
  };
  const record = () => {
    if (!memo) return;
    memo.articles = articles;
    memo.documents = documents;
    memo.written = { registries: store.registries, baseUrl: options.baseUrl };
  };
  let turn = performance.now();
  /** Go on? Asked after each file and piece; every so often, after a turn of the event loop first. */
  const goOn = async () => {
    if (!memo) return true;
    if (performance.now() - turn >= 20) {
      await setImmediate();
      turn = performance.now();
    }
    return going();
  };
  const stop = async () => {
    await Promise.all(batch);
    record(); // what is on disk: the next write does the rest
    return { files, stopped: true };
  };
  for (const [rel, text, from] of apiFiles(store, options, memo ? written : NOTHING_WRITTEN)) {
    const abs = path.join(options.outDir, rel);
    const dir = path.dirname(abs);
    if (!dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      dirs.add(dir);
    }
    if (typeof text === 'string') batch.push(writeFile(abs, text, 'utf8'));
    else if (!(await writePieces(abs, text, goOn))) return stop();
    made(from);
    files.push(rel);
    if (batch.length === 64) {
      await Promise.all(batch);
      batch = [];
    }
    if (!(await goOn())) return stop();
  }
  await Promise.all(batch);
  record();
  return { files, stopped: false };
}

/**
 * Writes a text given in pieces (a listing) into a file of its own, put in place once whole; false,
 * and nothing changed, when `goOn` said to stop first.
 */
async function writePieces(
  file: string,
  pieces: Iterable<string>,
  goOn: () => Promise<boolean>,
): Promise<boolean> {
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w');
  let whole = true;
  try {
    // Asked between two pieces, never after the last: a whole file is never thrown away.
    const iterator = pieces[Symbol.iterator]();
    for (let next = iterator.next(); !next.done && whole; ) {
      await handle.write(next.value, null, 'utf8');
      next = iterator.next();
      if (!next.done) whole = await goOn();
    }
  } catch (error) {
    await handle.close();
    await rm(partial, { force: true });
    throw error;
  }
  await handle.close();
  if (whole) await rename(partial, file);
  else await rm(partial, { force: true });
  return whole;
}
