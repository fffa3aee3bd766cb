/**
 * The benchmark's preview measure: how long the preview takes to show an edit (see measurePreviewRebuild).
 */
import { fork } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { slugFromTitle } from '../../src/content/load.ts';
import { urls } from '../../src/site/urls.ts';
import { BUILD_FLAGS, filesUnder, median, REPO } from './bench-figures.ts';
import type { BuilderMessage, BuiltMessage, PreviewMessage } from './preview-builder.ts';

/**
 * The preview server's rebuild after an editor saves one article: the preview builder
 * (scripts/lib/preview-builder.ts) makes its first full build (no search index), then one paragraph is
 * added to an article and the time from the update request to the builder's answer (pages written) is
 * taken; the new paragraph must be in the article's page by then. Three articles (the first, middle and
 * last folders) are edited one after the other, each as soon as the last answer came: an editor saving
 * again at once waits for whatever the builder still does after answering (the API). The files are
 * restored afterwards.
 */
export async function measurePreviewRebuild(
  project: string,
  outDir: string,
): Promise<{ firstMs: number; rebuildMs: number; rebuildsMs: number[] }> {
  const child = fork(
    path.join(REPO, 'scripts', 'lib', 'preview-builder.ts'),
    [project, outDir, '--no-search'],
    {
      cwd: REPO,
      execArgv: [...BUILD_FLAGS, '--import', import.meta.resolve('tsx')],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  const replies: BuiltMessage[] = [];
  let waiting: (() => void) | undefined;
  child.on('message', (m: BuilderMessage) => {
    if (m.type !== 'built') return;
    replies.push(m);
    waiting?.();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const reply = async (): Promise<BuiltMessage> => {
    while (replies.length === 0) {
      const next = new Promise<void>((resolve) => {
        waiting = resolve;
      });
      await Promise.race([next, exited.then(() => Promise.reject(new Error('the preview builder exited')))]);
    }
    return replies.shift() as BuiltMessage;
  };
  const originals = new Map<string, string>();
  try {
    const first = await reply();
    if (!first.ok) throw new Error('the preview builder could not build the corpus');
    const articlesDir = path.join(project, 'content', 'articles');
    const all = (await filesUnder(articlesDir)).filter((f) => f.endsWith(`${path.sep}vi.md`)).sort();
    if (all.length === 0) throw new Error('the corpus has no article');
    const edited = [...new Set([all[0], all[Math.floor(all.length / 2)], all.at(-1)])] as string[];
    const rebuildsMs: number[] = [];
    for (const vi of edited) {
      const original = await readFile(vi, 'utf8');
      originals.set(vi, original);
      const marker = `Đoạn văn thêm lúc đo ${Date.now()}.`;
      await writeFile(
        vi,
        `${original}
${marker}
`,
      );
      const started = performance.now();
      child.send({
        type: 'update',
        // As `npm start`'s watcher reports it.
        changed: [path.relative(path.join(project, 'content'), vi)],
      } satisfies PreviewMessage);
      const updated = await reply();
      rebuildsMs.push(performance.now() - started);
      if (!updated.ok) throw new Error('the preview builder failed to rebuild after the edit');
      const title = (parse(/^---\n([\s\S]*?)\n---/.exec(original)?.[1] ?? '') as { title: string }).title;
      const page = await readFile(
        path.join(outDir, urls.article('vi', slugFromTitle(title)), 'index.html'),
        'utf8',
      );
      if (!page.includes(marker)) throw new Error('the edited article page does not show the edit');
    }
    return { firstMs: first.ms, rebuildMs: median(rebuildsMs), rebuildsMs };
  } finally {
    for (const [file, text] of originals) await writeFile(file, text);
    child.disconnect();
    await exited;
  }
}
