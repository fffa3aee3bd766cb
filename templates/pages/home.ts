import type { HomePage, SiteModel } from '../../src/site/pages/index.ts';
import { type Html, html } from '../_lib/html.ts';
import { cards } from './listing.ts';

export function home(page: HomePage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1>
<section aria-labelledby="latest"><h2 id="latest">${t.latest}</h2>${cards(page.latest, site, page.lang)}</section>
${page.mostViewed.length ? html`<section aria-labelledby="most-viewed"><h2 id="most-viewed">${t.mostViewed}</h2>${cards(page.mostViewed, site, page.lang)}</section>` : ''}`;
}
