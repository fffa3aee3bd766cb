import { readFileSync, statSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.ts';
import { defineSiteConfig } from '../../src/config/site-config.ts';
import { slugFromTitle } from '../../src/content/load.ts';
import { outputFileOf, type Preview, startPreview } from '../../src/dev/preview.ts';
import { urls } from '../../src/site/urls.ts';
import { REPO, snapshot } from '../helpers/project.ts';

const config = defineSiteConfig({ baseUrl: 'https://bantin.test' });
const ARTICLES = 'content/articles';
const EDITED = '2020-05-bac-ninh-dai-hoi-dang-bo-so-tttt-lan-iv';
const UNTOUCHED = '2021-01-bac-ninh-trien-khai-nhiem-vu-2021-huan-chuong-lao-dong';
const LOSES_ENGLISH = '2020-06-long-an-dai-hoi-dang-bo-co-so-so-tttt-lan-iv';

describe('preview: incremental rebuilds after edits in content/', () => {
  let tmp: string;
  let root: string;
  let out: string;
  let preview: Preview;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'bantin-preview-'));
    root = path.join(tmp, 'project');
    out = path.join(tmp, 'preview');
    await cp(path.join(REPO, 'content'), path.join(root, 'content'), { recursive: true });
    const started = await startPreview({ root, outDir: out, config, skipSearch: true });
    expect(started.first.ok).toBe(true);
    preview = started.preview;
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  const file = (id: string, lang: string) => path.join(root, ARTICLES, id, `${lang}.md`);
  const edit = async (target: string, change: (text: string) => string) =>
    writeFile(target, change(await readFile(target, 'utf8')));

  it('writes what a full build writes, byte for byte, after edits, an added article and a removed translation', async () => {
    const title = /^title: (.*)$/m.exec(await readFile(file(UNTOUCHED, 'vi'), 'utf8'))?.[1] ?? '';
    const untouchedPage = outputFileOf(out, urls.article('vi', slugFromTitle(title)));
    const untouchedBefore = statSync(untouchedPage).mtimeMs;

    await edit(file(EDITED, 'vi'), (t) =>
      t
        .replace(/^title: .*$/m, 'title: Đại hội Đảng bộ Sở TT&TT Bắc Ninh lần thứ IV (đã sửa)')
        .concat('\nĐoạn mới.\n'),
    );
    await edit(file(EDITED, 'en'), (t) => t.concat('\nA new paragraph.\n'));
    await cp(path.join(root, ARTICLES, UNTOUCHED), path.join(root, ARTICLES, '2021-02-bac-ninh-ban-sao'), {
      recursive: true,
    });
    await edit(path.join(root, ARTICLES, '2021-02-bac-ninh-ban-sao', 'vi.md'), (t) =>
      t.replace(/^title: .*$/m, 'title: Bản sao để thử xem trước').replace(/^slug: .*\n/m, ''),
    );
    await edit(path.join(root, ARTICLES, '2021-02-bac-ninh-ban-sao', 'en.md'), (t) =>
      t.replace(/^title: .*$/m, 'title: A copy to try the preview').replace(/^slug: .*\n/m, ''),
    );
    await rm(file(LOSES_ENGLISH, 'en'));

    const result = await preview.update();
    expect(result).toMatchObject({ ok: true, full: false });
    if (!result.ok) return;
    expect(result.removed).toBeGreaterThanOrEqual(1);
    expect(await result.api).toBeGreaterThan(0);

    const full = path.join(tmp, 'full');
    expect((await build({ root, outDir: full, config, includeDrafts: true, skipSearch: true })).ok).toBe(
      true,
    );
    expect(snapshot(out)).toEqual(snapshot(full));
    expect(readFileSync(outputFileOf(out, '/bai-viet/ban-sao-de-thu-xem-truoc/'), 'utf8')).toContain(
      'Bản sao để thử xem trước',
    );
    // An article nobody touched keeps its file: it was not rendered again.
    expect(statSync(untouchedPage).mtimeMs).toBe(untouchedBefore);
  });

  it('reports problems with their place and leaves the output as it was; the fix is picked up', async () => {
    const before = snapshot(out);
    const original = await readFile(file(EDITED, 'vi'), 'utf8');
    await edit(file(EDITED, 'vi'), (t) => t.replace(/^province: .*$/m, 'province: bac-ninhh'));
    const broken = await preview.update();
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      `${ARTICLES}/${EDITED}/vi.md:${original.split('\n').findIndex((l) => l.startsWith('province:')) + 1} province`,
    ]);
    expect(snapshot(out)).toEqual(before);

    await writeFile(file(EDITED, 'vi'), original);
    const fixed = await preview.update();
    expect(fixed).toMatchObject({ ok: true, full: false });
    if (fixed.ok) await fixed.api;
  });
});
