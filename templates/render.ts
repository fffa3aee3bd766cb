import type { Page, SiteModel } from '../src/site/view-models.ts';
import { base } from './layouts/base.ts';
import { article } from './pages/article.ts';
import {
  archive,
  archiveMonth,
  home,
  notFound,
  officials,
  province,
  provinces,
  search,
} from './pages/index.ts';
import { targets } from './pages/targets.ts';

/** Renders any page of the site; a new page kind without a template is a type error here. */
export function renderPage(page: Page, site: SiteModel): string {
  switch (page.kind) {
    case 'article':
      return base(page, site, article(page, site), page.jsonLd).value;
    case 'home':
      return base(page, site, home(page, site)).value;
    case 'provinces':
      return base(page, site, provinces(page, site)).value;
    case 'province':
      return base(page, site, province(page, site)).value;
    case 'officials':
      return base(page, site, officials(page, site)).value;
    case 'targets':
      return base(page, site, targets(page, site)).value;
    case 'archive':
      return base(page, site, archive(page, site)).value;
    case 'archiveMonth':
      return base(page, site, archiveMonth(page, site)).value;
    case 'search':
      return base(page, site, search(page, site)).value;
    case 'notFound':
      return base(page, site, notFound(page, site)).value;
    default: {
      const never: never = page;
      throw new Error(`no template for page ${JSON.stringify(never)}`);
    }
  }
}
