/**
 * `npm run bench -- --articles 1000 [--english 1] [--seed 42] [--runs 1] [--keep] [--skip-dev]`
 * Builds a synthetic corpus of N articles with bantin (scripts/lib/bench-build.ts, in its own process)
 * and, as a baseline in the same run, with plain Eleventy (default settings, one trivial layout, the
 * same Markdown bodies) followed by the Pagefind CLI. Every process tree is metered from /proc
 * (scripts/lib/process-meter.ts; Linux only). Prints figures and asserts nothing about speed; the last
 * line, `BENCH_JSON {...}`, holds every figure for machines. Then (unless --skip-dev) the preview
 * server's rebuild after one article is edited is timed (scripts/lib/bench-preview.ts). With --runs R every figure is the median
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
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type BaselineFigures, prepareBaseline, runBaseline, versionOf } from './lib/bench-baseline.ts';
import type { BenchMessage, PhaseMark } from './lib/bench-build.ts';
import {
  BUILD_FLAGS,
  check,
  type Figures,
  MiB,
  measureSite,
  medians,
  REPO,
  type SiteFigures,
  whole,
} from './lib/bench-figures.ts';
import { measurePreviewRebuild } from './lib/bench-preview.ts';
import { assertSupported, meter, type Sample, sampledAt } from './lib/process-meter.ts';
import { writeCorpus } from './lib/synthetic-corpus.ts';

const PHASES = ['load+validate', 'images', 'pages', 'files', 'api', 'search index', 'publish'] as const;

interface RunFigures {
  ours: SiteFigures & {
    phases: Record<(typeof PHASES)[number], Figures>;
    build: Figures;
    /** Spawn to the first phase's start: Node, the tsx loader and the build's modules loading. */
    startupMs: number;
  };
  baseline: BaselineFigures;
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
  const dev = values['skip-dev']
    ? undefined
    : await measurePreviewRebuild(project, path.join(work, 'out-preview'));
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
