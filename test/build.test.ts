import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atLimit, HOSTILE_BODIES } from '../scripts/lib/hostile-bodies.ts';
import { build } from '../src/build.ts';
import { defineSiteConfig } from '../src/config/site-config.ts';
import { LANGUAGES } from '../src/schema/registries.ts';
import { urls } from '../src/site/urls.ts';
import { EN_MD, makeProject, REPO, removeProject, snapshot, VI_MD, withLine } from './helpers/project.ts';

const config = defineSiteConfig({ baseUrl: 'https://bantin.test' });
const cleanup: string[] = [];
afterAll(async () => Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bantin-build-'));
  cleanup.push(dir);
  return dir;
}

const fileOf = (out: string, url: string) => path.join(out, url.endsWith('/') ? `${url}index.html` : url);

describe('build of the repository content', () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(await tempDir(), '_site');
    const result = await build({ root: REPO, outDir: out, config });
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  it('writes every kind of page in both languages', () => {
    for (const lang of LANGUAGES) {
      for (const url of [
        urls.home(lang),
        urls.provinces(lang),
        urls.province(lang, 'bac-ninh'),
        urls.province(lang, 'ha-giang'),
        urls.officials(lang),
        urls.official(lang, 'nguyen-viet-hung'),
        urls.targets(lang),
        urls.indicator(lang, 'online-public-services-level-4'),
        urls.archive(lang),
        urls.archiveMonth(lang, 2020, 5),
        urls.search(lang),
        urls.notFound(lang),
        urls.feed(lang),
      ]) {
        expect(existsSync(fileOf(out, url)), url).toBe(true);
      }
    }
    expect(existsSync(path.join(out, 'sitemap.xml'))).toBe(true);
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://bantin.test/sitemap.xml',
    );
  });

  it('writes each article in Vietnamese and English, with lang and alternates that exist', () => {
    const html = readdirSync(out, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'));
    const articles = html.filter((f) => f.startsWith('bai-viet/') || f.startsWith('en/articles/'));
    expect(articles).toHaveLength(10);
    for (const file of html) {
      const page = readFileSync(path.join(out, file), 'utf8');
      const lang = file.startsWith('en/') ? 'en' : 'vi';
      expect(page, file).toContain(`<html lang="${lang}">`);
      for (const [, hreflang, href] of page.matchAll(
        /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g,
      )) {
        const target = (href as string).replace('https://bantin.test', '');
        expect(existsSync(fileOf(out, target)), `${file} -> ${hreflang} ${target}`).toBe(true);
      }
    }
  });

  it('shows the facts box with the date and time as printed and the views when known', () => {
    const vi = readFileSync(
      fileOf(out, urls.article('vi', 'dai-hoi-dang-bo-so-thong-tin-va-truyen-thong-lan-thu-iv')),
      'utf8',
    );
    expect(vi).toContain('<time datetime="2020-05-30T12:02:00+07:00">30/05/2020 12:02</time>');
    expect(vi).toMatch(/<dt>Lượt xem<\/dt><dd>275<\/dd>/);
    expect(vi).toContain('Nguyễn Việt Hùng');
    const dateOnly = readFileSync(
      fileOf(
        out,
        urls.article(
          'vi',
          'bi-thu-tinh-uy-hoang-thi-thuy-lan-lam-viec-voi-dang-uy-ban-giam-doc-so-thong-tin-va-truyen-thong',
        ),
      ),
      'utf8',
    );
    expect(dateOnly).toContain('<time datetime="2020-03-19">19/03/2020</time>');
    expect(dateOnly).not.toContain('00:00');
    expect(dateOnly).not.toContain('Lượt xem');
  });

  it('loads no script but the share bar on article pages (its buttons hidden without it), and the search on the search page', () => {
    const article = readFileSync(
      fileOf(out, urls.article('vi', 'dai-hoi-dang-bo-so-thong-tin-va-truyen-thong-lan-thu-iv')),
      'utf8',
    );
    expect([...article.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1])).toEqual([
      '/assets/share.js',
    ]);
    // Without the script: the Facebook link works, the buttons that need it are not shown.
    expect(article).toMatch(/<button type="button" data-share hidden>/);
    expect(article).toContain(
      'href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbantin.test%2Fbai-viet%2F',
    );
    expect(readFileSync(fileOf(out, urls.search('en')), 'utf8')).toContain(
      '<script src="/assets/site.js" defer></script>',
    );
  });

  it('shows breadcrumbs on an article, with their BreadcrumbList, and its related articles', () => {
    const article = readFileSync(
      fileOf(out, urls.article('vi', 'dai-hoi-dang-bo-so-thong-tin-va-truyen-thong-lan-thu-iv')),
      'utf8',
    );
    expect(article).toContain(
      '<nav class="breadcrumbs" aria-label="Bạn đang ở"><ol><li><a href="/">Trang chủ</a></li><li><a href="/tinh/bac-ninh/">Bắc Ninh</a></li><li aria-current="page">Đại hội Đảng bộ Sở Thông tin và Truyền thông lần thứ IV</li></ol></nav>',
    );
    const lists = [...article.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
      .map((m) => JSON.parse(m[1] ?? ''))
      .filter((d) => d['@type'] === 'BreadcrumbList');
    expect(lists).toHaveLength(1);
    expect(
      lists[0].itemListElement.map((i: { position: number; item: string }) => [i.position, i.item]),
    ).toEqual([
      [1, 'https://bantin.test/'],
      [2, 'https://bantin.test/tinh/bac-ninh/'],
      [3, 'https://bantin.test/bai-viet/dai-hoi-dang-bo-so-thong-tin-va-truyen-thong-lan-thu-iv/'],
    ]);
    // The other Bắc Ninh article is related to it.
    const related = /<section class="related"[\s\S]*?<\/section>/.exec(article)?.[0] ?? '';
    expect(related).toContain('/bai-viet/so-thong-tin-va-truyen-thong-trien-khai-nhiem-vu-cong-tac-nam-2021');
    expect(related).not.toContain('/bai-viet/dai-hoi-dang-bo-so-thong-tin-va-truyen-thong-lan-thu-iv/');
  });

  it('lists alternates in the sitemap and the articles in each feed', () => {
    const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(
      '<loc>https://bantin.test/bai-viet/dai-hoi-dang-bo-so-thong-tin-va-truyen-thong-lan-thu-iv/</loc>',
    );
    expect(sitemap).toMatch(/hreflang="en" href="https:\/\/bantin\.test\/en\/articles\//);
    expect(sitemap).toContain('hreflang="x-default"');
    for (const lang of LANGUAGES) {
      const feed = readFileSync(fileOf(out, urls.feed(lang)), 'utf8');
      expect(feed.match(/<entry>/g)).toHaveLength(5);
      expect(feed).toContain(`xml:lang="${lang}"`);
    }
  });

  it('indexes one Pagefind index per language', () => {
    const entry = JSON.parse(readFileSync(path.join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'vi']);
    expect(entry.languages.vi?.page_count).toBe(5);
    expect(entry.languages.en?.page_count).toBe(5);
    // Every index file written whole (Pagefind 1.5's writeFiles could leave files empty), and only
    // what the site's own search uses (no ready-made Pagefind UI).
    const files = readdirSync(path.join(out, 'pagefind'), { recursive: true }).map(String);
    for (const file of files) {
      const abs = path.join(out, 'pagefind', file);
      if (statSync(abs).isFile()) expect(statSync(abs).size, file).toBeGreaterThan(0);
    }
    expect(files).toContain('pagefind.js');
    // The index holds the text folded; the fragments results are shown from hold it as written, word
    // for word (zero-width spaces between words), with the title as written.
    const fragments = files.filter((f) => f.endsWith('.pf_fragment'));
    expect(fragments).toHaveLength(10);
    for (const file of fragments) {
      const raw = gunzipSync(readFileSync(path.join(out, 'pagefind', file))).toString('utf8');
      const fragment = JSON.parse(raw.slice('pagefind_dcd'.length)) as {
        content: string;
        meta: { title: string };
      };
      expect(fragment.content, file).toContain('\u200B');
      if (file.includes('vi_')) {
        expect(fragment.meta.title, file).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]/i);
        expect(fragment.content.replaceAll('\u200B', ''), file).toMatch(/Thông tin và Truyền thông/);
      }
    }
    expect(files.filter((f) => f.startsWith('pagefind-ui') || f.startsWith('pagefind-component'))).toEqual(
      [],
    );
  });
});

