import type { Page, SiteModel } from '../../src/site/pages/index.ts';
import { type Html, html, jsonForScript } from '../_lib/html.ts';

/**
 * Content-Security-Policy, as a meta tag because static hosting sets no headers. No inline script:
 * JSON-LD is a data block, not executed. Pagefind needs WebAssembly ('wasm-unsafe-eval'); it runs in the
 * page (site.js turns its Web Worker off), so no worker source is allowed.
 * The empty data: icon (allowed by img-src) stops browsers requesting /favicon.ico, a 404 on every page.
 */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; worker-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** Open Graph locales of the site's languages. */
const LOCALES = { vi: 'vi_VN', en: 'en_US' } as const;

/**
 * What Facebook, Zalo and others show when the page is shared: its title, description, address and
 * image (absolute), its kind and language, and for an article when it was published.
 */
function share(page: Page, site: SiteModel): Html {
  const image = page.share;
  const published = page.kind === 'article' ? page.published : null;
  return html`<meta property="og:site_name" content="${site.languages[page.lang].title}">
<meta property="og:type" content="${page.kind === 'article' ? 'article' : 'website'}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${site.baseUrl}${page.url}">
<meta property="og:locale" content="${LOCALES[page.lang]}">
${page.alternates.filter((a) => a.lang !== page.lang).map((a) => html`<meta property="og:locale:alternate" content="${LOCALES[a.lang]}">\n`)}${
  image
    ? html`<meta property="og:image" content="${image.url}">
<meta property="og:image:type" content="${image.type}">
<meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
<meta property="og:image:alt" content="${image.alt}">
`
    : ''
}${
  published
    ? html`<meta property="article:published_time" content="${published}">
`
    : ''
}<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">`;
}

/** The breadcrumbs as schema.org's BreadcrumbList, the page itself last, every address absolute. */
function breadcrumbList(page: Page, site: SiteModel): Record<string, unknown> {
  const items = [...page.breadcrumbs, { text: page.title, url: page.url }];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((l, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: l.text,
      item: `${site.baseUrl}${l.url}`,
    })),
  };
}

/** The base layout: owns <html lang>, <head>, alternates, skip link, navigation and the language switch. */
export function base(page: Page, site: SiteModel, main: Html, jsonLd?: Record<string, unknown>): Html {
  const t = site.strings[page.lang];
  const other = page.switchTo.lang;
  return html`<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${page.title} · ${site.languages[page.lang].title}</title>
<meta name="description" content="${page.description}">
${share(page, site)}
${page.index ? '' : html`<meta name="robots" content="noindex">`}
<link rel="canonical" href="${site.baseUrl}${page.url}">
${page.alternates.map((a) => html`<link rel="alternate" hreflang="${a.lang}" href="${site.baseUrl}${a.url}">\n`)}${page.xDefault ? html`<link rel="alternate" hreflang="x-default" href="${site.baseUrl}${page.xDefault}">` : ''}
<link rel="alternate" type="application/atom+xml" title="${t.feed}" href="${site.languages[page.lang].feed}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/site.css">
<link rel="stylesheet" href="/assets/print.css" media="print">
${jsonLd ? html`<script type="application/ld+json">${jsonForScript(jsonLd)}</script>` : ''}
${page.breadcrumbs.length ? html`<script type="application/ld+json">${jsonForScript(breadcrumbList(page, site))}</script>` : ''}
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="site-header">
<a class="brand" href="${site.languages[page.lang].home}">${site.languages[page.lang].title}</a>
<nav aria-label="${t.mainNav}"><ul>${site.nav[page.lang].map((l) => html`<li><a href="${l.url}"${l.url === page.url ? html` aria-current="page"` : ''}>${l.text}</a></li>`)}</ul></nav>
<a class="lang-switch" href="${page.switchTo.url}${page.switchTo.translated ? '' : '#no-translation'}" hreflang="${other}" lang="${other}">${t.switchLanguage}</a>
</header>
<p class="notice" id="no-translation" role="status">${t.noTranslation}</p>
<main id="main">
${page.breadcrumbs.length ? html`<nav class="breadcrumbs" aria-label="${t.breadcrumbs}"><ol>${page.breadcrumbs.map((l) => html`<li><a href="${l.url}">${l.text}</a></li>`)}<li aria-current="page">${page.title}</li></ol></nav>` : ''}
${main}
</main>
<footer class="site-footer"><a href="${site.languages[page.lang].feed}">${t.feed}</a></footer>
${page.kind === 'search' ? html`<script src="/assets/site.js" defer></script>` : ''}${page.kind === 'article' ? html`<script src="/assets/share.js" defer></script>` : ''}
</body>
</html>
`;
}
