import { push } from '../../content/derived.ts';
import type { Article } from '../../content/store.ts';
import type { Language } from '../../schema/registries.ts';
import { strings } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { Card, PageBase, PageContext } from './base.ts';
import { type Pagination, paginate } from './paginate.ts';

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
  const { reg, both, inSome, card, config } = ctx;
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
    for (const page of paginate(
      byProvince.get(p.slug) ?? [],
      config.pageSize,
      lang,
      urls.province(lang, p.slug),
    )) {
      const title = page.number === 1 ? name : `${name} · ${t.page} ${page.number}`;
      pages.push({
        kind: 'province',
        // The first page in both languages; the others in this language only.
        ...(page.number === 1
          ? both(lang, (l) => urls.province(l, p.slug))
          : inSome(
              lang,
              (l) => urls.listingPage(l, urls.province(l, p.slug), page.number),
              (l) => l === lang,
            )),
        breadcrumbs: ctx.trail(lang, { text: t.provinces, url: urls.provinces(lang) }),
        title,
        description: `${t.provinces}: ${title}`,
        name,
        region: reg.regions.get(p.region)?.name[lang] ?? p.region,
        successor: successorName(p.slug),
        articles: page.items.map((a) => card(a, lang)),
        pagination: page.pagination,
        index: countIn(p.slug) > 0,
      });
    }
  }
  return pages;
}
