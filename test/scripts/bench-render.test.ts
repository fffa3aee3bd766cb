import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_BODIES } from '../../scripts/lib/hostile-bodies.ts';
import { REPO } from '../helpers/project.ts';
import { bin, printedFigures, runCommand } from '../helpers/run.ts';

// A smoke test: the benchmark runs through and prints every figure; nothing here is about how fast.
describe('npm run bench:render', () => {
  it('renders every body just inside the limits, checks the refused ones, and prints every figure', async () => {
    const { code, stdout, stderr } = await runCommand(
      bin('tsx'),
      [path.join(REPO, 'scripts', 'bench-render.ts'), '--size', '20000', '--runs', '1'],
      { cwd: REPO },
    );
    expect(code, stderr).toBe(0);
    const labels = HOSTILE_BODIES.map((b) => `${b.name} `);
    // biome-ignore lint/suspicious/noExplicitAny: the printed JSON, checked field by field below
    const figures = printedFigures(stdout, [...labels, 'BENCH_RENDER_JSON '], 'BENCH_RENDER_JSON ') as any;
    expect(figures).toMatchObject({ size: 20000, runs: 1 });
    expect(figures.rows).toHaveLength(HOSTILE_BODIES.length);
    for (const row of figures.rows) {
      expect(row.chars, row.name).toBeGreaterThan(10_000);
      expect(Number.isFinite(row.ms) && Number.isFinite(row.halfMs), row.name).toBe(true);
    }
    const refused = figures.rows.filter((r: { refusedAt: string }) => r.refusedAt !== '-');
    expect(refused).toHaveLength(HOSTILE_BODIES.filter((b) => b.refused).length);
  }, 120_000);

  it('refuses an unknown option with the usage', async () => {
    const { code, stderr } = await runCommand(
      bin('tsx'),
      [path.join(REPO, 'scripts', 'bench-render.ts'), '--nope'],
      {
        cwd: REPO,
      },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run bench:render');
  });
});
