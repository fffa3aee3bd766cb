import path from 'node:path';
import { type EnFrontMatter, type ViFrontMatter, viFrontMatterSchema } from '../schema/article.ts';
import { vietnamDateOf } from '../schema/dates.ts';
import { filingTime } from './derived.ts';
import { type Parsed, readFolder } from './folders.ts';
import { type CachedFolder, foldersToLoad, type LoadCache, stampOf } from './load-cache.ts';
import { messages } from './messages.ts';
import {
  formatPath,
  type Problem,
  type ProblemCode,
  problemAt,
  problemAtField,
  sortProblems,
} from './problems.ts';
import type { ReadFile } from './read.ts';
import { loadRegistries, REGISTRY_FILES, registryKeysFrom } from './registries.ts';
import { slugFromTitle } from './slug.ts';
import {
  type Article,
  type ArticleText,
  deepFreeze,
  type Photo,
  type Registries,
  type Store,
} from './store.ts';

export interface LoadOptions {
  /** The project root: the folder that holds `content/`. Paths in problems are relative to it. */
  root: string;
  /** The content folder; defaults to `<root>/content`. */
  contentDir?: string;
  /** "Now", for the future-date check; defaults to the current time. */
  now?: Date;
  /** Kept by a long-lived process between loads: unchanged files are not read or validated again. */
  cache?: LoadCache;
  /**
   * With a cache: the paths (relative to the content folder) a file watcher reported since the last
   * load; only the folders on them are looked at again. Without it, every file's stamp is checked.
   */
  changed?: readonly string[];
}

export { createLoadCache, type LoadCache } from './load-cache.ts';

export interface LoadResult {
  /** The Store, when there were no problems. */
  store?: Store;
  /** Every problem found, sorted by file and line. */
  problems: Problem[];
  /** Every warning (problems that do not stop the build: WARNINGS in problems.ts), sorted the same way. */
  warnings: Problem[];
  /** How many files were read. */
  files: number;
}

export { slugFromTitle };

function push(
  problems: Problem[],
  read: ReadFile,
  code: ProblemCode,
  fieldPath: readonly PropertyKey[],
  message: string,
) {
  problems.push(problemAtField(read, code, fieldPath, message));
}

/**
 * Loads `content/`: registries, then every article; validates each file against its schema, then
 * cross-checks the whole (unique ids and slugs, translation pairs, registry references, dates).
 * Reports every problem in one run; returns a frozen Store only when there are none.
 */
export async function loadContent(options: LoadOptions): Promise<LoadResult> {
  const root = path.resolve(options.root);
  const contentDir = path.resolve(options.contentDir ?? path.join(root, 'content'));
  const now = options.now ?? new Date();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');

  const cache = options.cache;
  const registryStamp = stampOf(contentDir, Object.values(REGISTRY_FILES));
  let registries: Registries | undefined;
  if (cache?.registries?.stamp === registryStamp) {
    registries = cache.registries.registries;
    problems.push(...cache.registries.problems);
  } else {
    const registryProblems: Problem[] = [];
    registries = await loadRegistries(root, contentDir, registryProblems);
    problems.push(...registryProblems);
    if (cache) {
      cache.registries = { stamp: registryStamp, registries, problems: registryProblems };
      cache.folders.clear();
      cache.listed = false;
    }
  }
  const viSchema = viFrontMatterSchema(
    registries ? registryKeysFrom(registries) : { provinces: [], indicators: [], roles: [], tags: [] },
  );

  const articlesDir = path.join(contentDir, 'articles');
  const { folders, restamp } = foldersToLoad(contentDir, articlesDir, rel, cache, options.changed);
  let files = 4;
  const cachedFolder = new Map<Parsed, CachedFolder>();
  const parsed: Parsed[] = folders.map((folder) => {
    if (!cache) {
      const read = readFolder(folder, viSchema);
      files += read.files;
      problems.push(...read.problems);
      warnings.push(...read.warnings);
      return read.entry;
    }
    const { dir, names, otherFiles } = folder;
    let known = cache.folders.get(dir);
    if (!known || restamp(dir)) {
      // Photos too: a photo replaced is checked again.
      const stamp = stampOf(dir, [...names, ...otherFiles]);
      if (known?.stamp !== stamp) {
        known = { folder, stamp, ...readFolder(folder, viSchema) };
        cache.folders.set(dir, known);
      }
    }
    files += known.files;
    problems.push(...known.problems);
    warnings.push(...known.warnings);
    cachedFolder.set(known.entry, known);
    return known.entry;
  });

  checkIds(parsed, problems);
  const today = vietnamDateOf(now.getTime());
  const articles: Article[] = [];
  for (const entry of parsed) {
    if (!entry.vi) continue;
    checkFacts(entry.vi, registries, now, today, problems);
    if (entry.en) checkTranslation(entry.vi, entry.en, problems);
    const folder = cachedFolder.get(entry);
    const article = folder?.article ?? toArticle(entry.id, entry.dir, entry.vi, entry.en);
    if (folder) folder.article = article;
    articles.push(article);
  }
  checkSlugs(articles, parsed, problems);

  const sortedWarnings = sortProblems(warnings);
  if (problems.length > 0 || !registries)
    return { problems: sortProblems(problems), warnings: sortedWarnings, files };
  articles.sort((a, b) => filingTime(b) - filingTime(a) || a.id.localeCompare(b.id));
  const store: Store = { articles, byId: new Map(articles.map((a) => [a.id, a])), registries };
  return { store: deepFreeze(store), problems: [], warnings: sortedWarnings, files };
}

