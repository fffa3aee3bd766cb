import type { ArchiveMonthPage, ArchivePage, SiteModel } from '../../src/site/pages/index.ts';
import { type Html, html } from '../_lib/html.ts';
import { cards, pager } from './listing.ts';

export function archive(page: ArchivePage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1>
${page.years.map((y) => html`<section><h2>${y.year}</h2><ul>${y.months.map((m) => html`<li><a href="${m.url}">${m.label}</a> <span class="count">${m.count} ${t.articles}</span></li>`)}</ul></section>`)}`;
}

export function archiveMonth(page: ArchiveMonthPage, site: SiteModel): Html {
  return html`<h1>${page.title}</h1>${cards(page.articles, site, page.lang, 2)}
${pager(page.pagination, site, page.lang)}`;
}
