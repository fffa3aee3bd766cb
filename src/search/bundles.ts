/**
 * The site search index is cut into bundles by period, newest first. A reader's first search loads only
 * the newest bundle: what Pagefind downloads for a search grows with the pages of the bundle it opens
 * (its page list is about 6 bytes per page, gzipped, and the index chunk of a common word holds an
 * entry for every page with that word). The search page merges older bundles (Pagefind's mergeIndex)
 * when the newest gives too few results, or when the reader asks for older articles or picks a year.
 *
 * Bundles are runs of whole months. The newest holds at most `firstPages` pages per language; each
 * older one may hold twice the one before it, up to 16 times `firstPages`, so a search that must reach
 * far back merges a few bundles, not dozens.
 */

/** One bundle: the articles of a run of months, in both languages. */
export interface SearchBundle {
  /** Where its Pagefind files are served: `/pagefind/` for the newest, `/pagefind/<from>_<to>/` for older ones. */
  path: string;
  /** First month it holds, `YYYY-MM`. */
  from: string;
  /** Last month it holds, `YYYY-MM`. */
  to: string;
}

/** What bundles are planned from: one indexed page. */
export interface BundledPage {
  lang: string;
  /** The month (`YYYY-MM`) the page is filed under; pages without one go to the oldest bundle. */
  month: string | null;
}

/** Where the newest bundle is served; Pagefind's script, worker and WebAssembly are served from there only. */
export const PRIMARY_BUNDLE = '/pagefind/';

/** How much larger than the newest bundle an older one may grow. */
const MAX_GROWTH = 16;

/**
 * Cuts months into bundles, newest first: a month joins the current bundle while every language stays
 * within the bundle's size; a single month larger than that is a bundle of its own.
 * @example planBundles([{ lang: 'vi', month: '2025-02' }, { lang: 'vi', month: '2025-01' }], 1)
 * // => [{ path: '/pagefind/', from: '2025-02', to: '2025-02' },
 * //     { path: '/pagefind/2025-01_2025-01/', from: '2025-01', to: '2025-01' }]
 */
export function planBundles(pages: Iterable<BundledPage>, firstPages: number): SearchBundle[] {
  const perMonth = new Map<string, Map<string, number>>();
  for (const { lang, month } of pages) {
    if (month === null) continue;
    const counts = perMonth.get(month) ?? new Map<string, number>();
    counts.set(lang, (counts.get(lang) ?? 0) + 1);
    perMonth.set(month, counts);
  }
  const months = [...perMonth.keys()].sort().reverse();
  const runs: { from: string; to: string }[] = [];
  let current: { from: string; to: string; counts: Map<string, number> } | undefined;
  for (const month of months) {
    const counts = perMonth.get(month) as Map<string, number>;
    const size = firstPages * Math.min(2 ** runs.length, MAX_GROWTH);
    const fits =
      current !== undefined && [...counts].every(([lang, n]) => (current?.counts.get(lang) ?? 0) + n <= size);
    if (current && fits) {
      current.from = month;
      for (const [lang, n] of counts) current.counts.set(lang, (current.counts.get(lang) ?? 0) + n);
    } else {
      if (current) runs.push({ from: current.from, to: current.to });
      current = { from: month, to: month, counts: new Map(counts) };
    }
  }
  if (current) runs.push({ from: current.from, to: current.to });
  if (runs.length === 0) return [{ path: PRIMARY_BUNDLE, from: '', to: '' }];
  return runs.map((run, i) => ({
    path: i === 0 ? PRIMARY_BUNDLE : `${PRIMARY_BUNDLE}${run.from}_${run.to}/`,
    ...run,
  }));
}

/** The bundle a page's month belongs to: the one whose months hold it, else the oldest. */
export function bundleOf(bundles: readonly SearchBundle[], month: string | null): SearchBundle {
  const found = month === null ? undefined : bundles.find((b) => month >= b.from && month <= b.to);
  return found ?? (bundles.at(-1) as SearchBundle);
}
