import { push } from '../../content/derived.ts';
import type { Article } from '../../content/store.ts';
import type { Language } from '../../schema/registries.ts';
import { strings } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { Card, PageBase, PageContext } from './base.ts';
import { listingOfArticles, type Pagination } from './paginate.ts';

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
  pagination: Pagination | null;
}

/** The provinces page (by region, with their articles counted), then a page per province of 2020. */
export function provincePages(
  ctx: PageContext,
  lang: Language,
  list: readonly Article[],
): (ProvincesPage | ProvincePage)[] {
  const { reg, both } = ctx;
  const t = strings[lang];
  const byProvince = new Map<string, Article[]>();
  for (const a of list) push(byProvince, a.facts.province, a);
  const countIn = (slug: string) => byProvince.get(slug)?.length ?? 0;
  const successorName = (slug: string) => {
    const p = reg.provinces.get(slug);
    const s = p && reg.successors.get(p.successor);
    return s && s.slug !== slug ? s.name[lang] : s && s.name[lang] !== p.name[lang] ? s.name[lang] : null;
  };
  const pages: (ProvincesPage | ProvincePage)[] = [
    {
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
    },
  ];
  for (const p of reg.provinces.values()) {
    const name = p.name[lang];
    // Every province of 2020 has its page in both languages, articles or not.
    const url = (l: Language) => urls.province(l, p.slug);
    for (const { frame, title, articles, pagination } of listingOfArticles(
      ctx,
      lang,
      byProvince.get(p.slug) ?? [],
      url,
      () => true,
      name,
    )) {
      pages.push({
        kind: 'province',
        ...frame,
        breadcrumbs: ctx.trail(lang, { text: t.provinces, url: urls.provinces(lang) }),
        title,
        description: `${t.provinces}: ${title}`,
        name,
        region: reg.regions.get(p.region)?.name[lang] ?? p.region,
        successor: successorName(p.slug),
        articles,
        pagination,
        index: countIn(p.slug) > 0,
      });
    }
  }
  return pages;
}
