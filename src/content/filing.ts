import type { Article } from './store.ts';

/**
 * When an article is filed, derived once for every output (the Store's order, pages, archive, feeds,
 * sitemap, API): by its publication, or, when the source printed none, by the first day of its event,
 * in Vietnam time.
 */

/** The day (`YYYY-MM-DD`, in Vietnam) an article is filed under; null when it has no date at all. */
export function filedOn(a: Article): string | null {
  return a.facts.publishedAt?.date ?? a.facts.eventDate?.start ?? null;
}

/**
 * The instant to order articles by, newest first: the publication's, else midnight in Vietnam of the
 * event's first day; 0 when it has no date at all.
 */
export function filingTime(a: Article): number {
  if (a.facts.publishedAt) return a.facts.publishedAt.epochMs;
  const start = a.facts.eventDate?.start;
  return start ? Date.parse(`${start}T00:00:00+07:00`) : 0;
}

/** The year and month an article is filed under (its archive month); null when it has no date at all. */
export function filedUnder(a: Article): { year: number; month: number } | null {
  const date = filedOn(a);
  return date ? { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) } : null;
}

/** The month (`YYYY-MM`) an article is filed under; null when it has no date at all. */
export function monthOf(a: Article): string | null {
  const date = filedOn(a);
  return date ? date.slice(0, 7) : null;
}
