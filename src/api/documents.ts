import {
  compareText,
  electionsOf,
  filedUnder,
  filingTime,
  type SetTarget,
  targetsByIndicator,
} from '../content/derived.ts';
import type { Article, ArticleText, Registries, Store } from '../content/store.ts';
import { type SiteImages, shareImageOf } from '../images/index.ts';
import type { BodyRenderer } from '../render/index.ts';
import type { Language } from '../schema/registries.ts';
import { urls } from '../site/urls.ts';

import { apiPhotos, apiPhotoTexts } from './photos.ts';
import {
  API_SCHEMAS,
  API_VERSION,
  type ApiArticleDocument,
  type ApiArticleRef,
  type ApiArticleSummary,
  type ApiArticlesDocument,
  type ApiIndexDocument,
  type ApiIndicatorsDocument,
  type ApiIndicatorTarget,
  type ApiLabel,
  type ApiOfficial,
  type ApiOfficialsDocument,
  type ApiProvincesDocument,
  type ApiTranslation,
} from './schema.ts';

/**
 * Pure builders of the API documents: Store in, plain typed objects out (no file system, no clock).
 * Drafts are filtered here, once, by `publishedArticles`; every builder starts from it.
 */

export interface ApiContext {
  /** Absolute site URL without a trailing slash. */
  baseUrl: string;
  /** The images made for this build (src/output/images.ts); without them no photo has variants. */
  images?: SiteImages;
}

/** Published articles only (drafts never reach the API), newest first as in the Store. */
export function publishedArticles(store: Store): readonly Article[] {
  return store.articles.filter((a) => a.facts.draft !== true);
}

const absolute = (ctx: ApiContext, path: string) => `${ctx.baseUrl}${path}`;

/** Registry lookup for a key the loader has already checked; a miss is a bug, not a content problem. */
function lookup<T>(map: ReadonlyMap<string, T>, k: string, what: string): T {
  const value = map.get(k);
  if (value === undefined) throw new Error(`API: unknown ${what} "${k}" in a validated Store`);
  return value;
}

const label = (l: ApiLabel): ApiLabel => ({ vi: l.vi, en: l.en });

function articleUrl(ctx: ApiContext, text: ArticleText | undefined, lang: Language): string | null {
  return text ? absolute(ctx, urls.article(lang, text.slug)) : null;
}

/** The reference to an article that officials and targets carry. */
export function buildArticleRef(article: Article, ctx: ApiContext): ApiArticleRef {
  return {
    id: article.id,
    publishedAt: article.facts.publishedAt?.iso ?? null,
    eventDate: article.facts.eventDate
      ? { start: article.facts.eventDate.start, end: article.facts.eventDate.end }
      : null,
    urls: {
      vi: absolute(ctx, urls.article('vi', article.text.vi.slug)),
      en: articleUrl(ctx, article.text.en, 'en'),
    },
  };
}

/** Item `i` of a translated list; the loader guarantees en.md lists align with vi.md, so a miss is a bug. */
function aligned<T>(
  list: readonly T[] | undefined,
  i: number,
  article: Article,
  lang: Language,
  what: string,
): T {
  const item = list?.[i];
  if (item === undefined)
    throw new Error(`API: ${article.id} ${lang} has no ${what}[${i}] in a validated Store`);
  return item;
}

