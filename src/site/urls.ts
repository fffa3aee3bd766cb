import type { Language } from '../schema/registries.ts';

/**
 * Every public path of the site, in one place: pages, API and templates all ask here.
 * Vietnamese lives at `/`, English at `/en/`, with localized path segments.
 */
const SEGMENTS = {
  vi: {
    articles: 'bai-viet',
    provinces: 'tinh',
    officials: 'can-bo',
    targets: 'chi-tieu',
    archive: 'luu-tru',
    search: 'tim-kiem',
    tags: 'chu-de',
    page: 'trang',
  },
  en: {
    articles: 'articles',
    provinces: 'provinces',
    officials: 'officials',
    targets: 'targets',
    archive: 'archive',
    search: 'search',
    tags: 'tags',
    page: 'page',
  },
} as const satisfies Record<Language, Record<string, string>>;

const prefix = (lang: Language) => (lang === 'vi' ? '/' : '/en/');

export const urls = {
  /** `/` or `/en/` */
  home: (lang: Language) => prefix(lang),
  /** `/bai-viet/dai-hoi-dang-bo/` or `/en/articles/party-congress/` */
  article: (lang: Language, slug: string) => `${prefix(lang)}${SEGMENTS[lang].articles}/${slug}/`,
  provinces: (lang: Language) => `${prefix(lang)}${SEGMENTS[lang].provinces}/`,
  /** `/tinh/bac-ninh/` or `/en/provinces/bac-ninh/` */
  province: (lang: Language, slug: string) => `${prefix(lang)}${SEGMENTS[lang].provinces}/${slug}/`,
  officials: (lang: Language) => `${prefix(lang)}${SEGMENTS[lang].officials}/`,
  /** `/can-bo/nguyen-viet-hung/` or `/en/officials/nguyen-viet-hung/` */
  official: (lang: Language, slug: string) => `${prefix(lang)}${SEGMENTS[lang].officials}/${slug}/`,
  targets: (lang: Language) => `${prefix(lang)}${SEGMENTS[lang].targets}/`,
  /** `/chi-tieu/online-public-services-level-4/` or `/en/targets/online-public-services-level-4/` */
  indicator: (lang: Language, key: string) => `${prefix(lang)}${SEGMENTS[lang].targets}/${key}/`,
  archive: (lang: Language) => `${prefix(lang)}${SEGMENTS[lang].archive}/`,
  /** `/luu-tru/2020/05/` or `/en/archive/2020/05/` */
  archiveMonth: (lang: Language, year: number, month: number) =>
    `${prefix(lang)}${SEGMENTS[lang].archive}/${year}/${String(month).padStart(2, '0')}/`,
  search: (lang: Language) => `${prefix(lang)}${SEGMENTS[lang].search}/`,
  tags: (lang: Language) => `${prefix(lang)}${SEGMENTS[lang].tags}/`,
  /** `/chu-de/party-congress/` or `/en/tags/party-congress/` */
  tag: (lang: Language, key: string) => `${prefix(lang)}${SEGMENTS[lang].tags}/${key}/`,
  /** Page `n` of the listing at `url`: the listing itself for 1, else `<url>trang/<n>/` (`page/<n>/`). */
  listingPage: (lang: Language, url: string, n: number) =>
    n === 1 ? url : `${url}${SEGMENTS[lang].page}/${n}/`,
  feed: (lang: Language) => `${prefix(lang)}feed.xml`,
  notFound: (lang: Language) => `${prefix(lang)}404.html`,
  /** JSON API, language-independent. */
  api: {
    index: () => '/api/v1/index.json',
    articles: () => '/api/v1/articles.json',
    article: (id: string) => `/api/v1/articles/${id}.json`,
    provinces: () => '/api/v1/provinces.json',
    officials: () => '/api/v1/officials.json',
    indicators: () => '/api/v1/indicators.json',
    schema: (file: string) => `/api/v1/schema/${file}`,
  },
} as const;
