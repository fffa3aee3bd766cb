/**
 * The search index of a language is cut into parts of at most `searchPartPages` articles
 * (site.config.ts), newest first: Pagefind's search costs grow with the pages of an index times the
 * entries of the words searched, so four parts of 2,500 pages are searched about four times faster
 * than one of 10,000. Every search consults every part before it shows a result (the search page
 * merges them with Pagefind's mergeIndex); the parts are runs of dates only so that "newest first"
 * needs no merging: the newest part's results, then the next part's.
 */

/** Where the first part of every language is served, with Pagefind's script and WebAssembly. */
export const SEARCH_PATH = '/pagefind/';

/** One part of a language's index: where it is served, its place from 0 (newest first) and its items. */
export interface Part<T> {
  path: string;
  part: number;
  items: T[];
}

/**
 * A language's searchable articles (or their pages), newest first, cut into its index parts; the
 * first is served at SEARCH_PATH. A language with nothing to search still has one, empty, part.
 * @example searchParts('vi', ['a', 'b', 'c'], 2).map((p) => [p.path, p.items])
 * // => [['/pagefind/', ['a', 'b']], ['/pagefind/vi-2/', ['c']]]
 */
export function searchParts<T>(lang: string, items: readonly T[], partPages: number): Part<T>[] {
  const parts = Math.max(1, Math.ceil(items.length / partPages));
  return Array.from({ length: parts }, (_, part) => ({
    path: part === 0 ? SEARCH_PATH : `${SEARCH_PATH}${lang}-${part + 1}/`,
    part,
    items: items.slice(part * partPages, (part + 1) * partPages),
  }));
}
