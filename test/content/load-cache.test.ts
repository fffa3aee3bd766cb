import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoadCache, type LoadCache, loadContent } from '../../src/content/load.ts';
import { makeProject, removeProject, VI_MD, withLine } from '../helpers/project.ts';

/** Two articles, one of them in a grouping folder, loaded once with a cache as the preview does. */
describe('load with a cache and the paths a watcher reported', () => {
  let root: string;
  let cache: LoadCache;
  const title = (store: Awaited<ReturnType<typeof loadContent>>['store'], id: string) =>
    store?.byId.get(id)?.text.vi.title;
  const load = (changed?: string[]) => loadContent({ root, cache, changed });
  const second = withLine(
    withLine(VI_MD, 2, 'title: Hội nghị tổng kết năm'),
    6,
    'publishedAt: 2021-01-10 08:00',
  );

  beforeEach(async () => {
    root = await makeProject({
      'content/articles/bai-mot/vi.md': VI_MD,
      'content/articles/2021/bai-hai/vi.md': second,
    });
    cache = createLoadCache();
    const first = await load();
    expect(first.problems).toEqual([]);
  });
  afterEach(() => removeProject(root));

  const file = (rel: string) => path.join(root, 'content', rel);

  it('reads again only the folders on the reported paths; the others keep their Article objects', async () => {
    const before = (await load([])).store;
    await writeFile(file('articles/2021/bai-hai/vi.md'), withLine(second, 2, 'title: Tiêu đề đã sửa'));
    const after = (await load(['articles/2021/bai-hai/vi.md'])).store;
    expect(title(after, 'bai-hai')).toBe('Tiêu đề đã sửa');
    expect(after?.byId.get('bai-mot')).toBe(before?.byId.get('bai-mot'));
  });

  it('leaves an edit no watcher reported to the next load without paths, which checks every file', async () => {
    await writeFile(file('articles/bai-mot/vi.md'), withLine(VI_MD, 2, 'title: Không ai báo'));
    expect(title((await load([])).store, 'bai-mot')).toBe('Đại hội Đảng bộ Sở lần thứ IV');
    expect(title((await load()).store, 'bai-mot')).toBe('Không ai báo');
  });

  it('finds a folder added, and forgets one removed or renamed', async () => {
    await mkdir(file('articles/bai-ba'));
    await writeFile(
      file('articles/bai-ba/vi.md'),
      withLine(withLine(VI_MD, 2, 'title: Bài thứ ba'), 6, 'publishedAt: 2022-02-02 09:00'),
    );
    expect([...((await load(['articles/bai-ba'])).store?.byId.keys() ?? [])].sort()).toEqual([
      'bai-ba',
      'bai-hai',
      'bai-mot',
    ]);
    await rm(file('articles/bai-ba'), { recursive: true });
    await rename(file('articles/2021'), file('articles/nam-2021'));
    const after = await load(['articles/bai-ba', 'articles/2021', 'articles/nam-2021']);
    expect([...(after.store?.byId.keys() ?? [])].sort()).toEqual(['bai-hai', 'bai-mot']);
    expect(after.store?.byId.get('bai-hai')?.dir).toBe('content/articles/nam-2021/bai-hai');
    // The same as a load that looks at everything.
    expect((await loadContent({ root })).store?.byId.get('bai-hai')?.dir).toBe(
      'content/articles/nam-2021/bai-hai',
    );
  });

  it('reports a problem in a file added to a known folder', async () => {
    await writeFile(file('articles/bai-mot/notes.md'), 'x');
    const result = await load(['articles/bai-mot/notes.md']);
    expect(result.problems.map((p) => p.file)).toEqual(['content/articles/bai-mot/notes.md']);
  });

  it('starts over when a registry changed', async () => {
    const provinces = file('provinces.yaml');
    await cp(provinces, `${provinces}.bak`);
    await writeFile(provinces, 'nonsense: [');
    expect((await load(['provinces.yaml'])).problems.length).toBeGreaterThan(0);
    await rename(`${provinces}.bak`, provinces);
    const again = await load(['provinces.yaml']);
    expect(again.problems).toEqual([]);
    expect([...(again.store?.byId.keys() ?? [])].sort()).toEqual(['bai-hai', 'bai-mot']);
  });
});
