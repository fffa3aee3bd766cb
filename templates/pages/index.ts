import type {
  ArchiveMonthPage,
  ArchivePage,
  HomePage,
  NotFoundPage,
  OfficialPage,
  OfficialsPage,
  ProvincePage,
  ProvincesPage,
  SearchPage,
  SiteModel,
} from '../../src/site/view-models.ts';
import { type Html, html } from '../_lib/html.ts';
import { cards } from './listing.ts';

export function home(page: HomePage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1>
<section aria-labelledby="latest"><h2 id="latest">${t.latest}</h2>${cards(page.latest, site, page.lang)}</section>
${page.mostViewed.length ? html`<section aria-labelledby="most-viewed"><h2 id="most-viewed">${t.mostViewed}</h2>${cards(page.mostViewed, site, page.lang)}</section>` : ''}`;
}

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
  return html`<h1>${page.name}</h1>
<p class="meta">${t.region}: ${page.region}${page.successor ? html` · ${t.successorNote} ${page.successor}` : ''}</p>
${page.articles.length ? cards(page.articles, site, page.lang, 2) : html`<p>${t.noResults}</p>`}`;
}

export function officials(page: OfficialsPage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1>
<div class="table-wrap"><table>
<thead><tr><th scope="col">${t.officialsElected}</th><th scope="col">${t.province}</th><th scope="col">${t.electionsRecorded}</th></tr></thead>
<tbody>${page.people.map(
    (p) =>
      html`<tr><th scope="row"><a href="${p.url}">${p.name}</a></th><td>${p.province}</td><td>${p.count}</td></tr>`,
  )}</tbody>
</table></div>`;
}

export function official(page: OfficialPage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  // Names that make the same URL share the page; each row then says whose it is.
  const several = page.names.length > 1;
  return html`<h1>${page.title}</h1>
<p class="meta"><a href="${page.officials.url}">${page.officials.text}</a></p>
<div class="table-wrap"><table>
<thead><tr><th scope="col">${t.post}</th><th scope="col">${t.term}</th><th scope="col">${t.province}</th><th scope="col">${t.article}</th></tr></thead>
<tbody>${page.rows.map(
    (r) =>
      html`<tr><th scope="row">${several ? html`${r.name}: ` : ''}${r.role}${r.jobTitle ? html`<br><span class="role">${r.jobTitle}</span>` : ''}${r.reelected ? html` <span class="role">(${t.reelected})</span>` : ''}</th><td>${r.term ?? ''}</td><td><a href="${r.province.url}">${r.province.text}</a></td><td><a href="${r.article.url}">${r.article.text}</a></td></tr>`,
  )}</tbody>
</table></div>`;
}

export function archive(page: ArchivePage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1>
${page.years.map((y) => html`<section><h2>${y.year}</h2><ul>${y.months.map((m) => html`<li><a href="${m.url}">${m.label}</a> <span class="count">${m.count} ${t.articles}</span></li>`)}</ul></section>`)}`;
}

export function archiveMonth(page: ArchiveMonthPage, site: SiteModel): Html {
  return html`<h1>${page.title}</h1>${cards(page.articles, site, page.lang, 2)}`;
}

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

export function notFound(page: NotFoundPage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1><p>${t.notFoundText}</p><p><a href="${site.languages[page.lang].home}">${t.home}</a></p>`;
}