describe('a build that fails', () => {
  it('prints the problems and leaves the previous output byte for byte as it was', async () => {
    const root = await makeProject({ 'content/articles/a/vi.md': VI_MD, 'content/articles/a/en.md': EN_MD });
    cleanup.push(root);
    const out = path.join(root, '_site');
    const first = await build({ root, outDir: out, config });
    expect(first.ok).toBe(true);
    const before = snapshot(out);
    expect(Object.keys(before).length).toBeGreaterThan(20);

    await removeProject(path.join(root, 'content/articles/b'));
    const { writeFile, mkdir } = await import('node:fs/promises');
    await mkdir(path.join(root, 'content/articles/b'), { recursive: true });
    await writeFile(path.join(root, 'content/articles/b/vi.md'), withLine(VI_MD, 5, 'province: atlantis'));
    const second = await build({ root, outDir: out, config });
    expect(second.ok).toBe(false);
    if (!second.ok)
      expect(second.problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
        'content/articles/b/vi.md:5 province',
      ]);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root).filter((f) => f.includes('staging'))).toEqual([]);
  });
});

describe('drafts', () => {
  it('are never published by a build, and shown with a banner in preview', async () => {
    const draft = withLine(VI_MD, 30, 'tags: [party-congress]\ndraft: true');
    const root = await makeProject({ 'content/articles/a/vi.md': draft });
    cleanup.push(root);
    const published = path.join(root, '_site');
    expect((await build({ root, outDir: published, config })).ok).toBe(true);
    const all = readdirSync(published, { recursive: true }).map(String);
    expect(all.filter((f) => f.startsWith('bai-viet/'))).toEqual([]);
    for (const f of all.filter((x) => /\.(html|xml|json)$/.test(x))) {
      expect(readFileSync(path.join(published, f), 'utf8'), f).not.toContain('Đại hội Đảng bộ Sở lần thứ IV');
    }
    const preview = path.join(root, '_preview');
    expect((await build({ root, outDir: preview, config, includeDrafts: true, skipSearch: true })).ok).toBe(
      true,
    );
    const page = readFileSync(
      path.join(preview, 'bai-viet', 'dai-hoi-dang-bo-so-lan-thu-iv', 'index.html'),
      'utf8',
    );
    expect(page).toContain('<p class="draft-banner" role="status">Bản nháp: chưa xuất bản</p>');
  });
});

