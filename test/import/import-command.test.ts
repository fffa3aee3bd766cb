import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import type { ImportReport } from '../../src/import/report.ts';
import { makeProject, REPO, removeProject, snapshot } from '../helpers/project.ts';

const SEEDS = path.join(REPO, 'test', 'fixtures', 'seeds');
const FIXTURES = path.join(REPO, 'test', 'import', 'fixtures');
const run = promisify(execFile);

/** Runs npm run import in a project, under a time zone; exit code, stdout and stderr. */
async function importInto(root: string, args: string[], tz = 'UTC') {
  try {
    const { stdout, stderr } = await run(
      path.join(REPO, 'node_modules', '.bin', 'tsx'),
      [path.join(REPO, 'scripts', 'import.ts'), '--root', root, ...args],
      { cwd: root, env: { ...process.env, TZ: tz } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const roots: string[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await removeProject(root);
});

/** A project with an archive folder: the seeds in one subfolder, the unit fixtures in another, a note beside. */
async function projectWithArchive() {
  const root = await makeProject({ 'archive/README': 'not a portal text' });
  roots.push(root);
  for (const [from, sub] of [
    [SEEDS, '2020'],
    [FIXTURES, 'other'],
  ] as const) {
    mkdirSync(path.join(root, 'archive', sub), { recursive: true });
    for (const f of readdirSync(from)) copyFileSync(path.join(from, f), path.join(root, 'archive', sub, f));
  }
  return root;
}

describe('npm run import on an archive', () => {
  it('writes one draft per .txt file below a folder, all valid, and reports per file and in total, also as JSON', async () => {
    const root = await projectWithArchive();
    const { code, stdout } = await importInto(root, ['archive', '--report', 'report.json']);
    expect(code).toBe(0);
    expect(readdirSync(path.join(root, 'content', 'articles'))).toHaveLength(7);
    expect(stdout).toContain('7 file(s): 7 written, 0 already imported, 0 refused');
    expect(stdout).toMatch(/archive\/other\/congress-ha-giang\.txt -> content\/articles\/.+\/vi\.md/);
    expect(stdout).toContain('left for you: targets: a commitment of 80%');
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as ImportReport;
    expect(report.totals).toMatchObject({ files: 7, written: 7, alreadyImported: 0, refused: 0 });
    expect(report.totals.facts.targets).toBe(16 + 4);
    expect(report.totals.facts.officialsElected).toBe(5 + 3);
    const haGiang = report.files.find((f) => f.file.endsWith('congress-ha-giang.txt'));
    expect(haGiang?.gaps.find((g) => g.field === 'targets')).toMatchObject({
      sentence: expect.stringContaining('80% cán bộ, công chức được bồi dưỡng kỹ năng số'),
      suggestedKey: 'can-bo-cong-chuc',
    });
    const { problems } = await loadContent({ root });
    expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([]);
  });

  it('does not make a second article when the same text is imported again, however it was saved', async () => {
    const root = await projectWithArchive();
    await importInto(root, ['archive']);
    const before = snapshot(path.join(root, 'content'));
    const seed = readFileSync(path.join(SEEDS, '000_8c78a1a5488c5a17.txt'), 'utf8');
    writeFileSync(path.join(root, 'copy.txt'), `\uFEFF${seed.replace(/\n/g, '\r\n').normalize('NFD')}`);
    const again = await importInto(root, ['archive', 'copy.txt']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('8 file(s): 0 written, 8 already imported, 0 refused');
    expect(again.stdout).toMatch(/copy\.txt: already imported as content\/articles\/2020-05-bac-ninh-/);
    expect(snapshot(path.join(root, 'content'))).toEqual(before);
  });

  it('never overwrites an article made from other text, and says so', async () => {
    const root = await makeProject({});
    roots.push(root);
    const seed = readFileSync(path.join(SEEDS, '000_8c78a1a5488c5a17.txt'), 'utf8');
    writeFileSync(path.join(root, 'a.txt'), seed);
    writeFileSync(path.join(root, 'b.txt'), seed.replace('Số lượt xem: 275', 'Số lượt xem: 276'));
    const { code, stdout } = await importInto(root, ['a.txt', 'b.txt']);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /b\.txt: content\/articles\/2020-05-bac-ninh-\S+ already exists and was not imported from this text; nothing was written/,
    );
    expect(
      readFileSync(
        path.join(
          root,
          'content',
          'articles',
          readdirSync(path.join(root, 'content', 'articles'))[0] as string,
          'vi.md',
        ),
        'utf8',
      ),
    ).toContain('views: 275');
  });

  it('writes no draft for a text that prints no date, as a draft without one does not validate, and says so', async () => {
    const root = await makeProject({
      'undated.txt':
        'Sở Thông tin và Truyền thông tỉnh Lâm Đồng làm việc với Viettel\n\nHai bên thống nhất phấn đấu 100% dân số được phủ sóng 4G.\n\nThu Hằng\n',
    });
    roots.push(root);
    const { code, stdout } = await importInto(root, ['undated.txt']);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'undated.txt: no date line, and no day of the event printed; an article needs a date',
    );
    expect(stdout).toContain('1 file(s): 0 written, 0 already imported, 1 refused');
    expect(readdirSync(path.join(root, 'content', 'articles'))).toEqual([]);
  });

  it('writes the same drafts in any time zone', async () => {
    const [utc, la] = [await makeProject({}), await makeProject({})];
    roots.push(utc, la);
    await importInto(utc, [SEEDS, FIXTURES], 'UTC');
    await importInto(la, [SEEDS, FIXTURES], 'America/Los_Angeles');
    expect(Object.keys(snapshot(path.join(utc, 'content', 'articles')))).toHaveLength(7);
    expect(snapshot(path.join(la, 'content', 'articles'))).toEqual(
      snapshot(path.join(utc, 'content', 'articles')),
    );
  });

  it('refuses a path that does not exist before writing anything', async () => {
    const root = await makeProject({});
    roots.push(root);
    const { code, stderr } = await importInto(root, [SEEDS, 'nowhere']);
    expect(code).toBe(1);
    expect(stderr).toContain('not found: nowhere; nothing was imported');
    expect(readdirSync(path.join(root, 'content', 'articles'))).toEqual([]);
  });
});
