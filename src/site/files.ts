import type { SiteConfig } from '../config/site-config.ts';
import { filingTime } from '../content/derived.ts';
import type { Store } from '../content/store.ts';
import { type BodyRenderer, renderBody as renderArticleBody } from '../render/index.ts';
import { LANGUAGES, type Language } from '../schema/registries.ts';
import type { Page } from './pages/index.ts';
import { urls } from './urls.ts';

/** Models of the site's files other than pages: feeds and the sitemap. */
export interface FeedModel {
  lang: Language;
  title: string;
  description: string;
  selfUrl: string;
  homeUrl: string;
  updatedMs: number;
  entries: {
    title: string;
    url: string;
    summary: string;
    html: string;
    authors: string[];
    updatedMs: number;
  }[];
}

export interface SitemapEntry {
  url: string;
  alternates: { lang: Language; url: string }[];
  xDefault: string | null;
}

/** Atom feeds per language: newest published articles first, up to `feedSize`. */
export function feedModels(
  store: Store,
  config: SiteConfig,
  renderBody: BodyRenderer = renderArticleBody,
): FeedModel[] {
  return LANGUAGES.map((lang) => {
    const entries = store.articles
      .filter((a) => !a.facts.draft && a.text[lang])
      .slice(0, config.feedSize)
      .map((a) => {
        const text = a.text[lang] ?? a.text.vi;
        const updatedMs = filingTime(a);
        return {
          title: text.title,
          url: `${config.baseUrl}${urls.article(lang, text.slug)}`,
          summary: text.summary,
          html: renderBody(text),
          authors: a.authors,
          updatedMs,
        };
      });
    return {
      lang,
      title: config.languages[lang].title,
      description: config.languages[lang].description,
      selfUrl: `${config.baseUrl}${urls.feed(lang)}`,
      homeUrl: `${config.baseUrl}${urls.home(lang)}`,
      updatedMs: Math.max(0, ...entries.map((e) => e.updatedMs)),
      entries,
    };
  });
}

/** Every indexable page once, with its alternates. */
export function sitemapEntries(pages: readonly Page[], config: SiteConfig): SitemapEntry[] {
  return pages
    .filter((p) => p.index)
    .map((p) => {
      return {
        url: `${config.baseUrl}${p.url}`,
        alternates:
          p.alternates.length > 1
            ? p.alternates.map((a) => ({ lang: a.lang, url: `${config.baseUrl}${a.url}` }))
            : [],
        xDefault: p.xDefault ? `${config.baseUrl}${p.xDefault}` : null,
      };
    });
}

/** The site's files other than pages (feeds, sitemap, robots.txt), each with its path. */
export type SiteFile =
  | { kind: 'feed'; url: string; feed: FeedModel }
  | { kind: 'sitemap'; url: string; entries: SitemapEntry[] }
  | { kind: 'robots'; url: string; sitemapUrl: string };

export function siteFiles(
  store: Store,
  pages: readonly Page[],
  config: SiteConfig,
  renderBody: BodyRenderer = renderArticleBody,
): SiteFile[] {
  return [
    ...feedModels(store, config, renderBody).map((feed) => ({
      kind: 'feed' as const,
      url: urls.feed(feed.lang),
      feed,
    })),
    { kind: 'sitemap', url: '/sitemap.xml', entries: sitemapEntries(pages, config) },
    { kind: 'robots', url: '/robots.txt', sitemapUrl: `${config.baseUrl}/sitemap.xml` },
  ];
}
