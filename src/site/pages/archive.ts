import { monthOf, push } from '../../content/derived.ts';
import type { Article } from '../../content/store.ts';
import { formatMonth } from '../../render/index.ts';
import type { Language } from '../../schema/registries.ts';
import { strings } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { Card, PageBase, PageContext } from './base.ts';
import { listingOfArticles, type Pagination } from './paginate.ts';

export interface ArchivePage extends PageBase {
  kind: 'archive';
  years: { year: number; months: { label: string; url: string; count: number }[] }[];
}

export interface ArchiveMonthPage extends PageBase {
  kind: 'archiveMonth';
  articles: Card[];
  pagination: Pagination | null;
}

/** The archive by year and month, then a page per month with its articles. */
export function archivePages(
  ctx: PageContext,
  lang: Language,
  list: readonly Article[],
): (ArchivePage | ArchiveMonthPage)[] {
  const { both, monthsIn } = ctx;
  const t = strings[lang];
  const pages: (ArchivePage | ArchiveMonthPage)[] = [];
  const byMonth = new Map<string, Article[]>();
  for (const a of list) {
    const m = monthOf(a);
    if (m) push(byMonth, m, a);
  }
  const months = [...byMonth.keys()].sort().reverse();
  const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
  pages.push({
    kind: 'archive',
    ...both(lang, urls.archive),
    title: t.archive,
    description: t.archive,
    years: years.map((year) => ({
      year,
      months: months
        .filter((m) => m.startsWith(`${year}-`))
        .map((m) => ({
          label: formatMonth(year, Number(m.slice(5)), lang),
          url: urls.archiveMonth(lang, year, Number(m.slice(5))),
          count: byMonth.get(m)?.length ?? 0,
        })),
    })),
  });
  for (const m of months) {
    const year = Number(m.slice(0, 4));
    const month = Number(m.slice(5));
    // Only languages that have articles that month have the month's page.
    for (const { frame, title, articles, pagination } of listingOfArticles(
      ctx,
      lang,
      byMonth.get(m) ?? [],
      (l) => urls.archiveMonth(l, year, month),
      (l) => monthsIn(l).has(m),
      `${t.archive}: ${formatMonth(year, month, lang)}`,
    )) {
      pages.push({
        kind: 'archiveMonth',
        ...frame,
        breadcrumbs: ctx.trail(lang, { text: t.archive, url: urls.archive(lang) }),
        title,
        description: title,
        articles,
        pagination,
      });
    }
  }
  return pages;
}
