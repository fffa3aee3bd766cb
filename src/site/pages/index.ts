import type { SiteConfig } from '../../config/site-config.ts';
import type { Article, Store } from '../../content/store.ts';
import { LANGUAGES, type Language } from '../../schema/registries.ts';
import { strings } from '../i18n.ts';
import { urls } from '../urls.ts';
import { type ArchiveMonthPage, type ArchivePage, archivePages } from './archive.ts';
import { type ArticlePage, articlePages } from './article.ts';
import { type BuildPagesOptions, createPageMemo, type Link, pageContext, type SiteModel } from './base.ts';
import { type HomePage, homePage } from './home.ts';
import { type NotFoundPage, notFoundPage } from './not-found.ts';
import { type OfficialPage, type OfficialsPage, officialPages } from './officials.ts';
import { type ProvincePage, type ProvincesPage, provincePages } from './provinces.ts';
import { type SearchPage, searchPage } from './search.ts';
import { type TagPage, type TagsPage, tagPages } from './tags.ts';
import { type IndicatorPage, type TargetsPage, targetPages } from './targets.ts';

/**
 * The pages of the site, by kind: each kind's view model and the function that makes its pages are in
 * src/site/pages/<kind>.ts, its template in templates/pages/<kind>.ts; what they share is in base.ts.
 */

export type { ArchiveMonthPage, ArchivePage } from './archive.ts';
export type { ArticlePage, FactRow } from './article.ts';
export {
  type Alternate,
  type BuildPagesOptions,
  type Card,
  createPageMemo,
  type Link,
  officialSlug,
  type PageMemo,
  type SiteModel,
} from './base.ts';
export type { HomePage } from './home.ts';
export type { NotFoundPage } from './not-found.ts';
export type { OfficialPage, OfficialsPage } from './officials.ts';
export type { Pagination } from './paginate.ts';
export type { ProvincePage, ProvincesPage } from './provinces.ts';
export type { SearchPage } from './search.ts';
export type { TagPage, TagsPage } from './tags.ts';
export type { Bar, IndicatorPage, TargetsPage, TargetView } from './targets.ts';

export type Page =
  | ArticlePage
  | HomePage
  | ProvincesPage
  | ProvincePage
  | OfficialsPage
  | OfficialPage
  | TargetsPage
  | TagsPage
  | TagPage
  | IndicatorPage
  | ArchivePage
  | ArchiveMonthPage
  | SearchPage
  | NotFoundPage;

/**
 * Builds every page of the site from the Store, per language: the home page, the articles, the
 * provinces, the officials, the targets, the archive, search and the 404 page. Linear in the number of
 * articles: each article's card is shaped once per language and reused by every listing.
 */
export function buildPages(
  store: Store,
  config: SiteConfig,
  options: BuildPagesOptions = {},
): { pages: Page[]; site: SiteModel } {
  return { pages: [...pagesByKind(store, config, options)].flat(), site: siteModel(config) };
}

/**
 * The pages of {@link buildPages}, in the same order, one kind of one language at a time: the preview
 * writes a kind's pages before it makes the next kind's, and can stop in between.
 */
export function* pagesByKind(
  store: Store,
  config: SiteConfig,
  options: BuildPagesOptions = {},
): Generator<Page[]> {
  const { articles, ctx } = contextOf(store, config, options);
  for (const lang of LANGUAGES) {
    const list = articles.filter((a) => a.text[lang]);
    yield [homePage(ctx, lang, list)];
    yield articlePages(ctx, lang, list);
    yield provincePages(ctx, lang, list);
    yield officialPages(ctx, lang, list);
    yield targetPages(ctx, lang, list);
    yield tagPages(ctx, lang, list);
    yield archivePages(ctx, lang, list);
    yield [searchPage(ctx, lang, list), notFoundPage(ctx, lang)];
  }
}

/**
 * The pages of some articles alone, in every language each has (drafts only when included): what an
 * editor who just saved them looks at, written before the rest of the site (src/preview.ts).
 */
export function pagesOfArticles(
  store: Store,
  config: SiteConfig,
  options: BuildPagesOptions,
  some: readonly Article[],
): ArticlePage[] {
  const { articles, ctx } = contextOf(store, config, options);
  const shown = new Set(some);
  return LANGUAGES.flatMap((lang) => {
    const list = articles.filter((a) => a.text[lang]);
    return articlePages(
      ctx,
      lang,
      list,
      list.filter((a) => shown.has(a)),
    );
  });
}

/** The articles a build shows and the context its pages are made in; a memo of other registries is emptied. */
function contextOf(store: Store, config: SiteConfig, options: BuildPagesOptions) {
  const { includeDrafts = false, memo } = options;
  if (memo && memo.registries !== store.registries) {
    Object.assign(memo, createPageMemo(), { registries: store.registries });
  }
  const articles = store.articles.filter((a) => includeDrafts || !a.facts.draft);
  return { articles, ctx: pageContext(store, config, articles, options) };
}

/** What every page's layout shows: the site's names, its navigation and the interface strings. */
export function siteModel(config: SiteConfig): SiteModel {
  const nav = Object.fromEntries(
    LANGUAGES.map((lang) => {
      const t = strings[lang];
      return [
        lang,
        [
          { text: t.home, url: urls.home(lang) },
          { text: t.provinces, url: urls.provinces(lang) },
          { text: t.officials, url: urls.officials(lang) },
          { text: t.targets, url: urls.targets(lang) },
          { text: t.tags, url: urls.tags(lang) },
          { text: t.archive, url: urls.archive(lang) },
          { text: t.search, url: urls.search(lang) },
        ],
      ];
    }),
  ) as Record<Language, Link[]>;
  return {
    baseUrl: config.baseUrl,
    languages: Object.fromEntries(
      LANGUAGES.map((l) => [
        l,
        {
          title: config.languages[l].title,
          description: config.languages[l].description,
          home: urls.home(l),
          feed: urls.feed(l),
        },
      ]),
    ) as SiteModel['languages'],
    nav,
    strings,
  };
}