function checkIds(parsed: Parsed[], problems: Problem[]) {
  const seen = new Map<string, Parsed>();
  for (const entry of parsed) {
    const file = entry.vi?.read.file ?? `${entry.dir}/vi.md`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id)) {
      problems.push(
        problemAt(
          'InvalidValue',
          file,
          `the folder name "${entry.id}" is the article id and must be lowercase ASCII words joined by hyphens; rename the folder`,
        ),
      );
    }
    const other = seen.get(entry.id);
    if (other) problems.push(problemAt('DuplicateId', file, messages.DuplicateId(entry.id, other.dir)));
    else seen.set(entry.id, entry);
  }
}

function checkFacts(
  vi: NonNullable<Parsed['vi']>,
  registries: Registries | undefined,
  now: Date,
  today: string,
  problems: Problem[],
) {
  const { data, read } = vi;
  if (data.publishedAt) {
    const future =
      data.publishedAt.precision === 'day'
        ? data.publishedAt.date > today
        : data.publishedAt.epochMs > now.getTime();
    if (future)
      push(problems, read, 'FutureDate', ['publishedAt'], messages.FutureDate(data.publishedAt.iso, today));
  }
  if (data.eventDate && data.eventDate.start > today) {
    push(problems, read, 'FutureDate', ['eventDate'], messages.FutureDate(data.eventDate.start, today));
  }
  if (!data.publishedAt && !data.eventDate) push(problems, read, 'NoDate', [], messages.NoDate());
  if (data.congress && data.eventType !== 'congress')
    push(problems, read, 'CongressOutsideCongress', ['congress'], messages.CongressOutsideCongress());
  data.targets?.forEach((t, i) => {
    const indicator = registries?.indicators.get(t.indicator);
    if (indicator && indicator.unit !== t.unit) {
      push(
        problems,
        read,
        'UnitMismatch',
        ['targets', i, 'unit'],
        messages.UnitMismatch(t.indicator, t.unit, indicator.unit),
      );
    }
  });
}

/** Text of vi.md missing from en.md. (A function of its own, not a closure made for each article.) */
function missingTranslation(
  problems: Problem[],
  en: NonNullable<Parsed['en']>,
  fieldPath: readonly PropertyKey[],
) {
  push(
    problems,
    en.read,
    'MissingTranslationText',
    fieldPath,
    messages.MissingTranslationText(formatPath(fieldPath)),
  );
}

/** English text must follow the Vietnamese facts item for item. */
function checkTranslation(vi: NonNullable<Parsed['vi']>, en: NonNullable<Parsed['en']>, problems: Problem[]) {
  const v = vi.data;
  const e = en.data;
  // Points at the nearest part of the path that en.md has (locate falls back to the parent key).
  const missing = missingTranslation;
  if (v.venue && !e.venue) missing(problems, en, ['venue']);
  if (v.congress?.slogan && !e.congress?.slogan) missing(problems, en, ['congress', 'slogan']);
  if (v.congress?.superiorCongress && !e.congress?.superiorCongress)
    missing(problems, en, ['congress', 'superiorCongress']);
  const lists = ['officialsElected', 'targets', 'awards', 'photos'] as const;
  for (const list of lists) {
    const vs = (v[list] ?? []) as unknown[];
    const es = (e[list] ?? []) as unknown[];
    if (vs.length !== es.length) {
      push(
        problems,
        en.read,
        'TranslationMismatch',
        es.length ? [list] : [],
        messages.ItemCountMismatch(list, vs.length, es.length),
      );
    }
  }
  e.officialsElected?.forEach((o, i) => {
    const original = v.officialsElected?.[i];
    if (original && o.name !== undefined && o.name !== original.name) {
      push(
        problems,
        en.read,
        'TranslationMismatch',
        ['officialsElected', i, 'name'],
        messages.OfficialOrderMismatch(o.name, original.name),
      );
    }
    if (original?.jobTitle && !o.jobTitle) missing(problems, en, ['officialsElected', i, 'jobTitle']);
  });
  e.targets?.forEach((t, i) => {
    if (v.targets?.[i]?.scope && !t.scope) missing(problems, en, ['targets', i, 'scope']);
  });
  e.awards?.forEach((a, i) => {
    if (v.awards?.[i]?.conferredBy && !a.conferredBy) missing(problems, en, ['awards', i, 'conferredBy']);
  });
}

