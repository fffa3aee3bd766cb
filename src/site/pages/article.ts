import { push } from '../../content/derived.ts';
import type { Article } from '../../content/store.ts';
import { shareImageOf } from '../../images/index.ts';
import { formatDateRange, formatNumber, formatPublished, formatValue } from '../../render/index.ts';
import { LANGUAGES, type Language } from '../../schema/registries.ts';
import { strings } from '../i18n.ts';
import { type PhotoView, photosOf, shareView } from '../images.ts';
import { urls } from '../urls.ts';
import { articleDate, type Card, type Link, other, type PageBase, type PageContext } from './base.ts';

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
  /** Its photos in order: the first is the lead (shown above the text), the rest a gallery after it. */
  photos: PhotoView[];
  /** Publication instant with the Vietnam offset (for `article:published_time`), when printed. */
  published: string | null;
  /** NewsArticle structured data, as an object; the template serializes it safely. */
  jsonLd: Record<string, unknown>;
  /** Search filters and sort keys, from the Store. */
  search: { province: string; year: string | null; date: string | null };
  /** A few other articles of the same province or with a tag in common, newest first. */
  related: Card[];
  /** Its tags, each linked to the tag's page. */
  tags: Link[];
}

/** How many related articles an article page lists. */
const RELATED = 5;

/**
 * The article pages of a language, newest first (or of `only` those articles): each made once from its
 * Article (PageMemo), then given its related articles, which depend on the others.
 */
export function articlePages(
  ctx: PageContext,
  lang: Language,
  list: readonly Article[],
  only: readonly Article[] = list,
): ArticlePage[] {
  const related = relatedIn(list);
  return only.map((a) => {
    const page = ctx.shaped('page', a, lang, () => articlePage(ctx, a, lang));
    return ctx.withRelated(
      page,
      related(a).map((r) => ctx.card(r, lang)),
    );
  });
}

/**
 * Related articles among `list` (newest first): those of the same province or with a tag in common,
 * newest first, the article itself left out.
 */
function relatedIn(list: readonly Article[]): (a: Article) => Article[] {
  const place = new Map(list.map((a, i) => [a, i]));
  const byProvince = new Map<string, Article[]>();
  const byTag = new Map<string, Article[]>();
  for (const a of list) {
    push(byProvince, a.facts.province, a);
    for (const tag of a.facts.tags) push(byTag, tag, a);
  }
  return (a) => {
    const lists = [byProvince.get(a.facts.province), ...a.facts.tags.map((tag) => byTag.get(tag))];
    // Each list is newest first: its first few (but the article itself) are all that can be chosen.
    const found = new Set(lists.flatMap((l) => (l ?? []).slice(0, RELATED + 1)));
    found.delete(a);
    return [...found].sort((x, y) => (place.get(x) ?? 0) - (place.get(y) ?? 0)).slice(0, RELATED);
  };
}

/** One article's page in one language: its text, facts, officials, targets, awards and JSON-LD. */
export function articlePage(ctx: PageContext, a: Article, lang: Language): ArticlePage {
  const { config, reg, provinceName, roleName, slugOf, renderBody, images } = ctx;
  const t = strings[lang];
  const text = a.text[lang] ?? a.text.vi;
  const f = a.facts;
  const photos = photosOf(a, lang, images);
  const shared = shareImageOf(a, lang, images);
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
    related: [],
    tags: f.tags.map((key) => ({
      text: reg.tags.get(key)?.label[lang] ?? key,
      url: urls.tag(lang, key),
    })),
    breadcrumbs: ctx.trail(lang, {
      text: provinceName(f.province, lang),
      url: urls.province(lang, f.province),
    }),
    lang,
    url: urls.article(lang, text.slug),
    title,
    description: text.summary,
    alternates,
    xDefault: alternates.length > 1 ? urls.article('vi', a.text.vi.slug) : null,
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
    photos,
    published: f.publishedAt?.iso ?? null,
    share: shared ? shareView(shared, config.baseUrl, title) : null,
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
      ...(shared ? { image: [`${config.baseUrl}${shared.url}`] } : {}),
    },
    search: {
      province: provinceName(f.province, lang),
      year: date.iso ? date.iso.slice(0, 4) : null,
      date: date.iso ? date.iso.slice(0, 10) : null,
    },
  };
}
