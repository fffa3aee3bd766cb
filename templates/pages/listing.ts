import type { Card, Page, Pagination, SiteModel } from '../../src/site/pages/index.ts';
import { type Html, html } from '../_lib/html.ts';

/** The level of a card's heading: 2 right under the page title, 3 under a section's heading. */
type Level = 2 | 3;

/** One article in a list. */
export function card(c: Card, site: SiteModel, lang: Page['lang'], level: Level = 3): Html {
  return html`<article class="card">
<h${level}><a href="${c.url}">${c.title}</a>${c.draft ? html` <span class="badge">${site.strings[lang].draft}</span>` : ''}</h${level}>
<p class="meta">${c.dateIso ? html`<time datetime="${c.dateIso}">${c.date}</time>` : c.date} · <a href="${c.province.url}">${c.province.text}</a>${c.views ? html` · ${c.views} ${site.strings[lang].views.toLowerCase()}` : ''}</p>
<p>${c.summary}</p>
</article>`;
}

export function cards(list: readonly Card[], site: SiteModel, lang: Page['lang'], level: Level = 3): Html {
  return html`<div class="cards">${list.map((c) => card(c, site, lang, level))}</div>`;
}

/** Links to a listing's other pages: previous, the pages near this one, next. */
export function pager(p: Pagination | null, site: SiteModel, lang: Page['lang']): Html {
  if (!p) return html``;
  const t = site.strings[lang];
  return html`<nav class="pagination" aria-label="${t.pages}"><ul>${p.prev ? html`<li><a href="${p.prev}" rel="prev">${t.previousPage}</a></li>` : ''}${p.pages.map((n) => (n === null ? html`<li aria-hidden="true">…</li>` : n.number === p.current ? html`<li><a href="${n.url}" aria-current="page">${n.number}</a></li>` : html`<li><a href="${n.url}">${n.number}</a></li>`))}${p.next ? html`<li><a href="${p.next}" rel="next">${t.nextPage}</a></li>` : ''}</ul></nav>`;
}
