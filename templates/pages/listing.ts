import type { Card, Page, SiteModel } from '../../src/site/view-models.ts';
import { type Html, html } from '../_lib/html.ts';

/** One article in a list. */
export function card(c: Card, site: SiteModel, lang: Page['lang']): Html {
  return html`<article class="card">
<h3><a href="${c.url}">${c.title}</a>${c.draft ? html` <span class="badge">${site.strings[lang].draft}</span>` : ''}</h3>
<p class="meta">${c.dateIso ? html`<time datetime="${c.dateIso}">${c.date}</time>` : c.date} · <a href="${c.province.url}">${c.province.text}</a>${c.views ? html` · ${c.views} ${site.strings[lang].views.toLowerCase()}` : ''}</p>
<p>${c.summary}</p>
</article>`;
}

export function cards(list: readonly Card[], site: SiteModel, lang: Page['lang']): Html {
  return html`<div class="cards">${list.map((c) => card(c, site, lang))}</div>`;
}
