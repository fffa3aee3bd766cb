import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { FeedModel, SiteFile, SitemapEntry } from '../src/site/files.ts';
import { escapeHtml } from './_lib/html.ts';

const x = escapeHtml;

/** Atom feed of one language (RFC 4287); dates formatted by the Eleventy feed plugin's helper. */
export function atom(feed: FeedModel): string {
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <title>${x(e.title)}</title>
    <link href="${x(e.url)}"/>
    <id>${x(e.url)}</id>
    <updated>${dateToRfc3339(new Date(e.updatedMs))}</updated>
${e.authors.map((a) => `    <author><name>${x(a)}</name></author>\n`).join('')}    <summary>${x(e.summary)}</summary>
    <content type="html">${x(e.html)}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">
  <title>${x(feed.title)}</title>
  <subtitle>${x(feed.description)}</subtitle>
  <link href="${x(feed.selfUrl)}" rel="self"/>
  <link href="${x(feed.homeUrl)}"/>
  <id>${x(feed.homeUrl)}</id>
  <updated>${dateToRfc3339(new Date(feed.updatedMs))}</updated>
${entries}
</feed>
`;
}

/** sitemap.xml with hreflang alternates for every page that has them. */
export function sitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries
    .map(
      (e) => `  <url>
    <loc>${x(e.url)}</loc>
${e.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.lang}" href="${x(a.url)}"/>\n`).join('')}${e.xDefault ? `    <xhtml:link rel="alternate" hreflang="x-default" href="${x(e.xDefault)}"/>\n` : ''}  </url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls}
</urlset>
`;
}

export function robots(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${sitemapUrl}\n`;
}

/** Any of the site's files other than pages, as written at its `url`. */
export function renderFile(file: SiteFile): string {
  switch (file.kind) {
    case 'feed':
      return atom(file.feed);
    case 'sitemap':
      return sitemap(file.entries);
    case 'robots':
      return robots(file.sitemapUrl);
  }
}
