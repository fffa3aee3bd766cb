/**
 * The editors' commands read their arguments strictly: `--help` prints the usage, and an unknown option
 * or an argument too many is refused with the usage and exit code 2, before anything is read or written.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/project.ts';
import { bin, runCommand } from '../helpers/run.ts';

let empty: string;
beforeAll(async () => {
  empty = await mkdtemp(path.join(tmpdir(), 'bantin-cli-'));
});
afterAll(() => rm(empty, { recursive: true, force: true }));

/** Runs a script of scripts/ in an empty folder (nothing there for it to read or write). */
const run = (script: string, ...args: string[]) =>
  runCommand(bin('tsx'), [path.join(REPO, 'scripts', `${script}.ts`), ...args], { cwd: empty });

describe('command arguments', () => {
  it.each([
    ['build', 'npm run build'],
    ['validate', 'npm run validate'],
    ['schema', 'npm run schema'],
  ])('%s --help prints the usage and exits 0', async (script, usage) => {
    const { code, stdout } = await run(script, '--help');
    expect(code).toBe(0);
    expect(stdout.startsWith(`usage: ${usage}`)).toBe(true);
  });

  it.each([
    ['build', ['--draft'], 'unknown option --draft'],
    ['schema', ['--out', 'x'], 'unknown option --out'],
    ['validate', ['a', 'b'], 'unexpected argument: b'],
    ['import', ['--root'], "Option '--root <value>' argument missing"],
  ])('%s %j is refused with the usage and exit code 2, and nothing is written', async (script, args, why) => {
    const { code, stdout, stderr } = await run(script, ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(why)).toBe(true);
    expect(stderr).toContain(`usage: npm `);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await readdir(empty)).toEqual([]);
  });
});
