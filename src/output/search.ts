/**
 * The search index: per language, the searchable article pages cut into parts (src/search/parts.ts:
 * runs of articles, newest first), each part indexed by Pagefind (src/search/index-site.ts) from
 * records made only when Pagefind takes them (src/search/records.ts).
 */
import { LANGUAGES } from '../schema/registries.ts';
import { indexSite } from '../search/index-site.ts';
import { searchParts } from '../search/parts.ts';
import { searchRecord } from '../search/records.ts';
import type { ArticlePage, Page } from '../site/pages/index.ts';
import type { OutputContext } from './context.ts';

export async function writeSearchIndex(ctx: OutputContext, pages: readonly Page[]): Promise<void> {
  const records = function* (list: ArticlePage[]) {
    for (const page of list) {
      const text = ctx.store.byId.get(page.id)?.text[page.lang];
      if (text) yield searchRecord(page, text);
    }
  };
  const parts = LANGUAGES.flatMap((lang) => {
    const list = pages.filter(
      (p): p is ArticlePage => p.kind === 'article' && p.searchable && p.lang === lang,
    );
    return searchParts(lang, list, ctx.config.searchPartPages).map(({ path, part, items }) => ({
      path,
      part,
      records: records(items),
    }));
  });
  await indexSite(ctx.outDir, parts);
}
