import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { makeProject, REPO, removeProject } from '../helpers/project.ts';
import { bin, runCommand } from '../helpers/run.ts';

const roots: string[] = [];
afterAll(async () => Promise.all(roots.map(removeProject)));

const npmRunNew = (root: string, args: string[]) =>
  runCommand(bin('tsx'), [path.join(REPO, 'scripts', 'new.ts'), '--root', root, ...args], { cwd: root });

const FLAGS = [
  '--province',
  'bac-ninh',
  '--title',
  'Đại hội Đảng bộ Sở Thông tin và Truyền thông lần thứ V',
  '--date',
  '2025-06-10 09:30',
  '--type',
  'congress',
];

describe('npm run new', () => {
  it('writes a draft that validates at once, and refuses to overwrite it', async () => {
    const root = await makeProject({});
    roots.push(root);
    const first = await npmRunNew(root, FLAGS);
    expect(first.code).toBe(0);
    const id = '2025-06-bac-ninh-dai-hoi-dang-bo-so-thong-tin-va-truyen-thong-lan-thu-v';
    expect(first.stdout).toContain(`content/articles/${id}/vi.md`);
    const text = readFileSync(path.join(root, 'content', 'articles', id, 'vi.md'), 'utf8');
    expect(text.split('\n')[1]).toBe('# yaml-language-server: $schema=../../schema/article-vi.schema.json');
    expect(text).toContain('draft: true');
    const loaded = await loadContent({ root });
    expect(loaded.problems).toEqual([]);
    const article = loaded.store?.byId.get(id);
    expect(article?.facts).toMatchObject({
      province: 'bac-ninh',
      eventType: 'congress',
      draft: true,
      organizationType: 'party-committee',
    });
    expect(article?.facts.publishedAt?.iso).toBe('2025-06-10T09:30:00+07:00');

    const again = await npmRunNew(root, FLAGS);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; nothing was written/);
    expect(readFileSync(path.join(root, 'content', 'articles', id, 'vi.md'), 'utf8')).toBe(text);
  });

  it('reports every bad flag at once and writes nothing', async () => {
    const root = await makeProject({});
    roots.push(root);
    const result = await npmRunNew(root, [
      '--province',
      'bac-nin',
      '--title',
      'x',
      '--date',
      '2020-02-30',
      '--type',
      'party',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--province: unknown province "bac-nin"; did you mean "bac-ninh"?');
    expect(result.stderr).toContain('--type: "party" is not an event type');
    expect(result.stderr).toContain('--date: 2020-02-30 is not a real day of the calendar');
    expect(readdirSync(path.join(root, 'content', 'articles'))).toEqual([]);
  });

  it('names the missing flags when run without a terminal', async () => {
    const root = await makeProject({});
    roots.push(root);
    const result = await npmRunNew(root, ['--province', 'bac-ninh']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing --title, --date, --type');
  });
});
