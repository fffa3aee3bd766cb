import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Types a static host compresses on the way out (Pagefind's own files are gzipped already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

/** Whether the server gzips this file when asked to (`ServeOptions.gzip`). */
export const isCompressible = (file: string): boolean => COMPRESSIBLE.has(path.extname(file));

export interface ServeOptions {
  /** Gzip text for clients that accept it, as static hosts do (for measuring what readers download). */
  gzip?: boolean;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The file a site path is served from: the file, or a directory's index.html; when neither exists, the
 * localized 404 page (/en/404.html under /en/, else /404.html) with status 404. Undefined for a path
 * outside the site folder.
 */
export async function siteFileOf(
  root: string,
  pathname: string,
): Promise<{ file: string; status: 200 | 404 } | undefined> {
  const file = path.join(root, pathname);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  if (await isFile(file)) return { file, status: 200 };
  const index = path.join(file, 'index.html');
  if (await isFile(index)) return { file: index, status: 200 };
  const localized = path.join(root, 'en', '404.html');
  const notFound =
    pathname.startsWith('/en/') && (await isFile(localized)) ? localized : path.join(root, '404.html');
  return { file: notFound, status: 404 };
}

/**
 * Serves a built site folder (tests and benchmarks): a directory answers with its index.html;
 * anything missing answers 404 with /en/404.html under /en/, else /404.html. The folder is looked up
 * on every request, so a rebuilt site is served as soon as it is published.
 * @param port 0 (the default) for an ephemeral port
 */
export async function serveStatic(
  siteDir: string,
  port = 0,
  host = '127.0.0.1',
  options: ServeOptions = {},
): Promise<StaticServer> {
  const root = path.resolve(siteDir);
  const server = createServer(async (req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const served = await siteFileOf(root, pathname);
    if (!served) {
      res.writeHead(403).end();
      return;
    }
    const { file, status } = served;
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let size: number;
    try {
      size = (await stat(file)).size;
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const gzip =
      options.gzip === true &&
      isCompressible(file) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, {
      'Content-Type': type,
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': size }),
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file).on('error', () => res.destroy());
    if (gzip) stream.pipe(createGzip()).pipe(res);
    else stream.pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
