import type { Article } from '../../content/store.ts';
import type { Language } from '../../schema/registries.ts';
import { urls } from '../urls.ts';
import type { Card, PageBase, PageContext } from './base.ts';

export interface HomePage extends PageBase {
  kind: 'home';
  latest: Card[];
  mostViewed: Card[];
}

/** The home page: the newest articles, and the most viewed. */
export function homePage(ctx: PageContext, lang: Language, list: readonly Article[]): HomePage {
  const { config, card, both } = ctx;
  return {
    kind: 'home',
    ...both(lang, urls.home),
    breadcrumbs: [],
    title: config.languages[lang].title,
    description: config.languages[lang].description,
    latest: list.slice(0, config.pageSize).map((a) => card(a, lang)),
    mostViewed: list
      .filter((a) => a.facts.views !== undefined)
      .sort((a, b) => (b.facts.views ?? 0) - (a.facts.views ?? 0))
      .slice(0, 5)
      .map((a) => card(a, lang)),
  };
}
