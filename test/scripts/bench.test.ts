import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/project.ts';
import { bin, printedFigures, runCommand } from '../helpers/run.ts';

const PHASES = ['load+validate', 'images', 'pages', 'files', 'api', 'search index', 'publish'];

/** The human-readable labels, each at the start of its line. */
const LABELS = [
  'articles',
  'files',
  'english share',
  'seed',
  'runs',
  'node',
  'cpus',
  'ours (bantin build)',
  ...PHASES.map((p) => `  ${p} `),
  '  build process',
  '  startup (spawn to load+validate)',
  '  pages',
  '  largest page',
  '  output size',
  '  search index size',
  '  preview: first build (no search)',
  '  preview: rebuild after an edit',
  'baseline',
  '  eleventy',
  '  pagefind',
  '  total',
  'ours / baseline',
  '  rendering',
  '  indexing',
  '  whole build',
  '  memory',
  'BENCH_JSON ',
];

const positive = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;

interface Figures {
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
}

// Prints figures only; nothing here is about speed.
describe('npm run bench', () => {
  it('builds 1000 synthetic articles with bantin and with the Eleventy + Pagefind baseline, times a preview rebuild, and prints every figure', async () => {
    const { code, stdout, stderr } = await runCommand(
      bin('tsx'),
      [path.join(REPO, 'scripts', 'bench.ts'), '--articles', '1000'],
      { cwd: REPO },
    );
    expect(code, stderr).toBe(0);
    // biome-ignore lint/suspicious/noExplicitAny: the printed JSON, checked field by field below
    const bench = printedFigures(stdout, LABELS, 'BENCH_JSON ') as any;
    expect(bench).toMatchObject({ articles: 1000, files: 2004, englishShare: 1, seed: 42, runs: 1 });
    expect(bench.node).toBe(process.version);
    expect(positive(bench.cpus)).toBe(true);

    const figures = (f: Figures, what: string) => {
      for (const key of ['wallMs', 'cpuMs', 'peakMiB'] as const)
        expect(positive(f?.[key]), `${what} ${key} = ${f?.[key]}`).toBe(true);
    };
    expect(Object.keys(bench.ours.phases)).toEqual(PHASES);
    for (const phase of PHASES) figures(bench.ours.phases[phase], `ours ${phase}`);
    figures(bench.ours.build, 'ours build');
    figures(bench.baseline.eleventy, 'baseline eleventy');
    figures(bench.baseline.pagefind, 'baseline pagefind');
    figures(bench.baseline.total, 'baseline total');
    expect(positive(bench.ours.startupMs)).toBe(true);
    for (const side of [bench.ours, bench.baseline]) {
      expect(side.pages).toBeGreaterThan(1000);
      expect(positive(side.largestPageKiB)).toBe(true);
      expect(side.largestPage).toMatch(/\.html$/);
      expect(positive(side.outputMiB)).toBe(true);
      expect(positive(side.indexMiB)).toBe(true);
    }
    // The preview builder answered each of three saves, and each edited article's page showed its edit
    // (the bench checks).
    expect(positive(bench.dev?.firstMs)).toBe(true);
    expect(positive(bench.dev?.rebuildMs)).toBe(true);
    expect(bench.dev?.rebuildsMs).toHaveLength(3);
    for (const ms of bench.dev?.rebuildsMs ?? []) expect(positive(ms)).toBe(true);
    for (const key of ['rendering', 'indexing', 'wholeBuild', 'memory'])
      expect(positive(bench.ratios[key]), `ratio ${key}`).toBe(true);
  }, 300_000);
});