describe('hreflang alternates and x-default', () => {
  it('name the Vietnamese page as x-default, in the page and the sitemap alike, only for pages in both languages', async () => {
    const root = await makeProject({
      'content/articles/a/vi.md': VI_MD,
      'content/articles/a/en.md': EN_MD,
      'content/articles/b/vi.md': withLine(VI_MD, 2, 'title: Bài chỉ có tiếng Việt').replace(
        '  - name: Nguyễn Việt Hùng',
        '  - name: Trần Văn Bình',
      ),
    });
    cleanup.push(root);
    const out = path.join(root, '_site');
    const result = await build({ root, outDir: out, config });
    expect(result.ok, JSON.stringify(result.ok || result.problems)).toBe(true);
    const xDefaultOf = (html: string) => /hreflang="x-default" href="([^"]+)"/.exec(html)?.[1] ?? null;
    const both = readFileSync(
      fileOf(out, urls.article('en', 'fourth-congress-of-the-party-committee-of-the-department')),
      'utf8',
    );
    expect(xDefaultOf(both)).toBe(
      `https://bantin.test${urls.article('vi', 'dai-hoi-dang-bo-so-lan-thu-iv')}`,
    );
    const single = readFileSync(fileOf(out, urls.article('vi', 'bai-chi-co-tieng-viet')), 'utf8');
    expect(xDefaultOf(single)).toBeNull();
    const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    const entry = (url: string) =>
      sitemap.split('<url>').find((u) => u.includes(`<loc>https://bantin.test${url}</loc>`)) ?? '';
    expect(entry(urls.article('vi', 'dai-hoi-dang-bo-so-lan-thu-iv'))).toContain(
      `hreflang="x-default" href="https://bantin.test${urls.article('vi', 'dai-hoi-dang-bo-so-lan-thu-iv')}"`,
    );
    expect(entry(urls.article('vi', 'bai-chi-co-tieng-viet'))).not.toContain('x-default');
  });
});

