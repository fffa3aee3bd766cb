import { afterAll, beforeAll, expect } from 'vitest';
import { defineSiteConfig } from '../../src/config/site-config.ts';
import { loadContent } from '../../src/content/load.ts';
import type { Language } from '../../src/schema/registries.ts';
import { buildPages, type Page, type SiteModel } from '../../src/site/pages/index.ts';
import { makeProject, removeProject } from './project.ts';

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

/**
 * For a describe block: a project made of `files` before its tests and removed after them, and its
 * view models. `find` looks a page up as findPage does.
 */
export function projectPages(files: Record<string, string>) {
  let root: string | undefined;
  let built: { pages: Page[]; site: SiteModel } | undefined;
  beforeAll(async () => {
    root = await makeProject(files);
    built = await pagesOf(root);
  });
  afterAll(() => (root ? removeProject(root) : undefined));
  const ready = () => {
    if (!built) throw new Error('the project is not built yet');
    return built;
  };
  return {
    get pages() {
      return ready().pages;
    },
    get site() {
      return ready().site;
    },
    find: <K extends Page['kind']>(
      kind: K,
      lang: Language,
      test?: (page: Extract<Page, { kind: K }>) => boolean,
    ) => findPage(ready().pages, kind, lang, test),
  };
}
