/**
 * `npm start`: builds a preview (drafts included, with a banner) into _site/, serves it on
 * http://localhost:8080 (PORT and HOST to change), and rebuilds when content/, templates/ or src/
 * change. Each build runs in a fresh process, so edits to src/ and templates/ take effect too.
 * A failed rebuild keeps serving the last good build. The search index is rebuilt with the pages.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { serveStatic } from './lib/static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '_site');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

function buildOnce(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, path.join(root, 'scripts', 'build.ts'), outDir, '--drafts'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    child.on('exit', (code) => resolve(code === 0));
  });
}

let building: Promise<void> | undefined;
let again = false;
async function rebuild(): Promise<void> {
  if (building) {
    again = true;
    return building;
  }
  building = (async () => {
    do {
      again = false;
      const started = performance.now();
      if (await buildOnce())
        console.log(`ready in ${Math.round(performance.now() - started)} ms: http://localhost:${port}/`);
      else
        console.log('the preview keeps serving the last good build; fix the problems above and save again');
    } while (again);
  })();
  await building;
  building = undefined;
}

await rebuild();
const server = await serveStatic(outDir, port, host);
console.log(`serving ${server.url}/ (Ctrl+C to stop)`);

let timer: NodeJS.Timeout | undefined;
for (const dir of ['content', 'templates', 'src']) {
  watch(path.join(root, dir), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 150);
  });
}
