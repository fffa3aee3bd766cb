import { compareText, filedUnder } from '../../content/derived.ts';
import type { Article } from '../../content/store.ts';
import type { Language } from '../../schema/registries.ts';
import { searchParts } from '../../search/parts.ts';
import { strings } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { PageBase, PageContext } from './base.ts';

export interface SearchPage extends PageBase {
  kind: 'search';
  provinces: { value: string; label: string }[];
  years: string[];
  /** Where the parts of the language's search index after the first are served (src/search/parts.ts). */
  searchParts: string[];
}

/** The search page: its filters (provinces and years that have articles) and the index's parts. */
export function searchPage(ctx: PageContext, lang: Language, list: readonly Article[]): SearchPage {
  const { config, both, provinceName } = ctx;
  const t = strings[lang];
  return {
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
      .sort((x, y) => compareText(lang)(x.label, y.label)),
    years: [...new Set(list.map((a) => filedUnder(a)?.year).filter((y) => y !== undefined))]
      .sort()
      .reverse()
      .map(String),
  };
}
