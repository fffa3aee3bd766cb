import type { OfficialPage, OfficialsPage, SiteModel } from '../../src/site/pages/index.ts';
import { type Html, html } from '../_lib/html.ts';

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
