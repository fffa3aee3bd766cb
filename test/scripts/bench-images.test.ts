import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/project.ts';
import { bin, runCommand } from '../helpers/run.ts';

describe('npm run bench:images', () => {
  it('times the checks and a cold and two warm builds, the warm ones encoding nothing', async () => {
    const { code, stdout, stderr } = await runCommand(bin('tsx'), [
      path.join(REPO, 'scripts', 'bench-images.ts'),
      '--photos',
      '2',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^2 photos, [\d.]+ MiB of JPEG, in /);
    expect(lines[1]).toMatch(/^validation: header read \d+ µs per photo; whole load [\d.]+ s$/);
    // One crop for the one article, and the two default cards.
    expect(lines[2]).toMatch(/^cold: [\d.]+ s .*"encoded":2,"hashed":0,"unchanged":0,"shareMade":3,/);
    expect(lines[3]).toMatch(/^output: \d+ files, [\d.]+ MiB/);
    expect(lines[4]).toMatch(
      /^warm, same process: [\d.]+ s, .*"encoded":0,"hashed":0,"unchanged":2,"shareMade":0,/,
    );
    expect(lines[5]).toMatch(
      /^warm, new process: [\d.]+ s, .*"encoded":0,"hashed":0,"unchanged":2,"shareMade":0,/,
    );
  }, 120_000);
});
