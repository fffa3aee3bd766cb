import type { Language } from '../schema/registries.ts';
import type { Article } from './store.ts';

/**
 * Facts derived from the Store, once, for every output (the Store's order, pages, archive, feeds,
 * sitemap, API): when an article is filed, every election in order, every target by indicator, and how
 * names are ordered.
 *
 * An article is filed by its publication, or, when the source printed none, by the first day of its
 * event, in Vietnam time.
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

type Official = NonNullable<Article['facts']['officialsElected']>[number];
type Target = NonNullable<Article['facts']['targets']>[number];

/** An official's election as an article records it: the article, the official, its place in the list. */
export interface Election {
  article: Article;
  official: Official;
  index: number;
}

/** Every election the articles record, in the articles' order, each article's in its own order. */
export function electionsOf(articles: readonly Article[]): Election[] {
  return articles.flatMap((article) =>
    (article.facts.officialsElected ?? []).map((official, index) => ({ article, official, index })),
  );
}

/** A target as an article sets it: the article, the target, its place in the list. */
export interface SetTarget {
  article: Article;
  target: Target;
  index: number;
}

/** Adds a value to the list kept under a key. */
export function push<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** Every target the articles set, by indicator key, in the articles' order, each article's in its own order. */
export function targetsByIndicator(articles: readonly Article[]): Map<string, SetTarget[]> {
  const byIndicator = new Map<string, SetTarget[]>();
  for (const article of articles)
    (article.facts.targets ?? []).forEach((target, index) => {
      push(byIndicator, target.indicator, { article, target, index });
    });
  return byIndicator;
}

const collators = new Map<Language, Intl.Collator>();

/**
 * Text compared in a language's collation (Vietnamese: "Đ" after "D", tones in their order), ties
 * broken by code points so that distinct texts never compare equal and every order is stable.
 */
export function compareText(lang: Language): (a: string, b: string) => number {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang);
    collators.set(lang, collator);
  }
  const c = collator;
  return (a, b) => c.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
