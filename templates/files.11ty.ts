/** Feeds, sitemap and robots.txt: one output file per item of the global data `files`. */
import type { SiteFile } from '../src/site/files.ts';
import { atom, robots, sitemap } from './xml.ts';

interface Data {
  file: SiteFile;
}

export const data = {
  pagination: { data: 'files', size: 1, alias: 'file' },
  permalink: (data: Data) => data.file.url,
  eleventyExcludeFromCollections: true,
};

export function render({ file }: Data): string {
  switch (file.kind) {
    case 'feed':
      return atom(file.feed);
    case 'sitemap':
      return sitemap(file.entries);
    case 'robots':
      return robots(file.sitemapUrl);
  }
}
