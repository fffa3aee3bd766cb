import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_QUERIES } from '../../scripts/lib/search-queries.ts';
import { REPO } from '../helpers/project.ts';
import { bin, printedFigures, runCommand } from '../helpers/run.ts';

/** The summary lines, each at the start of its line. */
const LABELS = [
  'corpus and build ',
  'queries ',
  'top-1 ',
  'MRR ',
  'misses ',
  'first search ',
  'Enter to first result ',
  'later search ',
  'BENCH_SEARCH_JSON ',
];

const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);

// A smoke test: the benchmark runs through and prints every figure; nothing here is about how fast or
// how good the search is.
describe('npm run bench:search', () => {
  it('builds 200 synthetic articles and the repository content, runs every query in Chromium and prints every figure', async () => {
    const { code, stdout, stderr } = await runCommand(
      bin('tsx'),
      [path.join(REPO, 'scripts', 'bench-search.ts'), '--articles', '200'],
      { cwd: REPO },
    );
    expect(code, stderr).toBe(0);
    // biome-ignore lint/suspicious/noExplicitAny: the printed JSON, checked field by field below
    const figures = printedFigures(stdout, LABELS, 'BENCH_SEARCH_JSON ') as any;
    const lines = stdout.split('\n');
    // One row per query: its language, the query and its figures.
    for (const q of SEARCH_QUERIES)
      expect(
        lines.some((line) => line.startsWith(`${q.lang.padEnd(5)}${q.query}`)),
        q.query,
      ).toBe(true);
    expect(figures).toMatchObject({ articles: 200, queries: SEARCH_QUERIES.length });
    expect(figures.top1).toBeGreaterThanOrEqual(0);
    expect(figures.top1).toBeLessThanOrEqual(1);
    expect(finite(figures.mrr)).toBe(true);
    expect(Number.isInteger(figures.misses)).toBe(true);
    for (const key of ['firstSearchKB', 'laterSearchKB', 'enterToFirstResultMs'] as const) {
      expect(finite(figures[key].median), key).toBe(true);
      expect(finite(figures[key].max), key).toBe(true);
    }
    expect(figures.firstSearchKB.median).toBeGreaterThan(0);
  }, 600_000);

  it('refuses an unknown option with the usage', async () => {
    const { code, stderr } = await runCommand(
      bin('tsx'),
      [path.join(REPO, 'scripts', 'bench-search.ts'), '--nope'],
      {
        cwd: REPO,
      },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --nope');
    expect(stderr).toContain('usage: npm run bench:search');
  });
});
