import type { ArticlePage, SiteModel } from '../../src/site/pages/index.ts';
import { type Html, html, raw } from '../_lib/html.ts';

/** Article: text, with the facts box beside it. (The search indexes templates/search-record.ts, not this page.) */
export function article(page: ArticlePage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`${page.draft ? html`<p class="draft-banner" role="status">${t.draft}</p>` : ''}
<article class="article">
<h1>${page.title}</h1>
<p class="lede">${page.summary}</p>
<div class="layout">
<div class="body">${raw(page.bodyHtml)}
${page.captions.length ? html`<ul class="captions" aria-label="${t.photoCaption}">${page.captions.map((c) => html`<li>${c}</li>`)}</ul>` : ''}
</div>
<aside class="facts" aria-labelledby="facts-title">
<h2 id="facts-title">${t.facts}</h2>
<dl>${page.facts.map((f) => html`<dt>${f.label}</dt><dd>${f.iso ? html`<time datetime="${f.iso}">${f.value}</time>` : f.url ? html`<a href="${f.url}">${f.value}</a>` : f.value}</dd>`)}</dl>
${page.congress.length ? html`<h3>${t.congress}</h3><dl>${page.congress.map((f) => html`<dt>${f.label}</dt><dd>${f.value}</dd>`)}</dl>` : ''}
${page.officials.length ? html`<h3>${t.officialsElected}</h3><ul class="officials">${page.officials.map((o) => html`<li><a href="${o.url}">${o.name}</a>: ${o.role}${o.jobTitle ? html`, ${o.jobTitle}` : ''}${o.reelected ? html` (${t.reelected})` : ''}</li>`)}</ul>` : ''}
${page.targets.length ? html`<h3>${t.targetsSet}</h3><ul class="targets">${page.targets.map((x) => html`<li><strong>${x.value}</strong> ${x.indicator}${x.scope ? html` (${x.scope})` : ''}${x.deadline ? html`, ${t.deadline.toLowerCase()} ${x.deadline}` : ''}</li>`)}</ul>` : ''}
${page.awards.length ? html`<h3>${t.awards}</h3><ul>${page.awards.map((a) => html`<li>${a.name}: ${a.recipient}${a.conferredBy ? html` (${a.conferredBy})` : ''}${a.period ? html`, ${a.period}` : ''}</li>`)}</ul>` : ''}
</aside>
</div>
</article>`;
}
