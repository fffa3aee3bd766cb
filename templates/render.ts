import type { Page, SiteModel } from '../src/site/pages/index.ts';
import type { Html } from './_lib/html.ts';
import { base } from './layouts/base.ts';
import { archive, archiveMonth } from './pages/archive.ts';
import { article } from './pages/article.ts';
import { home } from './pages/home.ts';
import { notFound } from './pages/not-found.ts';
import { official, officials } from './pages/officials.ts';
import { province, provinces } from './pages/provinces.ts';
import { search } from './pages/search.ts';
import { tag, tags } from './pages/tags.ts';
import { indicator, targets } from './pages/targets.ts';

/** The main content of a page; a new page kind without a template is a type error here. */
function main(page: Page, site: SiteModel): Html {
  switch (page.kind) {
    case 'article':
      return article(page, site);
    case 'home':
      return home(page, site);
    case 'provinces':
      return provinces(page, site);
    case 'province':
      return province(page, site);
    case 'officials':
      return officials(page, site);
    case 'official':
      return official(page, site);
    case 'targets':
      return targets(page, site);
    case 'indicator':
      return indicator(page, site);
    case 'archive':
      return archive(page, site);
    case 'archiveMonth':
      return archiveMonth(page, site);
    case 'search':
      return search(page, site);
    case 'tags':
      return tags(page, site);
    case 'tag':
      return tag(page, site);
    case 'notFound':
      return notFound(page, site);
    default: {
      const never: never = page;
      throw new Error(`no template for page ${JSON.stringify(never)}`);
    }
  }
}

/** Renders any page of the site: its main content inside the base layout. */
export function renderPage(page: Page, site: SiteModel): string {
  return base(page, site, main(page, site), page.kind === 'article' ? page.jsonLd : undefined).value;
}
