import type { PhotoView } from '../../src/site/images.ts';
import type { ArticlePage, SiteModel } from '../../src/site/pages/index.ts';
import { type Html, html, raw } from '../_lib/html.ts';
import { cards } from './listing.ts';

/** Article: text, with the facts box beside it. (The search indexes templates/search-record.ts, not this page.) */
export function article(page: ArticlePage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  // Photos whose image was kept are shown (the first above the text, the rest after it); the captions
  // of the others are listed, as the source printed them.
  const pictured = page.photos.filter((p) => p.picture);
  const [lead, ...gallery] = pictured;
  const captions = page.photos.filter((p) => !p.picture).map((p) => p.caption);
  return html`${page.draft ? html`<p class="draft-banner" role="status">${t.draft}</p>` : ''}
<article class="article">
<h1>${page.title}</h1>
<p class="lede">${page.summary}</p>
<div class="layout">
<div class="body">${lead ? figure(lead, true) : ''}${raw(page.bodyHtml)}
${gallery.length ? html`<section class="gallery" aria-label="${t.photos}">${gallery.map((p) => figure(p, false))}</section>` : ''}
${captions.length ? html`<ul class="captions" aria-label="${t.photoCaption}">${captions.map((c) => html`<li>${c}</li>`)}</ul>` : ''}
${share(page, site)}
${page.related.length ? html`<section class="related" aria-labelledby="related-title"><h2 id="related-title">${t.related}</h2>${cards(page.related, site, page.lang)}</section>` : ''}
</div>
<aside class="facts" aria-labelledby="facts-title">
<h2 id="facts-title">${t.facts}</h2>
<dl>${page.facts.map((f) => html`<dt>${f.label}</dt><dd>${f.iso ? html`<time datetime="${f.iso}">${f.value}</time>` : f.url ? html`<a href="${f.url}">${f.value}</a>` : f.value}</dd>`)}</dl>
${page.congress.length ? html`<h3>${t.congress}</h3><dl>${page.congress.map((f) => html`<dt>${f.label}</dt><dd>${f.value}</dd>`)}</dl>` : ''}
${page.officials.length ? html`<h3>${t.officialsElected}</h3><ul class="officials">${page.officials.map((o) => html`<li><a href="${o.url}">${o.name}</a>: ${o.role}${o.jobTitle ? html`, ${o.jobTitle}` : ''}${o.reelected ? html` (${t.reelected})` : ''}</li>`)}</ul>` : ''}
${page.targets.length ? html`<h3>${t.targetsSet}</h3><ul class="targets">${page.targets.map((x) => html`<li><strong>${x.value}</strong> ${x.indicator}${x.scope ? html` (${x.scope})` : ''}${x.deadline ? html`, ${t.deadline.toLowerCase()} ${x.deadline}` : ''}</li>`)}</ul>` : ''}
${page.awards.length ? html`<h3>${t.awards}</h3><ul>${page.awards.map((a) => html`<li>${a.name}: ${a.recipient}${a.conferredBy ? html` (${a.conferredBy})` : ''}${a.period ? html`, ${a.period}` : ''}</li>`)}</ul>` : ''}
${page.tags.length ? html`<h3>${t.tags}</h3><ul class="tags">${page.tags.map((tag) => html`<li><a href="${tag.url}">${tag.text}</a></li>`)}</ul>` : ''}
</aside>
</div>
</article>`;
}

/**
 * Sharing without trackers: the device's share sheet (Zalo, Messenger… on phones) and copying the link,
 * shown by share.js where the browser can; a plain link to Facebook's sharer; printing. No script, font
 * or request from another site.
 */
function share(page: ArticlePage, site: SiteModel): Html {
  const t = site.strings[page.lang];
  const url = `${site.baseUrl}${page.url}`;
  return html`<div class="share" data-url="${url}" data-title="${page.title}" data-copied="${t.linkCopied}">
<button type="button" data-share hidden>${t.share}</button>
<a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}" rel="noopener noreferrer" target="_blank">${t.shareFacebook}</a>
<button type="button" data-copy hidden>${t.copyLink}</button>
<button type="button" data-print hidden>${t.print}</button>
<span class="share-status" role="status"></span>
</div>`;
}

/** The width the article's text column takes: the whole screen on phones, 46rem beside the facts. */
const SIZES = '(min-width: 60rem) 46rem, 100vw';

/**
 * A photo: AVIF and WebP where the browser takes them, else JPEG, at the width the screen needs; its
 * size reserved (width and height), loaded lazily below the lead.
 */
function figure(photo: PhotoView, lead: boolean): Html {
  const p = photo.picture;
  if (!p) return html``;
  return html`<figure class="photo${lead ? ' lead' : ''}"><picture>${p.sources.map((s) => html`<source type="${s.type}" srcset="${s.srcset}" sizes="${SIZES}">`)}<img src="${p.src}" srcset="${p.srcset}" sizes="${SIZES}" width="${p.width}" height="${p.height}" alt="${photo.alt}" decoding="async"${lead ? html` fetchpriority="high"` : html` loading="lazy"`}></picture><figcaption>${photo.caption}</figcaption></figure>`;
}
