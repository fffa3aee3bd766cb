import type { Strings } from '../../src/site/i18n.ts';
import type { Bar, IndicatorPage, SiteModel, TargetsPage, TargetView } from '../../src/site/pages/index.ts';
import { type Html, html } from '../_lib/html.ts';

const ROW = 28;
const LABEL = 230;
const WIDTH = 640;

/**
 * A horizontal bar chart drawn at build time as SVG: role="img" with a title and description, and the
 * table after it carries the same numbers for screen readers and copy-paste.
 */
function chart(id: string, title: string, bars: readonly Bar[], max: number): Html {
  const height = bars.length * ROW + 8;
  const scale = (v: number) => (max > 0 ? ((WIDTH - LABEL - 70) * v) / max : 0);
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMinYMin meet">
<title id="${id}-title">${title}</title>
<desc id="${id}-desc">${bars.map((b) => `${b.label}: ${b.text}`).join('; ')}</desc>
${bars.map(
  (b, i) =>
    html`<g transform="translate(0 ${i * ROW + 4})"><text x="${LABEL - 8}" y="17" text-anchor="end">${b.label}</text><rect x="${LABEL}" y="4" height="18" width="${scale(b.value).toFixed(1)}" rx="2"></rect><text x="${(LABEL + scale(b.value) + 6).toFixed(1)}" y="17">${b.text}</text></g>`,
)}
</svg>`;
}

/** Targets as a table: where, when, how much, by when, and the article that reports each. */
function table(rows: readonly TargetView[], t: Strings): Html {
  return html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${t.province}</th><th scope="col">${t.year}</th><th scope="col">${t.value}</th><th scope="col">${t.deadline}</th><th scope="col">${t.article}</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr><th scope="row"><a href="${r.province.url}">${r.province.text}</a>${r.scope ? html` (${r.scope})` : ''}</th><td>${r.year}</td><td>${r.value}</td><td>${r.deadline ?? '–'}</td><td><a href="${r.article.url}">${r.article.text}</a></td></tr>`,
  )}</tbody>
</table></div>`;
}

export function targets(page: TargetsPage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title}</h1>
<p class="meta">${t.latestPerProvince}.</p>
${page.indicators.map(
  (ind) => html`<section aria-labelledby="ind-${ind.key}">
<h2 id="ind-${ind.key}">${ind.label} <span class="unit">(${ind.unit})</span></h2>
${chart(`chart-${ind.key}`, `${t.chartOf} ${ind.label}`, ind.bars, ind.max)}
${table(ind.latest, t)}
<p><a href="${ind.all.url}">${t.allTargets} (${ind.all.count})</a></p>
</section>`,
)}`;
}

export function indicator(page: IndicatorPage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  return html`<h1>${page.title} <span class="unit">(${page.unit})</span></h1>
<p class="meta"><a href="${page.targets.url}">${page.targets.text}</a></p>
${table(page.rows, t)}`;
}
