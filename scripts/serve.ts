/**
 * `npm start`: builds a preview (drafts included, with a banner) into _site/, serves it on
 * http://localhost:8080 (PORT to change), and rebuilds when content/, templates/ or src/ change.
 * The search index is rebuilt too, after the pages, so search may lag a moment behind an edit.
 */
import { createReadStream, watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import config from '../site.config.ts';
import { build, report } from '../src/build.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '_site');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

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
      const result = await build({ root, outDir, config, includeDrafts: true });
      report(result);
      if (result.ok)
        console.log(
          `ready in ${Math.round(performance.now() - started)} ms: http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`,
        );
    } while (again);
  })();
  await building;
  building = undefined;
}

await rebuild();

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = path.join(outDir, decodeURIComponent(url.pathname));
  if (!file.startsWith(outDir)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    await stat(file);
  } catch {
    const lang = url.pathname.startsWith('/en/') ? '/en' : '';
    file = path.join(outDir, lang, '404.html');
    res.statusCode = 404;
  }
  res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
  createReadStream(file)
    .on('error', () => res.end())
    .pipe(res);
});
server.listen(port, host);

let timer: NodeJS.Timeout | undefined;
for (const dir of ['content', 'templates', 'src']) {
  watch(path.join(root, dir), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 150);
  });
}
