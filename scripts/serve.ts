/**
 * `npm start [-- <project folder>]`: builds a preview (drafts included, with a banner) into the project's
 * _site/, serves it on http://127.0.0.1:8080 (PORT and HOST to change) with Eleventy's development
 * server, rebuilds on every change and reloads the pages open in the browser.
 * - An edit in content/ is applied incrementally by a long-lived builder process
 *   (scripts/lib/preview-builder.ts), told which paths the watcher reported: only the folders on them
 *   are read and validated again, and only the pages that changed rendered again; the API follows; the
 *   search index is refreshed when the server restarts.
 * - An edit in src/, templates/ or site.config.ts starts a fresh builder, which makes a full build, so
 *   the new code takes effect.
 * A failed rebuild keeps serving the last good build (and reloads nothing).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { commandArgs } from './lib/cli.ts';
import type { BuilderMessage, BuiltMessage, PreviewMessage } from './lib/preview-builder.ts';
import { type PreviewServer, servePreview } from './lib/preview-server.ts';

const repo = path.resolve(import.meta.dirname, '..');
const { positionals } = commandArgs(
  'usage: npm start [-- <project folder>]\n  builds a preview with drafts into <project>/_site/ (default: this repository), serves it on\n  http://127.0.0.1:8080 (PORT, HOST), rebuilds on changes and reloads the pages open in the browser',
  {},
  { max: 1 },
);
const root = path.resolve(positionals[0] ?? repo);
const outDir = path.join(root, '_site');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

let builder: ChildProcess | undefined;
/** Resolves with the builder's answer to the request in flight. */
let answer: ((message: BuiltMessage | undefined) => void) | undefined;

function startBuilder(): Promise<BuiltMessage | undefined> {
  builder?.kill();
  const child = fork(path.join(repo, 'scripts', 'lib', 'preview-builder.ts'), [root, outDir], {
    cwd: repo,
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  builder = child;
  // A replaced builder's last words are not an answer to the new one's request.
  child.on('message', (message: BuilderMessage) => {
    if (builder !== child) return;
    // The rest of an update wrote more than the edited articles' pages.
    if (message.type === 'reload') server?.reload();
    else answer?.(message);
  });
  child.on('exit', () => {
    if (builder !== child) return;
    builder = undefined;
    answer?.(undefined);
  });
  return new Promise((resolve) => {
    answer = resolve;
  });
}

function requestUpdate(changed: string[] | undefined): Promise<BuiltMessage | undefined> {
  if (!builder) return startBuilder();
  const request: PreviewMessage = { type: 'update', changed };
  builder.send(request);
  return new Promise((resolve) => {
    answer = resolve;
  });
}

let building: Promise<void> | undefined;
let pending: 'content' | 'code' | undefined;
/** The paths under content/ changed since the last update; undefined when a change could not be placed. */
let changed: Set<string> | undefined = new Set();

/** Runs one rebuild at a time; edits made meanwhile are gathered into the next one. */
async function rebuild(kind: 'content' | 'code'): Promise<void> {
  pending = pending === 'code' || kind === 'code' ? 'code' : 'content';
  if (building) return building;
  building = (async () => {
    while (pending) {
      const what = pending;
      const paths = changed && [...changed];
      pending = undefined;
      changed = new Set();
      const started = performance.now();
      const reply = what === 'code' ? await startBuilder() : await requestUpdate(paths);
      if (reply?.ok) {
        server?.reload();
        console.log(`ready in ${Math.round(performance.now() - started)} ms: ${server?.url ?? ''}/`);
      } else
        console.log('the preview keeps serving the last good build; fix the problems above and save again');
    }
  })();
  await building;
  building = undefined;
}

let server: PreviewServer | undefined;
await rebuild('code');
server = await servePreview(outDir, port, host);
console.log(`serving ${server.url}/ (Ctrl+C to stop)`);

const timers: Partial<Record<'content' | 'code', NodeJS.Timeout>> = {};
const onChange = (kind: 'content' | 'code') => (_event: string, file: string | null) => {
  if (kind === 'content') {
    if (file === null) changed = undefined;
    else changed?.add(file);
  }
  clearTimeout(timers[kind]);
  timers[kind] = setTimeout(() => void rebuild(kind), 50);
};
watch(path.join(root, 'content'), { recursive: true }, onChange('content'));
for (const dir of ['templates', 'src']) watch(path.join(repo, dir), { recursive: true }, onChange('code'));
watch(path.join(repo, 'site.config.ts'), onChange('code'));
