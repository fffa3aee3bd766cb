import type { SearchPage, SiteModel } from '../../src/site/pages/index.ts';
import { type Html, html } from '../_lib/html.ts';

export function search(page: SearchPage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1>
<form class="search" role="search" action="${page.url}" data-search data-parts="${JSON.stringify(page.searchParts)}">
<label for="q">${t.search}</label>
<input id="q" name="q" type="search" autocomplete="off" placeholder="${t.searchPlaceholder}">
<label for="province">${t.filterProvince}</label>
<select id="province" name="province"><option value="">–</option>${page.provinces.map((p) => html`<option value="${p.value}">${p.label}</option>`)}</select>
<label for="year">${t.filterYear}</label>
<select id="year" name="year"><option value="">–</option>${page.years.map((y) => html`<option>${y}</option>`)}</select>
<label for="sort">${t.sortBy}</label>
<select id="sort" name="sort"><option value="">${t.sortRelevance}</option><option value="date">${t.sortNewest}</option></select>
</form>
<noscript><p>${t.searchNoScript}</p></noscript>
<p class="status" role="status" aria-live="polite" data-search-status data-results-for="${t.resultsFor}" data-no-results-for="${t.noResultsFor}" data-failed="${t.searchFailed}"></p>
<ol class="results" data-search-results></ol>
<p data-search-more hidden><button type="button">${t.moreResults}</button></p>`;
}
