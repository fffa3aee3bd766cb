/**
 * `npm run bench -- --articles 1000 [--english 1] [--seed 42] [--runs 1] [--keep] [--skip-dev]`
 * Builds a synthetic corpus of N articles with bantin (scripts/lib/bench-build.ts, in its own process)
 * and, as a baseline in the same run, with plain Eleventy (default settings, one trivial layout, the
 * same Markdown bodies) followed by the Pagefind CLI. Every process tree is metered from /proc
 * (scripts/lib/process-meter.ts; Linux only). Prints figures and asserts nothing about speed; the last
 * line, `BENCH_JSON {...}`, holds every figure for machines. Then (unless --skip-dev) the preview
 * server's rebuild after one article is edited is timed (see runDevRebuild). With --runs R every figure is the median
 * of R runs (ratios are computed from the medians). The corpus lives in a temporary folder, removed at
 * the end unless --keep is given.
 *
 * How time, CPU and memory are attributed to the build's phases (bench-build sends a mark as each phase
 * starts and ends, with Date.now(), performance.now(), process.cpuUsage() and its RSS):
 * - wall: end − start of performance.now() in the build process;
 * - CPU: the build process's own process.cpuUsage() between the marks (exact), plus the CPU of its
 *   descendants (Pagefind's indexer during 'search index') from the meter's samples, interpolated at
 *   the marks' times (10 ms clock ticks, 25 ms samples: about ±20 ms per phase);
 * - peak: the largest tree RSS sampled within the phase, and the tree RSS at its two marks.
 * The whole-process figures come from the meter alone (see process-meter.ts).
 */
import { fork } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { slugFromTitle } from '../src/content/load.ts';
import { urls } from '../src/site/urls.ts';
import type { BenchMessage, PhaseMark } from './lib/bench-build.ts';
import type { BuilderMessage, PreviewMessage } from './lib/preview-builder.ts';
import { assertSupported, type MeterResult, meter, type Sample, sampledAt } from './lib/process-meter.ts';
import { writeCorpus } from './lib/synthetic-corpus.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const PHASES = ['load+validate', 'pages', 'files', 'api', 'search index', 'publish'] as const;
const MiB = 1024 * 1024;
/** The Node flags `npm run build` passes (package.json), so the bench times the same process. */
const BUILD_FLAGS =
  (
    JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: { build: string } }
  ).scripts.build.match(/--[a-z-]+=\S+/g) ?? [];

interface Figures {
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
}

interface SiteFigures {
  pages: number;
  /** The largest .html page: its size and its path in the output. */
  largestPageKiB: number;
  largestPage: string;
  outputMiB: number;
  indexMiB: number;
}

