import { type BodySource, bodyPlainText } from '../render/index.ts';
import type { ArticlePage } from '../site/pages/index.ts';

/**
 * One article in one language as Pagefind indexes it (its Node API's `addCustomRecord`): plain text,
 * no HTML to build or parse. Every word a reader can see in the article is searchable.
 */
export interface SearchRecord {
  url: string;
  language: string;
  /** Title, summary, every word of the body, then the facts: what a search matches and excerpts quote. */
  content: string;
  /** The result's title (Pagefind also searches it here, weighted above the text) and date. */
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * The search record of an article page: the title (in the text too, so that a phrase search, which
 * reads word positions in the text, finds it there), the summary, the whole body as plain text, and the facts'
 * values that the body may not say (province, organization, officials with their posts, targets,
 * awards, photo captions); never navigation, labels or dates. A fact already written word for word in
 * the body is not repeated, so that it does not count twice in the ranking. Filters: province and
 * year; sort and shown date: the day it is filed under (published, else the event).
 * @example searchRecord(page, { body: 'Sáng 29/5, **Đảng bộ** họp.', file, bodyLine }).content // => 'Title\nSummary\nSáng 29/5, Đảng bộ họp.\nBắc Ninh…'
 */
export function searchRecord(page: ArticlePage, text: BodySource): SearchRecord {
  const body = bodyPlainText(text);
  const facts = [
    ...page.facts.filter((f) => !f.iso).map((f) => f.value),
    ...page.congress.map((f) => f.value),
    ...page.officials.flatMap((o) => [o.name, o.role, o.jobTitle ?? '']),
    ...page.targets.flatMap((x) => [x.indicator, x.scope ?? '', x.sentence]),
    ...page.awards.flatMap((a) => [a.name, a.recipient, a.conferredBy ?? '']),
    ...page.photos.flatMap((p) => [p.caption, p.alt]),
  ];
  const seen = new Set<string>();
  const extra: string[] = [];
  for (const fact of facts) {
    const text = fact.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (text === '' || seen.has(text) || body.includes(text)) continue;
    seen.add(text);
    extra.push(text);
  }
  const { province, year, date } = page.search;
  return {
    url: page.url,
    language: page.lang,
    content: [page.title, page.summary, body, ...extra].join('\n'),
    meta: { title: page.title, ...(date ? { date } : {}) },
    filters: { province: [province], ...(year ? { year: [year] } : {}) },
    sort: date ? { date } : {},
  };
}
