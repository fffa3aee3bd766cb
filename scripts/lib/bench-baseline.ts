/**
 * The benchmark's baseline: the same corpus built with plain Eleventy (default settings, one trivial
 * layout, the same Markdown bodies) followed by the Pagefind CLI, each process tree metered.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import {
  check,
  type Figures,
  filesUnder,
  measureSite,
  REPO,
  type SiteFigures,
  whole,
} from './bench-figures.ts';
import { meter } from './process-meter.ts';

export interface BaselineFigures extends SiteFigures {
  eleventy: Figures;
  pagefind: Figures;
  total: Figures;
}

/** A package's command-line entry, from the "bin" field of its package.json. */
export function binOf(pkg: string, name: string): string {
  const dir = path.join(REPO, 'node_modules', pkg);
  const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
    version: string;
  };
  const bin = typeof json.bin === 'string' ? json.bin : json.bin?.[name];
  if (!bin) throw new Error(`${pkg} has no "${name}" command`);
  return path.join(dir, bin);
}
export const versionOf = (pkg: string) =>
  (
    JSON.parse(readFileSync(path.join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/**
 * The baseline's input: each vi.md / en.md of the corpus as `<id>/<lang>.md` with the trivial layout,
 * the article's title and its language, then the same Markdown body, byte for byte.
 */
export async function prepareBaseline(project: string, baseline: string): Promise<number> {
  const src = path.join(baseline, 'src');
  await mkdir(path.join(src, '_includes'), { recursive: true });
  await writeFile(
    path.join(src, '_includes', 'trivial.njk'),
    `<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<title>{{ title }}</title>
</head>
<body>
<main>{{ content | safe }}</main>
</body>
</html>
`,
  );
  let count = 0;
  for (const file of await filesUnder(path.join(project, 'content', 'articles'))) {
    const lang = path.basename(file, '.md');
    if (lang !== 'vi' && lang !== 'en') continue;
    const text = await readFile(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
    if (!match) throw new Error(`${file} has no front matter`);
    const title = (parse(match[1] ?? '') as { title?: unknown }).title;
    if (typeof title !== 'string') throw new Error(`${file} has no title`);
    const id = path.basename(path.dirname(file));
    const front = `---\nlayout: trivial.njk\ntitle: ${JSON.stringify(title)}\nlang: ${lang}\n---\n`;
    await mkdir(path.join(src, id), { recursive: true });
    await writeFile(path.join(src, id, `${lang}.md`), front + text.slice(match[0].length));
    count++;
  }
  return count;
}

export async function runBaseline(baseline: string, outDir: string): Promise<BaselineFigures> {
  const eleventyRun = await meter(
    process.execPath,
    [binOf('@11ty/eleventy', 'eleventy'), '--input=src', `--output=${outDir}`],
    { cwd: baseline },
  );
  check(eleventyRun, 'Eleventy (baseline)');
  const pagefindRun = await meter(process.execPath, [binOf('pagefind', 'pagefind'), '--site', outDir], {
    cwd: baseline,
  });
  check(pagefindRun, 'Pagefind (baseline)');
  const eleventy = whole(eleventyRun);
  const pagefind = whole(pagefindRun);
  return {
    eleventy,
    pagefind,
    total: {
      wallMs: eleventy.wallMs + pagefind.wallMs,
      cpuMs: eleventy.cpuMs + pagefind.cpuMs,
      peakMiB: Math.max(eleventy.peakMiB, pagefind.peakMiB),
    },
    ...(await measureSite(outDir)),
  };
}
