import type { ArticlePage } from '../src/site/view-models.ts';
import { html } from './_lib/html.ts';

/**
 * What the site search indexes for one article (src/search/records.ts says why it is not the whole
 * page): the title (Pagefind's result title, weighted as a heading), the summary, the lead of the text,
 * the facts' values (no labels, no dates), officials, targets, awards and captions; the province and
 * year filters, the bundle it is indexed in (a filter, so that one bundle can be searched alone), the
 * date sort key and the date as a result's metadata. Values without commas (digits, dates, the
 * bundle's first month) are given inline, so they add no words to the index. Never written to the site: the build hands it to Pagefind.
 */
export function searchRecord(page: ArticlePage, bundle: string): string {
  const words = [
    ...page.facts.filter((f) => !f.iso).map((f) => f.value),
    ...page.congress.map((f) => f.value),
    ...page.officials.flatMap((o) => [o.name, o.role, o.jobTitle ?? '']),
    ...page.targets.flatMap((x) => [x.indicator, x.scope ?? '', x.sentence]),
    ...page.awards.flatMap((a) => [a.name, a.recipient, a.conferredBy ?? '']),
    ...page.captions,
  ].filter((text) => text !== '');
  return html`<!doctype html>
<html lang="${page.lang}">
<head><meta charset="utf-8"><title>${page.title}</title></head>
<body>
<h1 data-pagefind-meta="title">${page.title}</h1>
<p>${page.summary}</p>
<p>${page.searchLead}</p>
<ul>${words.map((text) => html`<li>${text}</li>`)}</ul>
<span data-pagefind-filter="province">${page.search.province}</span>
<span data-pagefind-filter="bundle:${bundle}"></span>
${page.search.year ? html`<span data-pagefind-filter="year:${page.search.year}"></span>` : ''}
${page.search.date ? html`<span data-pagefind-sort="date:${page.search.date}" data-pagefind-meta="date:${page.search.date}"></span>` : ''}
</body>
</html>
`.value;
}
