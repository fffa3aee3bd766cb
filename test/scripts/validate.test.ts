import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EN_MD, makeProject, REPO, removeProject, VI_MD, withLine } from '../helpers/project.ts';
import { bin, runCommand } from '../helpers/run.ts';

const roots: string[] = [];
afterAll(async () => Promise.all(roots.map(removeProject)));

/** Runs `npm run validate`'s script on a project, in a given time zone. */
const validate = (root: string, tz = 'UTC') =>
  runCommand(bin('tsx'), [path.join(REPO, 'scripts', 'validate.ts'), root], {
    cwd: root,
    env: { ...process.env, TZ: tz },
  });

describe('npm run validate', () => {
  it('exits 0 and says so on the repository content', async () => {
    const { code, stdout } = await validate(REPO);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^No problems: 5 articles \(5 with English\), 14 files checked in \d+ ms\n$/);
  });

  it('prints every problem on its own line with file:line:column, field and fix, then a count, and exits 1', async () => {
    const root = await makeProject({
      'content/articles/a/vi.md': withLine(
        withLine(VI_MD, 5, 'province: bac-nin'),
        23,
        '    role: deputy-secetary',
      ),
      'content/articles/b/vi.md': withLine(VI_MD, 6, 'publishedAt: 2020-02-30'),
      'content/articles/c/en.md': EN_MD,
    });
    roots.push(root);
    const { code, stdout } = await validate(root);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'content/articles/a/vi.md:5:11  province  unknown province "bac-nin"; did you mean "bac-ninh"?; use a key listed in content/provinces.yaml',
      'content/articles/a/vi.md:23:11  officialsElected[1].role  unknown role "deputy-secetary"; did you mean "deputy-secretary"?; use a key listed in content/roles.yaml',
      'content/articles/b/vi.md:6:14  publishedAt  2020-02-30 is not a real day of the calendar; check the month and day',
      'content/articles/c/en.md:1:1  -  en.md has no vi.md beside it; the Vietnamese original carries the facts: add vi.md or move en.md',
      '',
      expect.stringMatching(/^4 problems in 3 files \(\d+ files checked in \d+ ms\)$/),
      '',
    ]);
  });

  it('prints a warning on its own line without failing', async () => {
    const root = await makeProject({
      'content/articles/a/vi.md': VI_MD,
      'content/articles/a/anh-thua.jpg': 'not listed',
    });
    roots.push(root);
    const { code, stdout } = await validate(root);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'content/articles/a/vi.md:1:1  photos  warning: "anh-thua.jpg" is in the article folder but no photo lists it; add it to photos with its caption, or delete the file (a warning: the build goes on without it)',
      expect.stringMatching(
        /^No problems: 1 articles \(0 with English\), 5 files checked in \d+ ms; 1 warning$/,
      ),
      '',
    ]);
  });

  it('reads dates the same whatever the machine time zone', async () => {
    const root = await makeProject({
      'content/articles/a/vi.md': withLine(VI_MD, 6, 'publishedAt: 2099-01-01 06:00'),
    });
    roots.push(root);
    const outputs = await Promise.all(
      ['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh'].map((tz) => validate(root, tz)),
    );
    for (const o of outputs) {
      expect(o.code).toBe(1);
      expect(o.stdout).toContain(
        'content/articles/a/vi.md:6:14  publishedAt  2099-01-01T06:00:00+07:00 is in the future',
      );
    }
  });
});
