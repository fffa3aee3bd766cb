import { expect } from 'vitest';
import { defineSiteConfig } from '../../src/config/site-config.ts';
import { loadContent } from '../../src/content/load.ts';
import type { Language } from '../../src/schema/registries.ts';
import { buildPages, type Page, type SiteModel } from '../../src/site/view-models.ts';

/** The view models of a project's content, which must load without a problem. */
export async function pagesOf(root: string): Promise<{ pages: Page[]; site: SiteModel }> {
  const { store, problems } = await loadContent({ root });
  expect(problems).toEqual([]);
  if (!store) throw new Error(`${root} did not load`);
  return buildPages(store, defineSiteConfig({ baseUrl: 'https://bantin.test' }));
}

/** The first page of a kind, in a language, that passes `test`; throws when there is none. */
export function findPage<K extends Page['kind']>(
  pages: readonly Page[],
  kind: K,
  lang: Language,
  test: (page: Extract<Page, { kind: K }>) => boolean = () => true,
): Extract<Page, { kind: K }> {
  const found = pages.find(
    (p): p is Extract<Page, { kind: K }> =>
      p.kind === kind && p.lang === lang && test(p as Extract<Page, { kind: K }>),
  );
  if (!found) throw new Error(`no ${kind} page in ${lang}`);
  return found;
}