function checkSlugs(articles: Article[], parsed: Parsed[], problems: Problem[]) {
  for (const lang of ['vi', 'en'] as const) {
    const seen = new Map<string, Article>();
    for (const article of articles) {
      const text = article.text[lang];
      if (!text) continue;
      const other = seen.get(text.slug);
      if (other) {
        const entry = parsed.find((p) => p.id === article.id);
        const read = lang === 'vi' ? entry?.vi?.read : entry?.en?.read;
        // Point at the slug when written, else at the title it was derived from.
        const data = read?.data as Record<string, unknown> | undefined;
        const at = data && 'slug' in data ? ['slug'] : ['title'];
        if (read) {
          const message = messages.DuplicateSlug(text.slug, lang, other.text[lang]?.file ?? other.dir);
          problems.push(problemAtField(read, 'DuplicateSlug', at, message, 'value', 'slug'));
        }
      } else seen.set(text.slug, article);
    }
  }
}

function toArticle(id: string, dir: string, vi: NonNullable<Parsed['vi']>, en: Parsed['en']): Article {
  // Built frozen from the bottom up, so that deepFreeze(store) stops at each article.
  const v = deepFreeze(vi.data);
  const viText = textWithBody(
    {
      lang: 'vi',
      title: v.title,
      summary: v.summary,
      slug: v.slug ?? slugFromTitle(v.title),
      organization: v.organization,
      venue: v.venue,
      congress: v.congress && { slogan: v.congress.slogan, superiorCongress: v.congress.superiorCongress },
      officialsElected: v.officialsElected?.map((o) => ({ name: o.name, jobTitle: o.jobTitle })),
      targets: v.targets?.map((t) => ({ sentence: t.sentence, scope: t.scope })),
      awards: v.awards?.map((a) => ({ name: a.name, recipient: a.recipient, conferredBy: a.conferredBy })),
      photos: v.photos?.map((p) =>
        p.alt === undefined ? { caption: p.caption } : { caption: p.caption, alt: p.alt },
      ),
    },
    vi.read,
  );
  const enText =
    en &&
    textWithBody(
      { ...deepFreeze(en.data), lang: 'en', slug: en.data.slug ?? slugFromTitle(en.data.title) },
      en.read,
    );
  const authors = deepFreeze(v.author === undefined ? [] : Array.isArray(v.author) ? v.author : [v.author]);
  const text = Object.freeze(enText ? { vi: viText, en: enText } : { vi: viText });
  const photos = deepFreeze((v.photos ?? []).map((p, i) => photoOf(dir, p, en?.data.photos?.[i])));
  return Object.freeze({ id, dir, facts: v, authors, text, photos });
}

/** A photo of vi.md with its English text (the item at the same position of en.md); alt defaults to the caption. */
function photoOf(
  dir: string,
  vi: NonNullable<ViFrontMatter['photos']>[number],
  en: NonNullable<EnFrontMatter['photos']>[number] | undefined,
): Photo {
  const textOf = (t: { caption: string; alt?: string }) => ({ caption: t.caption, alt: t.alt ?? t.caption });
  const text = en ? { vi: textOf(vi), en: textOf(en) } : { vi: textOf(vi) };
  return vi.file === undefined ? { text } : { file: vi.file, path: `${dir}/${vi.file}`, text };
}

/** Completes a text object with its body, its file and the line its body starts on, and freezes it. */
function textWithBody(fields: Omit<ArticleText, 'body' | 'file' | 'bodyLine'>, read: ReadFile): ArticleText {
  for (const value of Object.values(fields)) deepFreeze(value);
  return Object.freeze({ ...fields, body: read.body, file: read.file, bodyLine: read.bodyLine });
}
