/**
 * `npm start`: builds a preview (drafts included, with a banner) into _site/, serves it on
 * http://localhost:8080 (PORT and HOST to change), and rebuilds on every change.
 * - An edit in content/ is applied incrementally by a long-lived builder process
 *   (scripts/lib/preview-builder.ts): only what changed is read, validated and rendered again; the API
 *   follows; the search index is refreshed when the server restarts.
 * - An edit in src/, templates/ or site.config.ts starts a fresh builder, which makes a full build, so
 *   the new code takes effect.
 * A failed rebuild keeps serving the last good build.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { commandArgs } from './lib/cli.ts';
import type { BuilderMessage, PreviewMessage } from './lib/preview-builder.ts';
import { serveStatic } from './lib/static-server.ts';

commandArgs(
  'usage: npm start\n  builds a preview with drafts into _site/, serves it on http://127.0.0.1:8080 (PORT, HOST) and rebuilds on changes',
  {},
);
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '_site');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

let builder: ChildProcess | undefined;
/** Resolves with the builder's answer to the request in flight. */
let answer: ((message: BuilderMessage | undefined) => void) | undefined;

function startBuilder(): Promise<BuilderMessage | undefined> {
  builder?.kill();
  const child = fork(path.join(root, 'scripts', 'lib', 'preview-builder.ts'), [root, outDir], {
    cwd: root,
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  builder = child;
  // A replaced builder's last words are not an answer to the new one's request.
  child.on('message', (message: BuilderMessage) => {
    if (builder === child) answer?.(message);
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

function requestUpdate(): Promise<BuilderMessage | undefined> {
  if (!builder) return startBuilder();
  const request: PreviewMessage = { type: 'update' };
  builder.send(request);
  return new Promise((resolve) => {
    answer = resolve;
  });
}

let building: Promise<void> | undefined;
let pending: 'content' | 'code' | undefined;

/** Runs one rebuild at a time; edits made meanwhile are gathered into the next one. */
async function rebuild(kind: 'content' | 'code'): Promise<void> {
  pending = pending === 'code' || kind === 'code' ? 'code' : 'content';
  if (building) return building;
  building = (async () => {
    while (pending) {
      const what = pending;
      pending = undefined;
      const started = performance.now();
      const reply = what === 'code' ? await startBuilder() : await requestUpdate();
      if (reply?.ok)
        console.log(`ready in ${Math.round(performance.now() - started)} ms: http://localhost:${port}/`);
      else
        console.log('the preview keeps serving the last good build; fix the problems above and save again');
    }
  })();
  await building;
  building = undefined;
}

await rebuild('code');
const server = await serveStatic(outDir, port, host);
console.log(`serving ${server.url}/ (Ctrl+C to stop)`);

const timers: Partial<Record<'content' | 'code', NodeJS.Timeout>> = {};
const onChange = (kind: 'content' | 'code') => () => {
  clearTimeout(timers[kind]);
  timers[kind] = setTimeout(() => void rebuild(kind), 100);
};
watch(path.join(root, 'content'), { recursive: true }, onChange('content'));
for (const dir of ['templates', 'src']) watch(path.join(root, dir), { recursive: true }, onChange('code'));
watch(path.join(root, 'site.config.ts'), onChange('code'));
