/**
 * What every output module is given: the validated Store, the site settings and the folder it writes
 * into. The build (src/build.ts) and the preview (src/preview.ts) make one and hand it to the same
 * modules: pages.ts, files.ts, api.ts, search.ts.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';
import type { SiteConfig } from '../config/site-config.ts';
import type { Store } from '../content/store.ts';
import { type BodyRenderer, renderBody } from '../render/index.ts';

export interface OutputContext {
  /** The project root (holds content/ and the image cache). */
  root: string;
  store: Store;
  config: SiteConfig;
  /** The folder written into: the build's staging folder, or the preview's output. */
  outDir: string;
  /** The presentation folder (templates/). */
  templatesDir: string;
  /** Preview: drafts are written, with a banner. Never for a published build. */
  includeDrafts: boolean;
  /** Markdown to safe HTML; pages, feeds and the API share it (see memoizedRenderer). */
  renderBody: BodyRenderer;
}

/** Markdown to safe HTML, each distinct body rendered once (pages, feeds and the API show the same). */
export function memoizedRenderer(bodies: Map<string, string> = new Map()): BodyRenderer {
  return (text) => {
    let html = bodies.get(text.body);
    if (html === undefined) {
      html = renderBody(text);
      bodies.set(text.body, html);
    }
    return html;
  };
}

/** The presentation folder: the given one, else bantin's own templates/. */
export function templatesDirOf(templatesDir: string | undefined): string {
  return path.resolve(templatesDir ?? path.join(import.meta.dirname, '..', '..', 'templates'));
}

/**
 * Templates are TypeScript, imported with Node's own import() (by Eleventy, and by the modules that
 * render without it): the tsx loader must be registered in this process (it already is under `tsx`,
 * not under a test runner or plain node).
 */
let loaderRegistered = false;
export function ensureTypeScriptLoader(): void {
  if (loaderRegistered) return;
  register();
  loaderRegistered = true;
}

/** A module of the presentation folder, the TypeScript loader registered first. */
export async function importTemplate<T>(templatesDir: string, file: string): Promise<T> {
  ensureTypeScriptLoader();
  return (await import(pathToFileURL(path.join(templatesDir, file)).href)) as T;
}

/** Where a site path is written: `/a/` to `a/index.html`, `/a.xml` to `a.xml` (as Eleventy does). */
export function outputFileOf(outDir: string, permalink: string): string {
  const rel = permalink.endsWith('/') ? `${permalink}index.html` : permalink;
  return path.join(outDir, ...rel.split('/').filter(Boolean));
}
