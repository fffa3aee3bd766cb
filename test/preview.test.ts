import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.ts';
import { defineSiteConfig } from '../src/config/site-config.ts';
import { slugFromTitle } from '../src/content/load.ts';
import { outputFileOf } from '../src/output/context.ts';
import { type Preview, startPreview } from '../src/preview.ts';
import { urls } from '../src/site/urls.ts';
import { REPO, snapshot } from './helpers/project.ts';

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

  /** The preview's output is, byte for byte, what a full build of the same content writes. */
  const expectSameAsFullBuild = async (name: string) => {
    const full = path.join(tmp, name);
    expect((await build({ root, outDir: full, config, includeDrafts: true, skipSearch: true })).ok).toBe(
      true,
    );
    expect(snapshot(out)).toEqual(snapshot(full));
  };
  const file = (id: string, lang: string) => path.join(root, ARTICLES, id, `${lang}.md`);
  const edit = async (target: string, change: (text: string) => string) =>
    writeFile(target, change(await readFile(target, 'utf8')));

  it('writes what a full build writes, byte for byte, after edits, an added article and a removed translation', async () => {
    // A page none of the edits below shows: the province page of another province.
    const untouchedPage = outputFileOf(out, urls.province('vi', 'ninh-binh'));
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
    const rest = await result.rest;
    // The edited and added articles' pages before the answer; the English page gone, after it.
    expect(result.written).toBeGreaterThanOrEqual(4);
    expect(rest.removed).toBeGreaterThanOrEqual(1);
    expect(rest.ms).toBeGreaterThan(0);

    await expectSameAsFullBuild('full');
    expect(readFileSync(outputFileOf(out, '/bai-viet/ban-sao-de-thu-xem-truoc/'), 'utf8')).toContain(
      'Bản sao để thử xem trước',
    );
    // A page nobody's edit shows keeps its file: it was not rendered again.
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
    if (fixed.ok) await fixed.rest;
  });

  it("writes only an edited article's page and API document when only its text changed", async () => {
    const times = () =>
      new Map(
        readdirSync(out, { recursive: true })
          .map(String)
          .filter((rel) => statSync(path.join(out, rel)).isFile())
          .map((rel) => [rel.split(path.sep).join('/'), statSync(path.join(out, rel)).mtimeMs]),
      );
    const before = times();
    await edit(file(EDITED, 'vi'), (t) => t.concat('\nMột đoạn nữa, chỉ trong bài.\n'));
    const result = await preview.update();
    expect(result).toMatchObject({ ok: true, full: false, written: 1, removed: 0 });
    if (!result.ok) return;
    // Its page was written before the answer; no page followed (the feed and the API document did).
    expect(await result.rest).toMatchObject({ written: 0, removed: 0, files: 1 });

    const changed = [...times()].filter(([rel, ms]) => before.get(rel) !== ms).map(([rel]) => rel);
    const title = /^title: (.*)$/m.exec(await readFile(file(EDITED, 'vi'), 'utf8'))?.[1] ?? '';
    const page = path
      .relative(out, outputFileOf(out, urls.article('vi', slugFromTitle(title))))
      .split(path.sep)
      .join('/');
    const apiDocument = `api/v1/articles/${EDITED}.json`;
    expect(changed).toContain(page);
    expect(changed).toContain(apiDocument);
    // No listing page and no other API document was written again.
    expect(changed.filter((rel) => rel.endsWith('.html') && rel !== page)).toEqual([]);
    expect(changed.filter((rel) => rel.endsWith('.json') && rel !== apiDocument)).toEqual([]);
    // Of the feeds, sitemap and robots.txt, only the feed that carries the edited text.
    expect(changed.filter((rel) => !rel.endsWith('.html') && !rel.endsWith('.json'))).toEqual(['feed.xml']);

    await expectSameAsFullBuild('full-after-text-edit');
  });

  it('a newer update stops what follows the last one and does it itself: the output ends as a full build writes it', async () => {
    const home = path.join(out, 'index.html');
    await edit(file(EDITED, 'vi'), (t) => t.replace(/^title: .*$/m, 'title: Tiêu đề của lần lưu đầu'));
    const first = await preview.update();
    expect(first).toMatchObject({ ok: true, full: false, written: 2 });
    if (!first.ok) return;
    // Saved again before what follows the first answer (the listings) has begun: no await in between.
    const saved = readFileSync(file(EDITED, 'vi'), 'utf8');
    writeFileSync(file(EDITED, 'vi'), saved.replace(/^title: .*$/m, 'title: Tiêu đề của lần lưu sau'));
    const second = preview.update();
    expect(await first.rest).toMatchObject({ stopped: true, written: 0, files: 0 });
    expect(readFileSync(home, 'utf8')).not.toContain('Tiêu đề của lần lưu đầu');
    const done = await second;
    expect(done).toMatchObject({ ok: true, full: false, written: 2 });
    if (!done.ok) return;
    expect(await done.rest).toMatchObject({ stopped: false });
    expect(readFileSync(home, 'utf8')).toContain('Tiêu đề của lần lưu sau');
    await expectSameAsFullBuild('full-after-quick-saves');
  });

  it('writes every listing and API document that shows an edited title, and all of them after a registry edit', async () => {
    const mtime = (rel: string) => statSync(path.join(out, rel)).mtimeMs;
    const home = 'index.html';
    const articlesJson = 'api/v1/articles.json';
    const untouchedApi = `api/v1/articles/${UNTOUCHED}.json`;
    const homeBefore = mtime(home);
    const listBefore = mtime(articlesJson);
    const untouchedBefore = mtime(untouchedApi);

    await edit(file(EDITED, 'vi'), (t) => t.replace(/^title: .*$/m, 'title: Tiêu đề sửa lần hai'));
    const retitled = await preview.update();
    expect(retitled).toMatchObject({ ok: true, full: false });
    if (!retitled.ok) return;
    // The article's page in both languages before the answer, while the home page still showed the old title.
    expect(retitled.written).toBe(2);
    expect(readFileSync(path.join(out, home), 'utf8')).not.toContain('Tiêu đề sửa lần hai');
    // The listings after it.
    expect((await retitled.rest).written).toBeGreaterThan(2);
    expect(mtime(home)).not.toBe(homeBefore);
    expect(mtime(articlesJson)).not.toBe(listBefore);
    expect(mtime(untouchedApi)).toBe(untouchedBefore);
    expect(readFileSync(path.join(out, home), 'utf8')).toContain('Tiêu đề sửa lần hai');

    // A registry is read by every article's document: all of them are made again.
    // (The province's entry comes after its successor's, which has the same name.)
    await edit(path.join(root, 'content', 'provinces.yaml'), (t) => {
      const name = 'name: { vi: Bắc Ninh, en: Bac Ninh }';
      const at = t.lastIndexOf(name);
      return `${t.slice(0, at)}name: { vi: Bắc Ninh, en: Bac Ninh (renamed) }${t.slice(at + name.length)}`;
    });
    const registry = await preview.update();
    expect(registry).toMatchObject({ ok: true, full: false });
    if (!registry.ok) return;
    await registry.rest;
    expect(mtime(untouchedApi)).not.toBe(untouchedBefore);
    expect(readFileSync(path.join(out, untouchedApi), 'utf8')).toContain('Bac Ninh (renamed)');

    await expectSameAsFullBuild('full-after-title-edit');
  });
});
