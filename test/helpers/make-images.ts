/**
 * Makes a project's images in a process of its own and prints what it did as JSON: what a build does
 * in a new process (nothing of eleventy-img's in-memory state carried over). Usage: tsx make-images.ts <root> <out>.
 */
import path from 'node:path';
import { defineSiteConfig } from '../../src/config/site-config.ts';
import { loadContent } from '../../src/content/load.ts';
import { makeImages } from '../../src/images/index.ts';

const [root = '.', out = '_site'] = process.argv.slice(2);
const { store, problems } = await loadContent({ root, now: new Date('2026-11-21T12:00:00+07:00') });
if (!store) throw new Error(JSON.stringify(problems));
const images = await makeImages(store.articles, store.registries, defineSiteConfig(), {
  root,
  outputDir: path.join(root, out),
});
console.log(JSON.stringify(images.counts));
