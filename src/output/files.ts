/**
 * The site's files other than pages: the Atom feeds, the sitemap and robots.txt (models in
 * src/site/files.ts, text from templates/xml.ts). Given what was written before, a file is written
 * again only when its data changed.
 */
import { sameData } from '../content/same-data.ts';
import { type SiteFile, siteFiles } from '../site/files.ts';
import type { Page } from '../site/pages/index.ts';
import { importTemplate, type OutputContext } from './context.ts';
import { writeOutput } from './pages.ts';

/** What the output folder holds: each file's model, by its URL. */
export type WrittenFiles = ReadonlyMap<string, SiteFile>;

interface FilesTemplate {
  renderFile: (file: SiteFile) => string;
}

/** Writes the feeds, the sitemap (of `pages`) and robots.txt; given `before`, only those that changed. */
export async function writeFiles(
  ctx: OutputContext,
  pages: readonly Page[],
  before?: WrittenFiles,
): Promise<WrittenFiles> {
  const template = await importTemplate<FilesTemplate>(ctx.templatesDir, 'xml.ts');
  const written = new Map<string, SiteFile>();
  for (const file of siteFiles(ctx.store, pages, ctx.config, ctx.renderBody)) {
    const previous = before?.get(file.url);
    if (previous && sameData(previous, file)) {
      written.set(file.url, previous);
      continue;
    }
    await writeOutput(ctx.outDir, file.url, template.renderFile(file));
    written.set(file.url, file);
  }
  return written;
}
