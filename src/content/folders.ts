import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type EnFrontMatter,
  enFrontMatterSchema,
  type ViFrontMatter,
  type viFrontMatterSchema,
} from '../schema/article.ts';
import { bodyLimitProblems } from './body-limits.ts';
import { characterProblems } from './characters.ts';
import { messages } from './messages.ts';
import { photoProblems } from './photos.ts';
import { type Problem, problemAt } from './problems.ts';
import { type ReadFile, readMarkdown } from './read.ts';
import { schemaProblems } from './schema-problems.ts';

/** An article folder: where it is, its path relative to the project root, and its Markdown files. */
export interface Folder {
  /** Absolute path. */
  dir: string;
  /** Relative to the project root, with `/`: the article's `dir` and the start of its files' paths. */
  rel: string;
  /** The folder name: the article id. */
  id: string;
  /** Its `.md` files, sorted. */
  names: string[];
  /** Its other files (photos, or files no photo lists), sorted; hidden files (a leading dot) left out. */
  otherFiles: string[];
}

/** An article folder read: its files parsed and validated, each against its schema. */
export interface Parsed {
  id: string;
  dir: string;
  vi?: { read: ReadFile; data: ViFrontMatter };
  en?: { read: ReadFile; data: EnFrontMatter };
}

/**
 * What reading a folder gives: the article's parts, the problems found, the warnings (problems that do
 * not stop the build) and how many files were read.
 */
export interface FolderResult {
  entry: Parsed;
  problems: Problem[];
  warnings: Problem[];
  files: number;
}

export type ViSchema = ReturnType<typeof viFrontMatterSchema>;

const LANGUAGE_FILES = new Set(['vi.md', 'en.md']);

/**
 * Finds every folder below `articlesDir` that holds article files; grouping folders may nest.
 * Synchronous on purpose: for tens of thousands of small files it is faster than the thread pool,
 * and it never runs out of file handles. `relArticles` is `articlesDir` relative to the project root.
 */
export function findArticleDirs(articlesDir: string, relArticles: string): Folder[] {
  const out: Folder[] = [];
  const walk = (dir: string, rel: string, id: string): void => {
    const entries = entriesOf(dir);
    const folder = folderOf(dir, rel, id, entries);
    if (folder) out.push(folder);
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.'))
        walk(path.join(dir, e.name), rel === '' ? e.name : `${rel}/${e.name}`, e.name);
    }
  };
  walk(articlesDir, relArticles, path.basename(articlesDir));
  return out.sort(byDir);
}

/** The article folder at `dir`, not looking into its subfolders; undefined when it holds no `.md` file. */
export function articleDirAt(dir: string, rel: string): Folder | undefined {
  return folderOf(dir, rel, path.basename(dir), entriesOf(dir));
}

/** Folders in the order of their paths. */
export const byDir = (a: Folder, b: Folder) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);

function entriesOf(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function folderOf(dir: string, rel: string, id: string, entries: Dirent[]): Folder | undefined {
  const names: string[] = [];
  const otherFiles: string[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    if (e.name.endsWith('.md')) names.push(e.name);
    else if (!e.name.startsWith('.')) otherFiles.push(e.name);
  }
  return names.length > 0 ? { dir, rel, id, names: names.sort(), otherFiles: otherFiles.sort() } : undefined;
}

/** Reads and validates the files of one article folder, each against its schema. */
export function readFolder(folder: Folder, viSchema: ViSchema): FolderResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  let files = 0;
  const entry: Parsed = { id: folder.id, dir: folder.rel };
  const { names } = folder;
  for (const name of names) {
    const file = fileOf(folder, name);
    if (!LANGUAGE_FILES.has(name)) {
      problems.push(problemAt('UnknownContentFile', file, messages.UnknownContentFile(name)));
      continue;
    }
    files++;
    const read = readMarkdown(file, readFileSync(path.join(folder.dir, name)), problems);
    if (!read || read.data === undefined) continue;
    if (read.bodyEmpty) problems.push(problemAt('EmptyBody', file, messages.EmptyBody(), read.bodyLine));
    problems.push(...characterProblems(read), ...bodyLimitProblems(read));
    if (name === 'vi.md') {
      const result = viSchema.safeParse(read.data);
      if (result.success) {
        entry.vi = { read, data: result.data };
        photoProblems(folder, read, result.data.photos, problems, warnings);
      } else problems.push(...schemaProblems(result.error.issues, read, viSchema));
    } else {
      const result = enFrontMatterSchema.safeParse(read.data);
      if (result.success) entry.en = { read, data: result.data };
      else problems.push(...schemaProblems(result.error.issues, read, enFrontMatterSchema, viSchema));
    }
  }
  if (!names.includes('vi.md') && names.includes('en.md')) {
    problems.push(problemAt('OrphanTranslation', fileOf(folder, 'en.md'), messages.OrphanTranslation()));
  }
  return { entry, problems, warnings, files };
}

/** A file of a folder, as paths are shown in problems. */
export const fileOf = (folder: Folder, name: string) => (folder.rel === '' ? name : `${folder.rel}/${name}`);
