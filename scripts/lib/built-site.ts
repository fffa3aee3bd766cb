import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../../src/build.ts';
import { defineSiteConfig, type SiteConfigInput } from '../../src/config/site-config.ts';
import { formatProblem } from '../../src/content/problems.ts';
import type { Store } from '../../src/content/store.ts';
import type { Language } from '../../src/schema/registries.ts';
import { urls } from '../../src/site/urls.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

/** A built site, served on 127.0.0.1. */
export interface ServedSite {
  dir: string;
  /** The Store the site was built from, to find articles by id rather than by hard-coded URLs. */
  store: Store;
  server: StaticServer;
  /** Absolute URL of a site path (`/tim-kiem/`). */
  url(pathname: string): string;
  close(): Promise<void>;
}

/**
 * Builds a project (the repository, or a fixture made with makeProject) into a temporary folder and
 * serves it. Throws with every problem when the build fails.
 */
export async function buildAndServe(
  root: string,
  options: { config?: Partial<SiteConfigInput>; gzip?: boolean } = {},
): Promise<ServedSite> {
  const parent = await mkdtemp(path.join(tmpdir(), 'bantin-browser-'));
  const dir = path.join(parent, 'site');
  const result = await build({
    root,
    outDir: dir,
    config: defineSiteConfig({ baseUrl: 'http://127.0.0.1', ...options.config }),
  });
  if (!result.ok) {
    await rm(parent, { recursive: true, force: true });
    const lines = result.problems.map(formatProblem);
    if (result.error) lines.push(result.error.message);
    throw new Error(`build of ${root} failed:\n${lines.join('\n')}`);
  }
  const server = await serveStatic(dir, 0, '127.0.0.1', { gzip: options.gzip });
  return {
    dir,
    store: result.store,
    server,
    url: (pathname) => new URL(pathname, `${server.url}/`).href,
    close: async () => {
      await server.close();
      await rm(parent, { recursive: true, force: true });
    },
  };
}

/** Site path of an article in a language (`/bai-viet/<slug>/`), from its id. */
export function articlePath(store: Store, id: string, lang: Language): string {
  const text = store.byId.get(id)?.text[lang];
  if (!text) throw new Error(`no ${lang} text for article ${id}`);
  return urls.article(lang, text.slug);
}
