import type { ProvincePage, ProvincesPage, SiteModel } from '../../src/site/pages/index.ts';
import { type Html, html } from '../_lib/html.ts';
import { cards, pager } from './listing.ts';

export function provinces(page: ProvincesPage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1>
${page.regions.map(
  (r) =>
    html`<section><h2>${r.name}</h2><ul class="provinces">${r.provinces.map(
      (p) =>
        html`<li><a href="${p.url}">${p.name}</a> <span class="count">${p.count} ${t.articles}</span>${p.successor ? html` <span class="successor">${t.successorNote} ${p.successor}</span>` : ''}</li>`,
    )}</ul></section>`,
)}`;
}

export function province(page: ProvincePage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1>
<p class="meta">${t.region}: ${page.region}${page.successor ? html` · ${t.successorNote} ${page.successor}` : ''}</p>
${page.articles.length ? cards(page.articles, site, page.lang, 2) : html`<p>${t.noResults}</p>`}
${pager(page.pagination, site, page.lang)}`;
}