/** One language's text of an article, lists aligned with the facts (null where that language has none). */
export function buildTranslation(
  article: Article,
  lang: Language,
  ctx: ApiContext,
): ApiTranslation | undefined {
  const text = article.text[lang];
  if (!text) return undefined;
  const f = article.facts;
  const share = shareImageOf(article, lang, ctx.images);
  return {
    title: text.title,
    summary: text.summary,
    slug: text.slug,
    url: absolute(ctx, urls.article(lang, text.slug)),
    organization: text.organization,
    venue: text.venue ?? null,
    slogan: text.congress?.slogan ?? null,
    superiorCongress: text.congress?.superiorCongress ?? null,
    jobTitles: (f.officialsElected ?? []).map((_, i) => text.officialsElected?.[i]?.jobTitle ?? null),
    targets: (f.targets ?? []).map((_, i) => {
      const t = aligned(text.targets, i, article, lang, 'targets');
      return { sentence: t.sentence, scope: t.scope ?? null };
    }),
    awards: (f.awards ?? []).map((_, i) => {
      const a = aligned(text.awards, i, article, lang, 'awards');
      return { name: a.name, recipient: a.recipient, conferredBy: a.conferredBy ?? null };
    }),
    captions: (f.photos ?? []).map((_, i) => aligned(text.photos, i, article, lang, 'photos').caption),
    photos: apiPhotoTexts(article, lang),
    image: share ? absolute(ctx, share.url) : null,
  };
}

/** An article as listed in articles.json: the facts language-neutral, the text per language. */
export function buildArticleSummary(
  article: Article,
  registries: Registries,
  ctx: ApiContext,
): ApiArticleSummary {
  const f = article.facts;
  const province = lookup(registries.provinces, f.province, 'province');
  const vi = buildTranslation(article, 'vi', ctx) as ApiTranslation;
  const en = buildTranslation(article, 'en', ctx);
  return {
    id: article.id,
    apiUrl: absolute(ctx, urls.api.article(article.id)),
    eventType: f.eventType,
    province: f.province,
    provinceName: label(province.name),
    publishedAt: f.publishedAt?.iso ?? null,
    eventDate: f.eventDate ? { start: f.eventDate.start, end: f.eventDate.end } : null,
    views: f.views ?? null,
    author: [...article.authors],
    source: f.source ? { name: f.source.name, url: f.source.url ?? null } : null,
    organizationType: f.organizationType,
    congress: f.congress
      ? {
          ordinal: f.congress.ordinal,
          term: { start: f.congress.term.start, end: f.congress.term.end },
          partyMembersPresent: f.congress.partyMembersPresent ?? null,
          executiveCommitteeSize: f.congress.executiveCommitteeSize ?? null,
          inspectionCommitteeSize: f.congress.inspectionCommitteeSize ?? null,
          delegates: f.congress.delegates
            ? { official: f.congress.delegates.official, alternate: f.congress.delegates.alternate ?? null }
            : null,
        }
      : null,
    officialsElected: (f.officialsElected ?? []).map((o) => ({
      name: o.name,
      role: o.role,
      roleLabel: label(lookup(registries.roles, o.role, 'role').label),
      reelected: o.reelected ?? null,
    })),
    targets: (f.targets ?? []).map((t) => ({
      indicator: t.indicator,
      indicatorLabel: label(lookup(registries.indicators, t.indicator, 'indicator').label),
      value: typeof t.value === 'number' ? t.value : { min: t.value.min, max: t.value.max },
      comparator: t.comparator ?? null,
      unit: t.unit,
      unitLabel: label(registries.units[t.unit]),
      deadline: t.deadline ?? null,
    })),
    awards: (f.awards ?? []).map((a) => ({
      period: a.period ? { start: a.period.start, end: a.period.end } : null,
    })),
    photos: apiPhotos(article, ctx.images, ctx.baseUrl),
    tags: f.tags.map((k) => ({ key: k, label: label(lookup(registries.tags, k, 'tag').label) })),
    translations: en ? { vi, en } : { vi },
  };
}

/** `articles/<id>.json`: the article of articles.json plus each translation's body as HTML. */
export function buildArticleDocument(
  article: Article,
  registries: Registries,
  ctx: ApiContext & { renderBody: BodyRenderer },
): ApiArticleDocument {
  const summary = buildArticleSummary(article, registries, ctx);
  const withHtml = (t: ApiTranslation, text: ArticleText) => ({ ...t, html: ctx.renderBody(text) });
  const { vi, en } = summary.translations;
  const enText = article.text.en;
  return {
    ...summary,
    translations:
      en && enText
        ? { vi: withHtml(vi, article.text.vi), en: withHtml(en, enText) }
        : { vi: withHtml(vi, article.text.vi) },
  };
}