interface RunFigures {
  ours: SiteFigures & {
    phases: Record<(typeof PHASES)[number], Figures>;
    build: Figures;
    /** Spawn to the first phase's start: Node, the tsx loader and the build's modules loading. */
    startupMs: number;
  };
  baseline: SiteFigures & {
    eleventy: Figures;
    pagefind: Figures;
    total: Figures;
  };
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    english: { type: 'string', default: '1' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'skip-dev': { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const englishShare = Number(values.english);
const seed = Number(values.seed);
const runs = Number(values.runs);
const usage = (what: string) => {
  console.error(`npm run bench: ${what}`);
  process.exit(2);
};
if (!Number.isInteger(articles) || articles < 1) usage('--articles must be a whole number ≥ 1');
if (!(englishShare >= 0 && englishShare <= 1)) usage('--english must be a share between 0 and 1');
if (!Number.isInteger(seed)) usage('--seed must be a whole number');
if (!Number.isInteger(runs) || runs < 1) usage('--runs must be a whole number ≥ 1');
try {
  assertSupported();
} catch (error) {
  usage((error as Error).message);
}

/** A package's command-line entry, from the "bin" field of its package.json. */
function binOf(pkg: string, name: string): string {
  const dir = path.join(REPO, 'node_modules', pkg);
  const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
    version: string;
  };
  const bin = typeof json.bin === 'string' ? json.bin : json.bin?.[name];
  if (!bin) throw new Error(`${pkg} has no "${name}" command`);
  return path.join(dir, bin);
}
const versionOf = (pkg: string) =>
  (
    JSON.parse(readFileSync(path.join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/** Every file under a folder. */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Number of .html pages, the largest one, total size and size of the pagefind/ folder of a built site. */
async function measureSite(dir: string): Promise<SiteFigures> {
  let pages = 0;
  let bytes = 0;
  let index = 0;
  let largest = { bytes: 0, file: '' };
  const indexDir = path.join(dir, 'pagefind') + path.sep;
  for (const file of await filesUnder(dir)) {
    const size = (await stat(file)).size;
    bytes += size;
    if (file.startsWith(indexDir)) index += size;
    if (file.endsWith('.html')) {
      pages++;
      if (size > largest.bytes) largest = { bytes: size, file };
    }
  }
  return {
    pages,
    largestPageKiB: largest.bytes / 1024,
    largestPage: path.relative(dir, largest.file).split(path.sep).join('/'),
    outputMiB: bytes / MiB,
    indexMiB: index / MiB,
  };
}

/**
 * The baseline's input: each vi.md / en.md of the corpus as `<id>/<lang>.md` with the trivial layout,
 * the article's title and its language, then the same Markdown body, byte for byte.
 */
async function prepareBaseline(project: string, baseline: string): Promise<number> {
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

/** Throws with the end of the command's output when it failed. */
function check(run: MeterResult, what: string): void {
  if (run.exitCode === 0) return;
  const tail = run.output.trimEnd().split('\n').slice(-40).join('\n');
  throw new Error(`${what} failed (exit ${run.exitCode ?? run.signal}):\n${tail}`);
}

const whole = (run: MeterResult): Figures => ({
  wallMs: run.wallMs,
  cpuMs: run.cpuMs,
  peakMiB: run.peakRssBytes / MiB,
});

/** Wall, CPU and peak memory of one phase, from its two marks and the samples (see the top comment). */
function phaseFigures(start: PhaseMark, end: PhaseMark, samples: readonly Sample[]): Figures {
  const descendantsCpu = (s: Sample) => s.cpuMs - s.rootCpuMs;
  const descendantsRss = (s: Sample) => s.rssBytes - s.rootRssBytes;
  const ownCpuMs = (end.cpu.user + end.cpu.system - start.cpu.user - start.cpu.system) / 1000;
  const childCpuMs = sampledAt(samples, end.t, descendantsCpu) - sampledAt(samples, start.t, descendantsCpu);
  const rss = [
    start.rss + sampledAt(samples, start.t, descendantsRss),
    end.rss + sampledAt(samples, end.t, descendantsRss),
    ...samples.filter((s) => s.t >= start.t && s.t <= end.t).map((s) => s.rssBytes),
  ];
  return {
    wallMs: end.hr - start.hr,
    cpuMs: ownCpuMs + Math.max(0, childCpuMs),
    peakMiB: Math.max(...rss) / MiB,
  };
}

async function runOurs(project: string, outDir: string): Promise<RunFigures['ours']> {
  const marks: PhaseMark[] = [];
  const run = await meter(
    process.execPath,
    [
      ...BUILD_FLAGS,
      '--import',
      import.meta.resolve('tsx'),
      path.join(REPO, 'scripts', 'lib', 'bench-build.ts'),
      project,
      outDir,
    ],
    {
      cwd: REPO,
      onMessage: (message) => {
        const m = message as BenchMessage;
        if (m.type === 'phase') marks.push(m);
      },
    },
  );
  check(run, 'our build');
  const phases = {} as Record<(typeof PHASES)[number], Figures>;
  for (const phase of PHASES) {
    const start = marks.find((m) => m.phase === phase && m.event === 'start');
    const end = marks.find((m) => m.phase === phase && m.event === 'end');
    if (!start || !end) throw new Error(`the build reported no '${phase}' phase`);
    phases[phase] = phaseFigures(start, end, run.samples);
  }
  const first = marks[0];
  if (!first) throw new Error('the build sent no marks');
  return {
    phases,
    build: whole(run),
    startupMs: first.t - run.startedAt,
    ...(await measureSite(outDir)),
  };
}

/**
 * The preview server's rebuild after an editor saves one article: the preview builder
 * (scripts/lib/preview-builder.ts) makes its first full build (no search index), then one paragraph is
 * added to an article and the time from the update request to the builder's answer (pages written) is
 * taken; the new paragraph must be in the article's page by then. Three articles (the first, middle and
 * last folders) are edited one after the other, each as soon as the last answer came: an editor saving
 * again at once waits for whatever the builder still does after answering (the API). The files are
 * restored afterwards.
 */
async function runDevRebuild(
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
  const replies: BuilderMessage[] = [];
  let waiting: (() => void) | undefined;
  child.on('message', (m: BuilderMessage) => {
    replies.push(m);
    waiting?.();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const reply = async (): Promise<BuilderMessage> => {
    while (replies.length === 0) {
      const next = new Promise<void>((resolve) => {
        waiting = resolve;
      });
      await Promise.race([next, exited.then(() => Promise.reject(new Error('the preview builder exited')))]);
    }
    return replies.shift() as BuilderMessage;
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
      child.send({ type: 'update' } satisfies PreviewMessage);
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

async function runBaseline(baseline: string, outDir: string): Promise<RunFigures['baseline']> {
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

function median(list: readonly number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median of every figure, over runs of the same shape. */
function medians<T>(list: readonly T[]): T {
  const first = list[0];
  if (typeof first === 'number') return median(list as unknown as readonly number[]) as T;
  // Not a figure (a path): the same in every run of the same corpus.
  if (typeof first !== 'object' || first === null) return first as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first as object))
    out[key] = medians(list.map((item) => (item as Record<string, unknown>)[key]));
  return out as T;
}

const work = await mkdtemp(path.join(tmpdir(), 'bantin-bench-'));
const cleanUp = () => {
  if (values.keep) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });

try {
  const project = path.join(work, 'project');
  const baseline = path.join(work, 'baseline');
  const { files } = await writeCorpus({ root: project, articles, englishShare, seed, repo: REPO });
  await prepareBaseline(project, baseline);

  const all: RunFigures[] = [];
  for (let r = 1; r <= runs; r++) {
    // Fresh output folders, none deleted before the runs end: deleting on a disk mounted with
    // `discard` right before a timed run would slow it down.
    const ours = await runOurs(project, path.join(work, `out-ours-${r}`));
    const base = await runBaseline(baseline, path.join(work, `out-baseline-${r}`));
    all.push({ ours, baseline: base });
  }
  const { ours, baseline: base } = medians(all);
  const dev = values['skip-dev'] ? undefined : await runDevRebuild(project, path.join(work, 'out-preview'));
  const ratios = {
    rendering: (ours.phases.pages.wallMs + ours.phases.files.wallMs) / base.eleventy.wallMs,
    indexing: ours.phases['search index'].wallMs / base.pagefind.wallMs,
    wholeBuild: ours.build.wallMs / (base.eleventy.wallMs + base.pagefind.wallMs),
    memory: ours.build.peakMiB / Math.max(base.eleventy.peakMiB, base.pagefind.peakMiB),
  };

  const eleventyVersion = versionOf('@11ty/eleventy');
  const pagefindVersion = versionOf('pagefind');
  const ms = (n: number) => `${Math.round(n)}`.padStart(10);
  const mib = (n: number) => n.toFixed(1).padStart(10);
  const row = (label: string, f: Figures) =>
    `  ${label.padEnd(34)}${ms(f.wallMs)}${ms(f.cpuMs)}${mib(f.peakMiB)}`;
  const one = (label: string, value: string) => `  ${label.padEnd(34)}${value.padStart(10)}`;
  const ratio = (label: string, value: number, how: string) =>
    `  ${label.padEnd(34)}${value.toFixed(2).padStart(10)}   ${how}`;
  const head = (label: string) =>
    `${label.padEnd(36)}${'wall ms'.padStart(10)}${'CPU ms'.padStart(10)}${'peak MiB'.padStart(10)}`;
  const lines = [
    `articles                    ${articles}`,
    `files                       ${files}`,
    `english share               ${englishShare}`,
    `seed                        ${seed}`,
    `runs                        ${runs}${runs > 1 ? ' (every figure is the median of the runs; ratios from the medians)' : ''}`,
    `node                        ${process.version}`,
    `cpus                        ${cpus().length}`,
    '',
    head('ours (bantin build)'),
    ...PHASES.map((phase) => row(phase, ours.phases[phase])),
    row('build process', ours.build),
    one('startup (spawn to load+validate)', `${Math.round(ours.startupMs)} ms`),
    one('pages', String(ours.pages)),
    one('largest page', `${ours.largestPageKiB.toFixed(1)} KiB (${ours.largestPage})`),
    one('output size', `${ours.outputMiB.toFixed(1)} MiB`),
    one('search index size', `${ours.indexMiB.toFixed(1)} MiB`),
    ...(dev
      ? [
          one('preview: first build (no search)', `${Math.round(dev.firstMs)} ms`),
          one(
            'preview: rebuild after an edit',
            `${Math.round(dev.rebuildMs)} ms (median; ${dev.rebuildsMs.map(Math.round).join(', ')} ms for ${dev.rebuildsMs.length} saves in a row)`,
          ),
        ]
      : []),
    '',
    head('baseline'),
    `  (Eleventy ${eleventyVersion}, default settings and one trivial layout; Pagefind ${pagefindVersion} CLI)`,
    row('eleventy', base.eleventy),
    row('pagefind', base.pagefind),
    row('total', base.total),
    one('pages', String(base.pages)),
    one('largest page', `${base.largestPageKiB.toFixed(1)} KiB (${base.largestPage})`),
    one('output size', `${base.outputMiB.toFixed(1)} MiB`),
    one('search index size', `${base.indexMiB.toFixed(1)} MiB`),
    '',
    'ours / baseline',
    ratio('rendering', ratios.rendering, '(pages + files) / eleventy wall'),
    ratio('indexing', ratios.indexing, 'search index / pagefind wall'),
    ratio('whole build', ratios.wholeBuild, 'build process wall / (eleventy + pagefind wall)'),
    ratio('memory', ratios.memory, 'build peak / max(eleventy peak, pagefind peak)'),
    '',
    `BENCH_JSON ${JSON.stringify({
      articles,
      files,
      englishShare,
      seed,
      runs,
      node: process.version,
      cpus: cpus().length,
      eleventyVersion,
      pagefindVersion,
      ours,
      baseline: base,
      ratios,
      ...(dev ? { dev } : {}),
    })}`,
  ];
  console.log(lines.join('\n'));
  if (values.keep) console.log(`\nkept ${work}`);
} catch (error) {
  console.error(`npm run bench: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  if (!values.keep) await rm(work, { recursive: true, force: true });
}
