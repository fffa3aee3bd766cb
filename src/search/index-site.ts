import path from 'node:path';
import { close, createIndex } from 'pagefind';

/** One page for the search index: its URL on the site and the HTML Pagefind reads for it. */
export interface SearchDocument {
  url: string;
  html: string;
}

/** Records in flight to Pagefind's service at a time. */
const IN_FLIGHT = 32;

/**
 * Writes the site search index into `<siteDir>/pagefind/` with Pagefind's Node API: one index per
 * `<html lang>`. Pagefind is handed a small document per article (templates/search-record.ts) instead
 * of parsing every built page: parsing 20,000 full pages was a third of its time. Pagefind reports
 * problems as `errors` arrays instead of throwing, so each step is checked.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(
  siteDir: string,
  documents: Iterable<SearchDocument>,
): Promise<{ pages: number }> {
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
  };
  try {
    const created = await createIndex({});
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new Error('Pagefind returned no index');
    let pages = 0;
    let batch: Promise<void>[] = [];
    for (const doc of documents) {
      batch.push(
        index.addHTMLFile({ url: doc.url, content: doc.html }).then((added) => {
          check(`addHTMLFile ${doc.url}`, added.errors);
          pages++;
        }),
      );
      if (batch.length === IN_FLIGHT) {
        await Promise.all(batch);
        batch = [];
      }
    }
    await Promise.all(batch);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    check('writeFiles', written.errors);
    return { pages };
  } finally {
    await close();
  }
}