/** `articles.json` */
export function buildArticlesDocument(store: Store, ctx: ApiContext): ApiArticlesDocument {
  return { articles: publishedArticles(store).map((a) => buildArticleSummary(a, store.registries, ctx)) };
}

/** `provinces.json`: the 63 provinces of 2020 (registry order) and the 34 successors, with article counts. */
export function buildProvincesDocument(store: Store, ctx: ApiContext): ApiProvincesDocument {
  const { provinces, successors, regions, provincesSource } = store.registries;
  const counts = new Map<string, number>();
  for (const a of publishedArticles(store))
    counts.set(a.facts.province, (counts.get(a.facts.province) ?? 0) + 1);
  const merged = new Map<string, string[]>();
  for (const p of provinces.values()) merged.set(p.successor, [...(merged.get(p.successor) ?? []), p.slug]);
  return {
    source: provincesSource,
    provinces: [...provinces.values()].map((p) => {
      const region = lookup(regions, p.region, 'region');
      const successor = lookup(successors, p.successor, 'successor');
      return {
        slug: p.slug,
        name: label(p.name),
        kind: p.kind,
        region: { slug: region.slug, name: label(region.name) },
        successor: { slug: successor.slug, name: label(successor.name), kind: successor.kind },
        articleCount: counts.get(p.slug) ?? 0,
        urls: {
          vi: absolute(ctx, urls.province('vi', p.slug)),
          en: absolute(ctx, urls.province('en', p.slug)),
        },
      };
    }),
    successors: [...successors.values()].map((s) => {
      const members = merged.get(s.slug) ?? [];
      return {
        slug: s.slug,
        name: label(s.name),
        kind: s.kind,
        provinces: members,
        articleCount: members.reduce((sum, slug) => sum + (counts.get(slug) ?? 0), 0),
      };
    }),
  };
}

/** Vietnamese collation, then code points, so distinct strings never tie. */
const compareVi = compareText('vi');

/** `officials.json`: sorted by name (Vietnamese collation), then article date (oldest first), id, position. */
export function buildOfficialsDocument(store: Store, ctx: ApiContext): ApiOfficialsDocument {
  const rows: { official: ApiOfficial; date: number; index: number }[] = [];
  for (const { article, official: o, index } of electionsOf(publishedArticles(store))) {
    const f = article.facts;
    const province = lookup(store.registries.provinces, f.province, 'province');
    const ref = buildArticleRef(article, ctx);
    const viTitle = o.jobTitle;
    const enTitle = article.text.en?.officialsElected?.[index]?.jobTitle;
    rows.push({
      date: filingTime(article),
      index,
      official: {
        name: o.name,
        role: o.role,
        roleLabel: label(lookup(store.registries.roles, o.role, 'role').label),
        jobTitle: viTitle ? { vi: viTitle, en: enTitle ?? null } : null,
        reelected: o.reelected ?? null,
        province: f.province,
        provinceName: label(province.name),
        term: f.congress ? { start: f.congress.term.start, end: f.congress.term.end } : null,
        article: ref,
      },
    });
  }
  // Each name compared once, then its place: a collator is slow and tens of thousands of rows repeat names.
  const names = [...new Set(rows.map((r) => r.official.name))].sort(compareVi);
  const place = new Map(names.map((name, i) => [name, i]));
  const placeOf = (name: string) => place.get(name) ?? 0;
  rows.sort(
    (a, b) =>
      placeOf(a.official.name) - placeOf(b.official.name) ||
      a.date - b.date ||
      compareVi(a.official.article.id, b.official.article.id) ||
      a.index - b.index,
  );
  return { officials: rows.map((r) => r.official) };
}

