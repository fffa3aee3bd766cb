import type { NotFoundPage, SiteModel } from '../../src/site/pages/index.ts';
import { type Html, html } from '../_lib/html.ts';

export function notFound(page: NotFoundPage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1><p>${t.notFoundText}</p><p><a href="${site.languages[page.lang].home}">${t.home}</a></p>`;
}
