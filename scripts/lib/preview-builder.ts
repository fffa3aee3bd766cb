/**
 * The preview server's builder, in a process of its own (scripts/serve.ts starts it over IPC):
 *   node --import tsx scripts/lib/preview-builder.ts <project root> <out dir> [--no-search]
 * Makes one full build with drafts, then on each `{ type: 'update' }` message brings the output up to
 * date incrementally (src/preview.ts) and answers `{ type: 'built', ok, ms }`. Problems and timings
 * are printed. A change to src/ or templates/ needs a new process: the server starts one.
 */

import config from '../../site.config.ts';
import { report } from '../../src/build.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { startPreview, type UpdateResult } from '../../src/preview.ts';

/** `changed`: the paths under content/ the watcher reported; absent when it could not tell. */
export type PreviewMessage = { type: 'update'; changed?: string[] };
/**
 * `built` answers an update (the edited articles' pages are written); `reload` follows when the rest of
 * the update (listings, feeds, sitemap) wrote more, for the pages open in the browser to show it.
 */
export type BuiltMessage = { type: 'built'; ok: boolean; ms: number; full: boolean };
export type BuilderMessage = BuiltMessage | { type: 'reload' };

const [root, outDir, ...flags] = process.argv.slice(2);
if (!root || !outDir) {
  console.error(
    'usage: node --import tsx scripts/lib/preview-builder.ts <project root> <out dir> [--no-search]',
  );
  process.exit(2);
}
const send = (message: BuilderMessage) => process.send?.(message);

const started = performance.now();
const { preview, first } = await startPreview({
  root,
  outDir,
  config,
  skipSearch: flags.includes('--no-search'),
});
report(first);
send({ type: 'built', ok: first.ok, ms: performance.now() - started, full: true });

function print(result: UpdateResult): void {
  if (result.ok) {
    if (result.full) console.log(`full build in ${Math.round(result.pagesMs)} ms`);
    else
      console.log(
        `pages up to date in ${Math.round(result.pagesMs)} ms (${result.written} written, ${result.removed} removed); the search index is refreshed when the server restarts`,
      );
    return;
  }
  for (const p of result.problems) console.log(formatProblem(p));
  if (result.problems.length) console.log(`\n${result.problems.length} problem(s)`);
  if (result.error) console.log(`build failed: ${result.error.message}`);
}

let queue = Promise.resolve();
process.on('message', (message: PreviewMessage) => {
  if (message.type !== 'update') return;
  queue = queue.then(async () => {
    const t = performance.now();
    const result = await preview.update(message.changed);
    print(result);
    send({
      type: 'built',
      ok: result.ok,
      ms: result.ok ? result.pagesMs : performance.now() - t,
      full: result.ok && result.full,
    });
    if (result.ok && !result.full)
      result.rest.then(
        (rest) => {
          const what = `${rest.written} pages written, ${rest.removed} removed, ${rest.files} feeds or sitemaps`;
          console.log(
            rest.stopped
              ? `the rest stopped after ${Math.round(rest.ms)} ms (${what}): the next update does it`
              : `the rest up to date in ${Math.round(rest.ms)} ms more (${what}, the API)`,
          );
          if (rest.written + rest.removed > 0) send({ type: 'reload' });
        },
        (error: Error) =>
          console.log(`the site could not be written: ${error.message}; the next save rebuilds everything`),
      );
  });
});
process.on('disconnect', () => process.exit(0));
