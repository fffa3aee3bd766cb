import type { Card, Page, SiteModel } from '../../src/site/pages/index.ts';
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
