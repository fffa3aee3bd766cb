/** Feeds, sitemap and robots.txt: one output file per item of the global data `documents`. */
import type { SiteDocument } from '../src/site/documents.ts';
import { atom, robots, sitemap } from './xml.ts';

interface Data {
  doc: SiteDocument;
}

export const data = {
  pagination: { data: 'documents', size: 1, alias: 'doc' },
  permalink: (data: Data) => data.doc.url,
  eleventyExcludeFromCollections: true,
};

export function render({ doc }: Data): string {
  switch (doc.kind) {
    case 'feed':
      return atom(doc.feed);
    case 'sitemap':
      return sitemap(doc.entries);
    case 'robots':
      return robots(doc.sitemapUrl);
  }
}