/** `indicators.json`: every indicator (registry order) with its targets, newest article first, then article order. */
export function buildIndicatorsDocument(store: Store, ctx: ApiContext): ApiIndicatorsDocument {
  const byIndicator = targetsByIndicator(publishedArticles(store));
  const target = ({ article, target: t, index: i }: SetTarget): ApiIndicatorTarget => {
    const f = article.facts;
    const enTarget = article.text.en?.targets?.[i];
    return {
      province: f.province,
      provinceName: label(lookup(store.registries.provinces, f.province, 'province').name),
      year: filedUnder(article)?.year ?? null,
      value: typeof t.value === 'number' ? t.value : { min: t.value.min, max: t.value.max },
      comparator: t.comparator ?? null,
      deadline: t.deadline ?? null,
      scope: t.scope ? { vi: t.scope, en: enTarget?.scope ?? null } : null,
      sentence: { vi: t.sentence, en: enTarget?.sentence ?? null },
      article: buildArticleRef(article, ctx),
    };
  };
  return {
    indicators: [...store.registries.indicators.values()].map((ind) => ({
      key: ind.key,
      label: label(ind.label),
      unit: ind.unit,
      unitLabel: label(store.registries.units[ind.unit]),
      better: ind.better,
      targets: (byIndicator.get(ind.key) ?? []).map(target),
    })),
  };
}

/** A content-model schema listed by index.json: its file name and a one-line description. */
export interface SchemaEntry {
  file: string;
  description: string;
}

/** `index.json`: what the API publishes, with absolute URLs. */
export function buildIndexDocument(
  ctx: ApiContext,
  contentSchemas: readonly SchemaEntry[],
): ApiIndexDocument {
  const schemaUrl = (name: keyof typeof API_SCHEMAS) =>
    absolute(ctx, urls.api.schema(API_SCHEMAS[name].file));
  return {
    name: 'bantin content API',
    description:
      'Read-only JSON of the published news of Vietnam’s provincial Departments of Information and Communications, in Vietnamese and English.',
    version: API_VERSION,
    baseUrl: ctx.baseUrl,
    endpoints: [
      {
        name: 'index',
        url: absolute(ctx, urls.api.index()),
        description: 'This document: the endpoints and schemas of the API.',
        schema: schemaUrl('index'),
      },
      {
        name: 'articles',
        url: absolute(ctx, urls.api.articles()),
        description:
          'Every published article, newest first: facts, and title, summary and text fields per language.',
        schema: schemaUrl('articles'),
      },
      {
        name: 'article',
        url: absolute(ctx, urls.api.article('{id}')),
        description: 'One article by id, as in articles.json plus its body as HTML in each language.',
        schema: schemaUrl('article'),
      },
      {
        name: 'provinces',
        url: absolute(ctx, urls.api.provinces()),
        description:
          'The 63 provinces of 2020 with their 2025 successors and article counts, and the 34 successors.',
        schema: schemaUrl('provinces'),
      },
      {
        name: 'officials',
        url: absolute(ctx, urls.api.officials()),
        description: 'Every official elected in a published article, by name.',
        schema: schemaUrl('officials'),
      },
      {
        name: 'indicators',
        url: absolute(ctx, urls.api.indicators()),
        description: 'Target indicators with the targets set for them across provinces, for comparison.',
        schema: schemaUrl('indicators'),
      },
    ],
    schemas: [
      ...Object.values(API_SCHEMAS).map((s) => ({
        file: s.file,
        url: absolute(ctx, urls.api.schema(s.file)),
        description: `JSON Schema of ${s.title.replace(/^bantin API v1: /, '')}.`,
      })),
      ...contentSchemas.map((s) => ({
        file: s.file,
        url: absolute(ctx, urls.api.schema(s.file)),
        description: s.description,
      })),
    ],
  };
}
