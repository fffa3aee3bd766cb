import type { Article } from '../../content/store.ts';
import type { Language } from '../../schema/registries.ts';
import { strings } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { Card, Frame, PageContext } from './base.ts';

/** Where a page of a listing stands among the others, with links (the page's own included). */
export interface Pagination {
  /** From 1. */
  current: number;
  total: number;
  /** Links to the first and last page and to those near the current one; null where some are left out. */
  pages: ({ number: number; url: string } | null)[];
  prev: string | null;
  next: string | null;
}

/** One page of a listing: its items, its number and address, and the links to the others. */
export interface ListingPageOf<T> {
  items: T[];
  number: number;
  url: string;
  /** Null when the listing fits on one page. */
  pagination: Pagination | null;
}

/** Pages linked on each side of the current one. */
const NEAR = 2;

/**
 * A listing cut into pages of `size` items: the first at the listing's own address, the others at
 * `<address>trang/<n>/` (`page/<n>/` in English). An empty listing has one, empty, page.
 * @example paginate(['a', 'b', 'c'], 2, 'vi', '/tinh/bac-ninh/').map((p) => [p.url, p.items])
 * // => [['/tinh/bac-ninh/', ['a', 'b']], ['/tinh/bac-ninh/trang/2/', ['c']]]
 */
export function paginate<T>(
  items: readonly T[],
  size: number,
  lang: Language,
  url: string,
): ListingPageOf<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const at = (n: number) => urls.listingPage(lang, url, n);
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    const shown = [
      ...new Set([1, total, ...Array.from({ length: 2 * NEAR + 1 }, (_, k) => number - NEAR + k)]),
    ]
      .filter((n) => n >= 1 && n <= total)
      .sort((a, b) => a - b);
    const pages: Pagination['pages'] = [];
    for (const n of shown) {
      const last = pages.at(-1);
      if (last && n > last.number + 1) pages.push(null);
      pages.push({ number: n, url: at(n) });
    }
    return {
      items: items.slice(i * size, (i + 1) * size),
      number,
      url: at(number),
      pagination:
        total === 1
          ? null
          : {
              current: number,
              total,
              pages,
              prev: number > 1 ? at(number - 1) : null,
              next: number < total ? at(number + 1) : null,
            },
    };
  });
}

/** One page of a listing of articles: its frame, its title (the page's number after the first), cards and links. */
export interface ListingOfArticles {
  frame: Frame;
  title: string;
  articles: Card[];
  pagination: Pagination | null;
}

/**
 * A listing of articles (a province, a tag, an archive month) cut into pages of `pageSize` cards. The
 * first page exists in the languages `has` accepts; the others in this language only (another language
 * may have fewer pages).
 */
export function listingOfArticles(
  ctx: PageContext,
  lang: Language,
  articles: readonly Article[],
  url: (l: Language) => string,
  has: (l: Language) => boolean,
  name: string,
): ListingOfArticles[] {
  const t = strings[lang];
  return paginate(articles, ctx.config.pageSize, lang, url(lang)).map((page) => ({
    frame: ctx.inSome(
      lang,
      (l) => urls.listingPage(l, url(l), page.number),
      (l) => (page.number === 1 ? has(l) : l === lang),
    ),
    title: page.number === 1 ? name : `${name} · ${t.page} ${page.number}`,
    articles: page.items.map((a) => ctx.card(a, lang)),
    pagination: page.pagination,
  }));
}
