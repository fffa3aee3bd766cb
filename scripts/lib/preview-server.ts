import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { siteFileOf } from './static-server.ts';

/** The preview's web server, as `npm start` runs it. */
export interface PreviewServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** Reloads every page open in a browser: called after each rebuild. */
  reload(): void;
  close(): Promise<void>;
}

/**
 * Serves the preview with Eleventy's development server, which reloads the pages open in a browser when
 * told to (its script, /.11ty/reload-client.js, is added to each page; the site's Content-Security-Policy
 * allows it, being from the same origin). A missing page answers with the localized 404 (English under
 * /en/). It listens on `host` only (the development server itself listens on every interface).
 * @param port 0 for an ephemeral port
 */
export async function servePreview(outDir: string, port: number, host: string): Promise<PreviewServer> {
  const root = path.resolve(outDir);
  class Server extends EleventyDevServer {
    protected override _serverListen(p: number): void {
      this.server.listen({ port: p, host });
    }
  }
  /** /en/…: left to the server, unless missing: then the English 404 page (siteFileOf). */
  const englishNotFound = async ({ url }: { url: URL }) => {
    const served = await siteFileOf(root, decodeURIComponent(url.pathname));
    if (served?.status !== 404) return undefined;
    return {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: await readFile(served.file, 'utf8'),
    };
  };
  const server = new Server('bantin', root, {
    port,
    liveReload: true,
    // A whole reload: the site's script (search, the language switch) runs again on the new page.
    domDiff: false,
    portReassignmentRetryCount: 0,
    headers: { 'Cache-Control': 'no-store' },
    messageOnStart: () => false,
    onRequest: { '/en/*': englishNotFound },
  });
  server.serve(port);
  await server.ready();
  const address = server.server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    reload: () => server.reload({ files: [] }),
    close: () => server.close(),
  };
}
