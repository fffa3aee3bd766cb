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

/**
 * Where each part of a language's index is served, the first at SEARCH_PATH.
 * @param count searchable articles in the language
 * @example searchParts('vi', 5000, 2500) // => ['/pagefind/', '/pagefind/vi-2/']
 */
export function searchParts(lang: string, count: number, partPages: number): string[] {
  const parts = Math.max(1, Math.ceil(count / partPages));
  return Array.from({ length: parts }, (_, i) => (i === 0 ? SEARCH_PATH : `${SEARCH_PATH}${lang}-${i + 1}/`));
}
