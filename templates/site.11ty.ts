/**
 * The one Eleventy template: it paginates over the view models made in src/site/ (global data
 * `pages`, one page per item) and renders each with the typed templates of this folder.
 * See https://www.11ty.dev/docs/pagination/ and https://www.11ty.dev/docs/languages/typescript/
 */
import type { Page, SiteModel } from '../src/site/pages/index.ts';
import { renderPage } from './render.ts';

interface Data {
  view: Page;
  site: SiteModel;
}

export const data = {
  pagination: { data: 'pages', size: 1, alias: 'view' },
  permalink: (data: Data) => data.view.url,
  eleventyExcludeFromCollections: true,
};

export function render(data: Data): string {
  return renderPage(data.view, data.site);
}
