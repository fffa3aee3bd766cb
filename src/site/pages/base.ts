import type { SiteConfig } from '../../config/site-config.ts';
import { monthOf } from '../../content/derived.ts';
import type { Article, Registries, Store } from '../../content/store.ts';
import type { SiteImages } from '../../images/index.ts';
import {
  type BodyRenderer,
  formatArticleDate,
  formatNumber,
  renderBody as renderArticleBody,
} from '../../render/index.ts';
import { LANGUAGES, type Language } from '../../schema/registries.ts';
import { type Strings, strings } from '../i18n.ts';
import { type ShareView, shareView } from '../images.ts';
import { urls } from '../urls.ts';
import type { ArticlePage } from './article.ts';
import type { ElectionRow } from './officials.ts';
import type { TargetRow } from './targets.ts';

/**
 * What every kind of page shares: the page base (URL, alternates, language switch), links and cards,
 * and the context the kinds are made in (src/site/pages/index.ts makes it once per build).
 * View models are everything a template shows, already shaped and formatted, per language; templates
 * only place these values, and no facts are computed in templates.
 */

export interface Link {
  text: string;
  url: string;
}

export interface Alternate {
  lang: Language;
  url: string;
}

export interface PageBase {
  lang: Language;
  /** Site-relative URL of the page, ending in `/` or `.html`. */
  url: string;
  title: string;
  description: string;
  /** The same page in every language that has it (this one included), for hreflang. */
  alternates: Alternate[];
  /**
   * The x-default alternate (layout and sitemap alike): the Vietnamese page, when the page exists in
   * more than one language; null otherwise.
   */
  xDefault: string | null;
  /** Where the language switch goes; `translated: false` lands on the other language's home. */
  switchTo: { lang: Language; url: string; translated: boolean };
  /** Show in search engines and the sitemap. */
  index: boolean;
  /** Indexed by the site search (published articles, through src/search/records.ts). */
  searchable: boolean;
  /** The image the page is shared with (Open Graph); none when the build made no images. */
  share: ShareView | null;
  /** The pages above this one, from the home page (empty on the home page itself). */
  breadcrumbs: Link[];
}

export interface Card {
  title: string;
  summary: string;
  url: string;
  date: string;
  dateIso: string | null;
  province: Link;
  views: string | null;
  draft: boolean;
}

/** Site-wide values every page's layout needs. */
export interface SiteModel {
  baseUrl: string;
  languages: Record<Language, { title: string; description: string; home: string; feed: string }>;
  nav: Record<Language, Link[]>;
  strings: Record<Language, Strings>;
}

export const other = (lang: Language): Language => (lang === 'vi' ? 'en' : 'vi');

/** The date of an article as shown in listings: publication date, else event date. */
export function articleDate(a: Article, lang: Language): { text: string; iso: string | null } {
  return formatArticleDate(a.facts, lang) ?? { text: strings[lang].noDate, iso: null };
}

/**
 * What the pages are made of, kept between builds by a long-lived process (the preview): each thing
 * shaped from one article in one language (its page, its card, its rows in the officials' and targets'
 * pages) depends only on that Article, the registries and the config, so the same (frozen) Article
 * object with the same registries gives back the very same object, which need not be shaped, compared
 * or rendered again.
 */
export interface PageMemo {
  registries?: Registries;
  shaped: { [K in keyof Shaped]: WeakMap<Article, Partial<Record<Language, Shaped[K]>>> };
  /** Officials' URL segments by name. */
  slugs: Map<string, string>;
  /** Each article page (as shaped) with its related articles, as last given: kept while they stay the same. */
  related: WeakMap<ArticlePage, ArticlePage>;
}

/** What is shaped from one article in one language, by kind. */
export interface Shaped {
  page: ArticlePage;
  card: Card;
  elections: ElectionRow[];
  targets: TargetRow[];
}