describe('content that carries script', () => {
  it('produces no executable script anywhere: pages, JSON-LD, feeds, API', async () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const vi = withLine(withLine(VI_MD, 2, `title: '${evil} Đại hội'`), 3, `summary: '${evil}'`).replace(
      'Ngày 29/5, Đảng bộ Sở tổ chức Đại hội lần thứ IV.',
      `Ngày 29/5 ${evil} <a href="javascript:alert(3)">x</a> [y](javascript:alert(4))`,
    );
    const root = await makeProject({ 'content/articles/a/vi.md': vi });
    cleanup.push(root);
    const out = path.join(root, '_site');
    const result = await build({ root, outDir: out, config });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    for (const f of readdirSync(out, { recursive: true }).map(String)) {
      if (!/\.(html|xml|json|txt)$/.test(f)) continue;
      const text = readFileSync(path.join(out, f), 'utf8');
      if (f.endsWith('.html')) {
        const scripts = [...text.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
        for (const s of scripts)
          expect(
            [
              '<script src="/assets/site.js" defer>',
              '<script src="/assets/share.js" defer>',
              '<script type="application/ld+json">',
            ],
            f,
          ).toContain(s);
        for (const [, ld] of text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
          const data = JSON.parse(ld ?? '');
          if (data['@type'] === 'NewsArticle')
            expect(data.headline).toContain('</script><script>alert(1)</script>');
        }
        // Event-handler attributes: look at tag names and attribute names, with quoted values removed.
        const tags = [...text.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0].replace(/"[^"]*"|'[^']*'/g, '""'));
        for (const tag of tags) expect(tag, f).not.toMatch(/\son[a-z]+\s*=/i);
        expect(text, f).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
      } else {
        expect(text, f).not.toMatch(/<script/i);
      }
    }
  });
});

describe('bodies that make Markdown renderers slow or crash', () => {
  const withBody = (i: number, body: string) =>
    withLine(VI_MD, 2, `title: Bài thử số ${i}`).replace(/\n---\n\n[\s\S]*$/, `\n---\n\n${body}\n`);

  it('refuses each past a limit before rendering, naming its file, line and the fix', async () => {
    const refused = HOSTILE_BODIES.filter((b) => b.refused);
    const root = await makeProject(
      Object.fromEntries(
        refused.map((b, i) => [`content/articles/a${i}/vi.md`, withBody(i, b.refused?.(60_000) ?? '')]),
      ),
    );
    cleanup.push(root);
    const result = await build({ root, outDir: path.join(root, '_site'), config });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeUndefined();
    // Each file is refused for its body, at a line of the body (it starts on line 33), by a limit.
    const LIMITS = ['NestingTooDeep', 'TooManyEmphasisMarks', 'BlockTooLong', 'WordTooLong'];
    refused.forEach((b, i) => {
      const own = result.problems.filter((p) => p.file === `content/articles/a${i}/vi.md`);
      expect(own.length, b.name).toBeGreaterThan(0);
      for (const p of own) {
        expect(p.field, b.name).toBe('body');
        expect(p.line, b.name).toBeGreaterThanOrEqual(33);
        expect(LIMITS, b.name).toContain(p.code);
      }
    });
    expect(new Set(result.problems.map((p) => p.file)).size).toBe(refused.length);
    expect(existsSync(path.join(root, '_site'))).toBe(false);
  });

  it('builds each just inside the limits', async () => {
    const root = await makeProject(
      Object.fromEntries(
        HOSTILE_BODIES.map((b, i) => [`content/articles/a${i}/vi.md`, withBody(i, atLimit(b, 40_000))]),
      ),
    );
    cleanup.push(root);
    const result = await build({ root, outDir: path.join(root, '_site'), config });
    expect(result.ok, JSON.stringify(result.ok || result.problems.slice(0, 3))).toBe(true);
  });
});

describe('dates', () => {
  it('render the same whatever the build machine time zone', async () => {
    const run = promisify(execFile);
    const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
    const outs: string[] = [];
    for (const tz of ['UTC', 'America/Los_Angeles']) {
      const out = path.join(await tempDir(), '_site');
      await run(TSX, [path.join(REPO, 'scripts', 'build.ts'), out], {
        cwd: REPO,
        env: { ...process.env, TZ: tz },
      });
      outs.push(out);
    }
    const page = urls.article(
      'en',
      'fourth-congress-of-the-party-organization-of-the-department-of-information-and-communications',
    );
    const [a, b] = outs.map((o) => readFileSync(fileOf(o, page), 'utf8'));
    expect(a).toContain('30 May 2020, 12:02');
    expect(a).toBe(b);
    const [fa, fb] = outs.map((o) => readFileSync(path.join(o, 'feed.xml'), 'utf8'));
    expect(fa).toBe(fb);
  });
});
