import type { SiteModel, TagPage, TagsPage } from '../../src/site/pages/index.ts';
import { type Html, html } from '../_lib/html.ts';
import { cards, pager } from './listing.ts';

export function tags(page: TagsPage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1>
<ul class="tags">${page.tags.map((tag) => html`<li><a href="${tag.url}">${tag.name}</a> <span class="count">${tag.count} ${t.articles}</span></li>`)}</ul>`;
}

export function tag(page: TagPage, site: SiteModel): Html {
  return html`<h1>${page.title}</h1>
${cards(page.articles, site, page.lang, 2)}
${pager(page.pagination, site, page.lang)}`;
}