export function createPageMemo(): PageMemo {
  return {
    shaped: { page: new WeakMap(), card: new WeakMap(), elections: new WeakMap(), targets: new WeakMap() },
    slugs: new Map(),
    related: new WeakMap(),
  };
}

export interface BuildPagesOptions {
  /** Preview shows drafts with a banner; a production build never does. */
  includeDrafts?: boolean;
  /** Markdown to safe HTML; the build passes one memoized renderer to the site and the API. */
  renderBody?: BodyRenderer;
  memo?: PageMemo;
  /** The images made for this build (src/output/images.ts); without them pages show captions only. */
  images?: SiteImages;
}

/**
 * Builds every page of the site from the Store. Linear in the number of articles: each article's card
 * is shaped once per language and reused by every listing.

/** The base of a page: its URL, alternates, language switch and whether it is indexed. */
export type Frame = Omit<PageBase, 'title' | 'description'>;

/** What the kinds of pages are made with: the Store's registries, the config, and shared helpers. */
export interface PageContext {
  config: SiteConfig;
  reg: Registries;
  renderBody: BodyRenderer;
  images: SiteImages | undefined;
  provinceName(slug: string, lang: Language): string;
  roleName(key: string, lang: Language): string;
  /** The home page's link, then `links`: the breadcrumbs of a page below them. */
  trail(lang: Language, ...links: Link[]): Link[];
  /** A page that exists in both languages. */
  both(lang: Language, url: (l: Language) => string): Frame;
  /** A page that exists in the languages `has` accepts (`lang` among them). */
  inSome(lang: Language, url: (l: Language) => string, has: (l: Language) => boolean): Frame;
  /** An official's URL segment, worked out once per name (the same names come back in many articles). */
  slugOf(name: string): string;
  /** An article's card in listings, shaped once per language and reused by every listing. */
  card(a: Article, lang: Language): Card;
  /** An article page with its related articles (the same object as last time if they are the same). */
  withRelated(page: ArticlePage, related: Card[]): ArticlePage;
  /** What `make` shapes from one article in one language, made once (and kept in the memo). */
  shaped<K extends keyof Shaped>(kind: K, a: Article, lang: Language, make: () => Shaped[K]): Shaped[K];
  /** Archive months (`YYYY-MM`) that have articles in a language. */
  monthsIn(lang: Language): ReadonlySet<string>;
  /** Officials (the URL segments of their pages) elected in the language's articles. */
  officialsIn(lang: Language): ReadonlySet<string>;
  /** Indicators with targets in the language's articles. */
  indicatorsIn(lang: Language): ReadonlySet<string>;
  /** Tags of the language's articles. */
  tagsIn(lang: Language): ReadonlySet<string>;
}

