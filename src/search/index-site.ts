import path from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API: one index per `<html lang>`; only elements marked
 * `data-pagefind-body` (article text and facts) are indexed. Pagefind reports problems as `errors`
 * arrays instead of throwing, so each step is checked.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
  };
  try {
    const created = await createIndex({});
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: siteDir });
    check('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    check('writeFiles', written.errors);
    return { pages: added.page_count };
  } finally {
    await close();
  }
}
