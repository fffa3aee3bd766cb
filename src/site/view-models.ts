import type { SiteConfig } from '../config/site-config.ts';
import { filedUnder, monthOf } from '../content/filing.ts';
import type { Article, Registries, Store } from '../content/store.ts';
import type { BodyRenderer } from '../render/index.ts';
import {
  formatDateRange,
  formatMonth,
  formatNumber,
  formatPublished,
  formatValue,
  renderBody as renderArticleBody,
} from '../render/index.ts';
import { LANGUAGES, type Language } from '../schema/registries.ts';
import { searchParts } from '../search/parts.ts';
import { type Strings, strings } from './i18n.ts';
import { urls } from './urls.ts';

/**
 * View models: everything a template shows, already shaped and formatted, per language.
 * Templates only place these values; no facts are computed in templates.
 */

export interface Link {
  text: string;
  url: string;
}

export interface Alternate {
  lang: Language;
  url: string;
}

interface PageBase {
  lang: Language;
  /** Site-relative URL of the page, ending in `/` or `.html`. */
  url: string;
  title: string;
  description: string;
  /** The same page in every language that has it (this one included), for hreflang. */
  alternates: Alternate[];
  /** Where the language switch goes; `translated: false` lands on the other language's home. */
  switchTo: { lang: Language; url: string; translated: boolean };
  /** Show in search engines and the sitemap. */
  index: boolean;
  /** Indexed by the site search (published articles, through src/search/records.ts). */
  searchable: boolean;
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

export interface FactRow {
  label: string;
  value: string;
  url?: string;
  iso?: string;
}

export interface ArticlePage extends PageBase {
  kind: 'article';
  id: string;
  summary: string;
  bodyHtml: string;
  draft: boolean;
  facts: FactRow[];
  congress: FactRow[];
  officials: { name: string; role: string; jobTitle: string | null; reelected: boolean; url: string }[];
  targets: {
    indicator: string;
    value: string;
    deadline: string | null;
    scope: string | null;
    sentence: string;
  }[];
  awards: { name: string; recipient: string; conferredBy: string | null; period: string | null }[];
  captions: string[];
  /** NewsArticle structured data, as an object; the template serializes it safely. */
  jsonLd: Record<string, unknown>;
  /** Search filters and sort keys, from the Store. */
  search: { province: string; year: string | null; date: string | null };
}

export interface HomePage extends PageBase {
  kind: 'home';
  latest: Card[];
  mostViewed: Card[];
}

export interface ProvincesPage extends PageBase {
  kind: 'provinces';
  regions: {
    name: string;
    provinces: { name: string; url: string; count: number; successor: string | null }[];
  }[];
}

export interface ProvincePage extends PageBase {
  kind: 'province';
  name: string;
  region: string;
  successor: string | null;
  articles: Card[];
}

export interface OfficialsPage extends PageBase {
  kind: 'officials';
  /** One entry per official's page, by name in the language's collation. */
  people: {
    name: string;
    url: string;
    /** Province of the newest election recorded. */
    province: string;
    /** Elections recorded under the name. */
    count: number;
  }[];
}

/**
 * One official's page: every election recorded under the name, newest article first. Officials are
 * known by name only (the sources give nothing else), so names that make the same URL share a page.
 */
export interface OfficialPage extends PageBase {
  kind: 'official';
  /** The names gathered here: one, or several that give the same URL (newest first). */
  names: string[];
  officials: Link;
  rows: {
    name: string;
    role: string;
    jobTitle: string | null;
    province: Link;
    term: string | null;
    reelected: boolean;
    article: Link;
  }[];
}

export interface Bar {
  label: string;
  value: number;
  text: string;
}

/** A target as listed: where and when it was set, its value, and the article that reports it. */
export interface TargetView {
  province: Link;
  year: string;
  value: string;
  deadline: string | null;
  scope: string | null;
  article: Link;
}

/** The targets dashboard: per indicator, each province's latest targets, best first. */
export interface TargetsPage extends PageBase {
  kind: 'targets';
  indicators: {
    key: string;
    label: string;
    unit: string;
    /** Each province's latest targets (those of its newest article that sets one), best first. */
    latest: TargetView[];
    bars: Bar[];
    max: number;
    /** The indicator's page, with every target set. */
    all: { url: string; count: number };
  }[];
}

/** One indicator's page: every target set for it, newest article first. */
export interface IndicatorPage extends PageBase {
  kind: 'indicator';
  label: string;
  unit: string;
  targets: Link;
  rows: TargetView[];
}

export interface ArchivePage extends PageBase {
  kind: 'archive';
  years: { year: number; months: { label: string; url: string; count: number }[] }[];
}

export interface ArchiveMonthPage extends PageBase {
  kind: 'archiveMonth';
  articles: Card[];
}

export interface SearchPage extends PageBase {
  kind: 'search';
  provinces: { value: string; label: string }[];
  years: string[];
  /** Where the parts of the language's search index after the first are served (src/search/parts.ts). */
  searchParts: string[];
}

export interface NotFoundPage extends PageBase {
  kind: 'notFound';
}

export type Page =
  | ArticlePage
  | HomePage
  | ProvincesPage
  | ProvincePage
  | OfficialsPage
  | OfficialPage
  | TargetsPage
  | IndicatorPage
  | ArchivePage
  | ArchiveMonthPage
  | SearchPage
  | NotFoundPage;

/** Site-wide values every page's layout needs. */
export interface SiteModel {
  baseUrl: string;
  languages: Record<Language, { title: string; description: string; home: string; feed: string }>;
  nav: Record<Language, Link[]>;
  strings: Record<Language, Strings>;
}

const other = (lang: Language): Language => (lang === 'vi' ? 'en' : 'vi');

/** The date of an article as shown in listings: publication date, else event date. */
function articleDate(a: Article, lang: Language): { text: string; iso: string | null } {
  if (a.facts.publishedAt)
    return { text: formatPublished(a.facts.publishedAt, lang), iso: a.facts.publishedAt.iso };
  if (a.facts.eventDate)
    return { text: formatDateRange(a.facts.eventDate, lang), iso: a.facts.eventDate.start };
  return { text: strings[lang].noDate, iso: null };
}

/**
 * Article pages kept between builds by a long-lived process (the preview server): an article page is
 * made from its Article, the registries and the config only, so the same (frozen) Article object with
 * the same registries gives back the same page object, which need not be rendered again.
 */
export interface PageMemo {
  registries?: Registries;
  articles: WeakMap<Article, Partial<Record<Language, ArticlePage>>>;
  /** An article's card in listings depends on the same things as its page. */
  cards: WeakMap<Article, Partial<Record<Language, Card>>>;
}

export function createPageMemo(): PageMemo {
  return { articles: new WeakMap(), cards: new WeakMap() };
}

export interface BuildPagesOptions {
  /** Preview shows drafts with a banner; a production build never does. */
  includeDrafts?: boolean;
  /** Markdown to safe HTML; the build passes one memoized renderer to the site and the API. */
  renderBody?: BodyRenderer;
  memo?: PageMemo;
}

/**
 * Builds every page of the site from the Store. Linear in the number of articles: each article's card
 * is shaped once per language and reused by every listing.
 */
export function buildPages(
  store: Store,
  config: SiteConfig,
  options: BuildPagesOptions = {},
): { pages: Page[]; site: SiteModel } {
  const { includeDrafts = false, renderBody = renderArticleBody, memo } = options;
  if (memo && memo.registries !== store.registries) {
    memo.registries = store.registries;
    memo.articles = new WeakMap();
    memo.cards = new WeakMap();
  }
  const articles = store.articles.filter((a) => includeDrafts || !a.facts.draft);
  const reg = store.registries;
  const provinceName = (slug: string, lang: Language) => reg.provinces.get(slug)?.name[lang] ?? slug;
  const roleName = (key: string, lang: Language) => reg.roles.get(key)?.label[lang] ?? key;
  const pages: Page[] = [];

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
          { text: t.archive, url: urls.archive(lang) },
          { text: t.search, url: urls.search(lang) },
        ],
      ];
    }),
  ) as Record<Language, Link[]>;

  /** A page that exists in both languages. */
  const both = (lang: Language, url: (l: Language) => string) => ({
    lang,
    url: url(lang),
    alternates: LANGUAGES.map((l) => ({ lang: l, url: url(l) })),
    switchTo: { lang: other(lang), url: url(other(lang)), translated: true },
    index: true,
    searchable: false,
  });
  /** A page that exists in the languages `has` accepts (`lang` among them). */
  const inSome = (lang: Language, url: (l: Language) => string, has: (l: Language) => boolean) => ({
    ...both(lang, url),
    alternates: LANGUAGES.filter(has).map((l) => ({ lang: l, url: url(l) })),
    switchTo: has(other(lang))
      ? { lang: other(lang), url: url(other(lang)), translated: true }
      : { lang: other(lang), url: urls.home(other(lang)), translated: false },
  });

  /** Officials' URL segments, worked out once per name (the same names come back in many articles). */
  const slugs = new Map<string, string>();
  const slugOf = (name: string): string => {
    let slug = slugs.get(name);
    if (slug === undefined) {
      slug = officialSlug(name);
      slugs.set(name, slug);
    }
    return slug;
  };

  const cards = memo?.cards ?? new WeakMap<Article, Partial<Record<Language, Card>>>();
  const card = (a: Article, lang: Language): Card => {
    const known = cards.get(a);
    const card = known?.[lang];
    if (card) return card;
    const made = makeCard(a, lang);
    cards.set(a, { ...known, [lang]: made });
    return made;
  };
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
  /** Per language, the keys its articles give: which pages that exist only in some languages it has. */
  const keysIn = (keysOf: (a: Article) => readonly (string | null)[]) =>
    Object.fromEntries(
      LANGUAGES.map((l) => [
        l,
        new Set(
          inLanguage(l)
            .flatMap(keysOf)
            .filter((k) => k !== null),
        ),
      ]),
    ) as Record<Language, Set<string>>;
  /** Archive months (`YYYY-MM`) that have articles. */
  const monthsWith = keysIn((a) => [monthOf(a)]);
  /** Officials (the URL segments of their pages) elected in the language's articles. */
  const officialsIn = keysIn((a) => (a.facts.officialsElected ?? []).map((o) => slugOf(o.name)));
  /** Indicators with targets in the language's articles. */
  const indicatorsIn = keysIn((a) => (a.facts.targets ?? []).map((target) => target.indicator));

  for (const lang of LANGUAGES) {
    const t = strings[lang];
    const list = inLanguage(lang);
    pages.push({
      kind: 'home',
      ...both(lang, urls.home),
      title: config.languages[lang].title,
      description: config.languages[lang].description,
      latest: list.slice(0, config.pageSize).map((a) => card(a, lang)),
      mostViewed: list
        .filter((a) => a.facts.views !== undefined)
        .sort((a, b) => (b.facts.views ?? 0) - (a.facts.views ?? 0))
        .slice(0, 5)
        .map((a) => card(a, lang)),
    });

    // Articles
    for (const a of list) {
      const known = memo?.articles.get(a);
      let page = known?.[lang];
      if (!page) {
        page = articlePage(a, lang);
        if (memo) memo.articles.set(a, { ...known, [lang]: page });
      }
      pages.push(page);
    }

    // Provinces
    const byProvince = new Map<string, Article[]>();
    for (const a of list) push(byProvince, a.facts.province, a);
    const countIn = (slug: string) => byProvince.get(slug)?.length ?? 0;
    const successorName = (slug: string) => {
      const p = reg.provinces.get(slug);
      const s = p && reg.successors.get(p.successor);
      return s && s.slug !== slug ? s.name[lang] : s && s.name[lang] !== p.name[lang] ? s.name[lang] : null;
    };
    pages.push({
      kind: 'provinces',
      ...both(lang, urls.provinces),
      title: t.provinces,
      description: t.provinces,
      regions: [...reg.regions.values()].map((r) => ({
        name: r.name[lang],
        provinces: [...reg.provinces.values()]
          .filter((p) => p.region === r.slug)
          .map((p) => ({
            name: p.name[lang],
            url: urls.province(lang, p.slug),
            count: countIn(p.slug),
            successor: successorName(p.slug),
          })),
      })),
    });
    for (const p of reg.provinces.values()) {
      pages.push({
        kind: 'province',
        ...both(lang, (l) => urls.province(l, p.slug)),
        title: p.name[lang],
        description: `${t.provinces}: ${p.name[lang]}`,
        name: p.name[lang],
        region: reg.regions.get(p.region)?.name[lang] ?? p.region,
        successor: successorName(p.slug),
        articles: (byProvince.get(p.slug) ?? []).map((a) => card(a, lang)),
        index: countIn(p.slug) > 0,
      });
    }

    // Officials: a page per name (per URL), in one pass over the articles, newest first.
    const people = new Map<string, Pick<OfficialPage, 'names' | 'rows'>>();
    for (const a of list) {
      const text = a.text[lang] ?? a.text.vi;
      a.facts.officialsElected?.forEach((o, i) => {
        const slug = slugOf(o.name);
        const row = {
          name: o.name,
          role: roleName(o.role, lang),
          jobTitle: text.officialsElected?.[i]?.jobTitle ?? null,
          province: {
            text: provinceName(a.facts.province, lang),
            url: urls.province(lang, a.facts.province),
          },
          term: a.facts.congress ? `${a.facts.congress.term.start}–${a.facts.congress.term.end}` : null,
          reelected: o.reelected === true,
          article: { text: text.title, url: urls.article(lang, text.slug) },
        };
        const person = people.get(slug);
        if (!person) people.set(slug, { names: [o.name], rows: [row] });
        else {
          person.rows.push(row);
          if (!person.names.includes(o.name)) person.names.push(o.name);
        }
      });
    }
    const compare = collator(lang).compare;
    const byName = [...people].sort(([, a], [, b]) => compare(a.names[0] as string, b.names[0] as string));
    pages.push({
      kind: 'officials',
      ...both(lang, urls.officials),
      title: t.officials,
      description: t.officials,
      people: byName.map(([slug, { names, rows }]) => ({
        name: names.join(' / '),
        url: urls.official(lang, slug),
        province: rows[0]?.province.text ?? '',
        count: rows.length,
      })),
    });
    for (const [slug, { names, rows }] of byName) {
      const title = names.join(' / ');
      pages.push({
        kind: 'official',
        // An official elected only in untranslated articles has no English page.
        ...inSome(
          lang,
          (l) => urls.official(l, slug),
          (l) => officialsIn[l].has(slug),
        ),
        title,
        description: `${t.officials}: ${title}`,
        names,
        officials: { text: t.officials, url: urls.officials(lang) },
        rows,
      });
    }

    // Targets: every target by indicator, in one pass (articles newest first, each article's targets in
    // order), and each province's latest ones: those of its newest article that sets one.
    const targetRows = new Map<string, TargetRow[]>();
    const latestRows = new Map<string, TargetRow[]>();
    const latestArticle = new Map<string, Article>();
    for (const a of list) {
      a.facts.targets?.forEach((target, i) => {
        const text = a.text[lang] ?? a.text.vi;
        const year = filedUnder(a)?.year;
        const row: TargetRow = {
          province: {
            text: provinceName(a.facts.province, lang),
            url: urls.province(lang, a.facts.province),
          },
          year: year ? String(year) : '',
          value: formatValue(target.value, target.unit, lang, target.comparator),
          numeric: typeof target.value === 'number' ? target.value : target.value.max,
          deadline: target.deadline ? String(target.deadline) : null,
          scope: text.targets?.[i]?.scope ?? null,
          article: { text: text.title, url: urls.article(lang, text.slug) },
        };
        push(targetRows, target.indicator, row);
        const where = `${target.indicator} ${a.facts.province}`;
        const newest = latestArticle.get(where) ?? a;
        latestArticle.set(where, newest);
        if (newest === a) push(latestRows, target.indicator, row);
      });
    }
    const view = ({ numeric: _numeric, ...row }: TargetRow): TargetView => row;
    const indicators = [...reg.indicators.values()].filter((ind) => targetRows.has(ind.key));
    pages.push({
      kind: 'targets',
      ...both(lang, urls.targets),
      title: t.targets,
      description: t.targets,
      indicators: indicators.map((ind) => {
        // Best first: the largest value when higher is better, the smallest when lower is (a rank).
        const sign = ind.better === 'higher' ? -1 : 1;
        const latest = [...(latestRows.get(ind.key) ?? [])].sort(
          (a, b) => sign * (a.numeric - b.numeric) || compare(a.province.text, b.province.text),
        );
        return {
          key: ind.key,
          label: ind.label[lang],
          unit: reg.units[ind.unit][lang],
          latest: latest.map(view),
          bars: latest.map((r) => ({
            label: `${r.province.text}${r.year ? ` ${r.year}` : ''}`,
            value: r.numeric,
            text: r.value,
          })),
          max: Math.max(0, ...latest.map((r) => r.numeric)),
          all: { url: urls.indicator(lang, ind.key), count: targetRows.get(ind.key)?.length ?? 0 },
        };
      }),
    });
    for (const ind of indicators) {
      const title = `${t.targets}: ${ind.label[lang]}`;
      pages.push({
        kind: 'indicator',
        // An indicator set only in untranslated articles has no English page.
        ...inSome(
          lang,
          (l) => urls.indicator(l, ind.key),
          (l) => indicatorsIn[l].has(ind.key),
        ),
        title,
        description: title,
        label: ind.label[lang],
        unit: reg.units[ind.unit][lang],
        targets: { text: t.targets, url: urls.targets(lang) },
        rows: (targetRows.get(ind.key) ?? []).map(view),
      });
    }

    // Archive
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
      const title = `${t.archive}: ${formatMonth(year, month, lang)}`;
      pages.push({
        kind: 'archiveMonth',
        // Only languages that have articles that month have the page.
        ...inSome(
          lang,
          (l) => urls.archiveMonth(l, year, month),
          (l) => monthsWith[l].has(m),
        ),
        title,
        description: title,
        articles: (byMonth.get(m) ?? []).map((a) => card(a, lang)),
      });
    }

    // Search and 404
    pages.push({
      kind: 'search',
      searchParts: searchParts(
        lang,
        list.filter((a) => !a.facts.draft),
        config.searchPartPages,
      )
        .slice(1)
        .map((p) => p.path),
      ...both(lang, urls.search),
      title: t.search,
      description: t.search,
      index: false,
      provinces: [...new Set(list.map((a) => a.facts.province))]
        .map((slug) => ({ value: provinceName(slug, lang), label: provinceName(slug, lang) }))
        .sort((x, y) => collator(lang).compare(x.label, y.label)),
      years: [...new Set(list.map((a) => filedUnder(a)?.year).filter((y) => y !== undefined))]
        .sort()
        .reverse()
        .map(String),
    });
    pages.push({
      kind: 'notFound',
      ...both(lang, urls.notFound),
      title: t.notFoundTitle,
      description: t.notFoundText,
      index: false,
    });
  }

  function articlePage(a: Article, lang: Language): ArticlePage {
    const t = strings[lang];
    const text = a.text[lang] ?? a.text.vi;
    const f = a.facts;
    const alternates = LANGUAGES.filter((l) => a.text[l]).map((l) => ({
      lang: l,
      url: urls.article(l, a.text[l]?.slug ?? ''),
    }));
    const otherText = a.text[other(lang)];
    const province = reg.provinces.get(f.province);
    const date = articleDate(a, lang);
    const facts: FactRow[] = [
      { label: t.province, value: provinceName(f.province, lang), url: urls.province(lang, f.province) },
    ];
    if (f.publishedAt)
      facts.push({ label: t.published, value: formatPublished(f.publishedAt, lang), iso: f.publishedAt.iso });
    if (f.eventDate)
      facts.push({ label: t.eventDate, value: formatDateRange(f.eventDate, lang), iso: f.eventDate.start });
    if (f.views !== undefined) facts.push({ label: t.views, value: formatNumber(f.views, lang) });
    if (a.authors.length) facts.push({ label: t.author, value: a.authors.join(', ') });
    facts.push({ label: t.organization, value: text.organization });
    if (text.venue) facts.push({ label: t.venue, value: text.venue });
    const congress: FactRow[] = [];
    if (f.congress) {
      const c = f.congress;
      congress.push({ label: t.ordinal, value: String(c.ordinal) });
      congress.push({ label: t.term, value: `${c.term.start}–${c.term.end}` });
      if (c.partyMembersPresent !== undefined)
        congress.push({ label: t.partyMembersPresent, value: formatNumber(c.partyMembersPresent, lang) });
      if (c.executiveCommitteeSize !== undefined)
        congress.push({
          label: t.executiveCommitteeSize,
          value: `${formatNumber(c.executiveCommitteeSize, lang)} ${t.members}`,
        });
      if (c.inspectionCommitteeSize !== undefined)
        congress.push({
          label: t.inspectionCommitteeSize,
          value: `${formatNumber(c.inspectionCommitteeSize, lang)} ${t.members}`,
        });
      if (c.delegates) {
        const alt = c.delegates.alternate !== undefined ? `, ${c.delegates.alternate} ${t.alternate}` : '';
        congress.push({ label: t.delegates, value: `${c.delegates.official} ${t.official}${alt}` });
      }
      if (text.congress?.slogan) congress.push({ label: t.slogan, value: `“${text.congress.slogan}”` });
    }
    const title = text.title;
    return {
      kind: 'article',
      lang,
      url: urls.article(lang, text.slug),
      title,
      description: text.summary,
      alternates,
      switchTo: otherText
        ? { lang: other(lang), url: urls.article(other(lang), otherText.slug), translated: true }
        : { lang: other(lang), url: urls.home(other(lang)), translated: false },
      index: !f.draft,
      searchable: !f.draft,
      id: a.id,
      summary: text.summary,
      bodyHtml: renderBody(text),
      draft: f.draft,
      facts,
      congress,
      officials: (f.officialsElected ?? []).map((o, i) => ({
        name: o.name,
        role: roleName(o.role, lang),
        jobTitle: text.officialsElected?.[i]?.jobTitle ?? null,
        reelected: o.reelected === true,
        url: urls.official(lang, slugOf(o.name)),
      })),
      targets: (f.targets ?? []).map((target, i) => ({
        indicator: reg.indicators.get(target.indicator)?.label[lang] ?? target.indicator,
        value: formatValue(target.value, target.unit, lang, target.comparator),
        deadline: target.deadline ? String(target.deadline) : null,
        scope: text.targets?.[i]?.scope ?? null,
        sentence: text.targets?.[i]?.sentence ?? '',
      })),
      awards: (f.awards ?? []).map((award, i) => ({
        name: text.awards?.[i]?.name ?? award.name,
        recipient: text.awards?.[i]?.recipient ?? award.recipient,
        conferredBy: text.awards?.[i]?.conferredBy ?? null,
        period: award.period ? `${award.period.start}–${award.period.end}` : null,
      })),
      captions: (text.photos ?? []).map((p) => p.caption),
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: title,
        description: text.summary,
        inLanguage: lang,
        ...(f.publishedAt ? { datePublished: f.publishedAt.iso } : {}),
        ...(a.authors.length ? { author: a.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
        contentLocation: { '@type': 'Place', name: province?.name[lang] ?? f.province },
        url: `${config.baseUrl}${urls.article(lang, text.slug)}`,
      },
      search: {
        province: provinceName(f.province, lang),
        year: date.iso ? date.iso.slice(0, 4) : null,
        date: date.iso ? date.iso.slice(0, 10) : null,
      },
    };
  }

  const site: SiteModel = {
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
  return { pages, site };
}

/** A target as listed, with the number its bar is drawn from. */
interface TargetRow extends TargetView {
  numeric: number;
}

/** Adds a value to the list kept under a key. */
function push<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

const collators = new Map<Language, Intl.Collator>();
function collator(lang: Language): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang);
    collators.set(lang, c);
  }
  return c;
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