/** The context of a build's pages, made from the articles it publishes (drafts too in the preview). */
export function pageContext(
  store: Store,
  config: SiteConfig,
  articles: readonly Article[],
  options: BuildPagesOptions,
): PageContext {
  const { renderBody = renderArticleBody, memo, images } = options;
  const defaultCard = (lang: Language) => {
    const card = images?.defaultCard[lang];
    return card ? shareView(card, config.baseUrl, config.languages[lang].title) : null;
  };
  const reg = store.registries;
  const provinceName = (slug: string, lang: Language) => reg.provinces.get(slug)?.name[lang] ?? slug;
  const roleName = (key: string, lang: Language) => reg.roles.get(key)?.label[lang] ?? key;
  const trail = (lang: Language, ...links: Link[]): Link[] => [
    { text: strings[lang].home, url: urls.home(lang) },
    ...links,
  ];
  /** A page that exists in both languages. */
  const both = (lang: Language, url: (l: Language) => string) => ({
    lang,
    url: url(lang),
    alternates: LANGUAGES.map((l) => ({ lang: l, url: url(l) })),
    xDefault: url('vi'),
    switchTo: { lang: other(lang), url: url(other(lang)), translated: true },
    index: true,
    searchable: false,
    share: defaultCard(lang),
    breadcrumbs: trail(lang),
  });
  /** A page that exists in the languages `has` accepts (`lang` among them). */
  const inSome = (lang: Language, url: (l: Language) => string, has: (l: Language) => boolean) => ({
    ...both(lang, url),
    alternates: LANGUAGES.filter(has).map((l) => ({ lang: l, url: url(l) })),
    xDefault: LANGUAGES.every(has) ? url('vi') : null,
    switchTo: has(other(lang))
      ? { lang: other(lang), url: url(other(lang)), translated: true }
      : { lang: other(lang), url: urls.home(other(lang)), translated: false },
  });

  const slugs = memo?.slugs ?? new Map<string, string>();
  const slugOf = (name: string): string => {
    let slug = slugs.get(name);
    if (slug === undefined) {
      slug = officialSlug(name);
      slugs.set(name, slug);
    }
    return slug;
  };

  const kept = memo?.shaped ?? createPageMemo().shaped;
  const shaped = <K extends keyof Shaped>(
    kind: K,
    a: Article,
    lang: Language,
    make: () => Shaped[K],
  ): Shaped[K] => {
    const byArticle = kept[kind] as WeakMap<Article, Partial<Record<Language, Shaped[K]>>>;
    const known = byArticle.get(a);
    const found = known?.[lang];
    if (found) return found;
    const made = make();
    byArticle.set(a, { ...known, [lang]: made });
    return made;
  };
  const lastRelated = memo?.related ?? new WeakMap<ArticlePage, ArticlePage>();
  const withRelated = (page: ArticlePage, related: Card[]): ArticlePage => {
    const known = lastRelated.get(page);
    if (known && known.related.length === related.length && known.related.every((c, i) => c === related[i]))
      return known;
    const made = { ...page, related };
    lastRelated.set(page, made);
    return made;
  };
  const card = (a: Article, lang: Language): Card => shaped('card', a, lang, () => makeCard(a, lang));
  const makeCard = (a: Article, lang: Language): Card => {
    const text = a.text[lang] ?? a.text.vi;
    const date = articleDate(a, lang);
    return {
      title: text.title,
      summary: text.summary,
      url: urls.article(a.text[lang] ? lang : 'vi', text.slug),
      date: date.text,
      dateIso: date.iso,
      province: { text: provinceName(a.facts.province, lang), url: urls.province(lang, a.facts.province) },
      views: a.facts.views === undefined ? null : formatNumber(a.facts.views, lang),
      draft: a.facts.draft,
    };
  };
  const inLanguage = (lang: Language) => articles.filter((a) => a.text[lang]);
  /**
   * The keys a language's articles give (which pages that exist only in some languages it has), worked
   * out when first asked: the preview's first answer, an edited article's pages, never asks.
   */
  const keysIn = (keysOf: (a: Article) => readonly (string | null)[]) => {
    const made = new Map<Language, ReadonlySet<string>>();
    return (lang: Language): ReadonlySet<string> => {
      let keys = made.get(lang);
      if (!keys) {
        keys = new Set(inLanguage(lang).flatMap((a) => keysOf(a).filter((k) => k !== null)));
        made.set(lang, keys);
      }
      return keys;
    };
  };
  return {
    config,
    reg,
    renderBody,
    images,
    provinceName,
    roleName,
    trail,
    both,
    inSome,
    slugOf,
    card,
    withRelated,
    shaped,
    monthsIn: keysIn((a) => [monthOf(a)]),
    officialsIn: keysIn((a) => (a.facts.officialsElected ?? []).map((o) => slugOf(o.name))),
    indicatorsIn: keysIn((a) => (a.facts.targets ?? []).map((target) => target.indicator)),
    tagsIn: keysIn((a) => a.facts.tags),
  };
}

/**
 * URL segment of an official's page: the name in ASCII, stable. A name with no letter or digit in it
 * (the sources never print one, but it validates) takes its code points instead.
 */
export function officialSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || `u${[...name].map((c) => c.codePointAt(0)?.toString(16)).join('-')}`;
}
