import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, report } from '../../src/build.ts';
import { defineSiteConfig } from '../../src/config/site-config.ts';
import { photo } from '../helpers/photos.ts';
import { EN_MD, makeProject, removeProject, VI_MD, withLine } from '../helpers/project.ts';

/**
 * A built site with photos beside an article: responsive pictures with their captions, and the share
 * tags (Open Graph) of every page with an absolute 1200×630 image.
 */
const config = defineSiteConfig({ baseUrl: 'https://bantin.test' });
const NOW = new Date('2026-11-21T12:00:00+07:00');

const vi = withLine(
  VI_MD,
  30,
  [
    'photos:',
    '  - file: quang-canh.jpg',
    '    caption: Quang cảnh Đại hội',
    '    alt: Hội trường với các đại biểu ngồi dự Đại hội',
    '  - file: tang-hoa.jpg',
    '    caption: Tặng hoa chúc mừng Ban Chấp hành',
    '  - file: bieu-quyet.jpg',
    '    caption: Đại biểu biểu quyết',
    '  - caption: Ảnh không còn giữ',
    'tags: [party-congress]',
  ].join('\n'),
);
const en = withLine(
  EN_MD,
  10,
  [
    'photos:',
    '  - caption: The congress hall',
    '  - caption: Flowers for the new Executive Committee',
    '  - caption: Delegates voting',
    '  - caption: A photo not kept',
    '---',
  ].join('\n'),
);
const noPhotos = withLine(
  withLine(VI_MD, 2, 'title: Hội nghị không có ảnh'),
  6,
  'publishedAt: 2021-01-10 08:00',
);

describe('a build with photos beside an article', () => {
  let root: string;
  let out: string;
  let sizes: Record<string, number>;
  let warnings: string[];
  const printed: string[] = [];
  const page = (url: string) => readFileSync(path.join(out, url, 'index.html'), 'utf8');
  const meta = (html: string, property: string) =>
    new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)">`).exec(html)?.[1];

  beforeAll(async () => {
    const files = {
      'content/articles/a/quang-canh.jpg': await photo(1600, 1067, 1),
      'content/articles/a/tang-hoa.jpg': await photo(1200, 800, 2),
      'content/articles/a/bieu-quyet.jpg': await photo(900, 1200, 3),
    };
    root = await makeProject({
      'content/articles/a/vi.md': vi,
      'content/articles/a/en.md': en,
      'content/articles/b/vi.md': noPhotos,
      // A file no photo lists: a warning, not a failure.
      'content/articles/a/ghi-chu.txt': 'ghi chú của biên tập viên',
      ...files,
    });
    sizes = Object.fromEntries(
      Object.entries(files).map(([rel, bytes]) => [path.basename(rel), bytes.length]),
    );
    out = path.join(root, '_site');
    const result = await build({ root, outDir: out, config, now: NOW, skipSearch: true });
    if (!result.ok) throw new Error(JSON.stringify(result.problems ?? result.error));
    warnings = result.warnings.map((w) => `${w.file} ${w.code} ${w.message}`);
    report(result, (line) => printed.push(line));
  }, 180_000);
  afterAll(() => removeProject(root));

  const article = '/bai-viet/dai-hoi-dang-bo-so-lan-thu-iv/';

  it('shows the lead photo above the text and the others after it, each a picture with its size and caption', () => {
    const html = page(article);
    const figures = [...html.matchAll(/<figure class="photo( lead)?">([\s\S]*?)<\/figure>/g)];
    expect(figures.map((f) => Boolean(f[1]))).toEqual([true, false, false]);
    const [lead, second] = figures.map((f) => f[2] ?? '');
    expect(html.indexOf('class="photo lead"')).toBeLessThan(html.indexOf('Ngày 29/5'));
    expect(html.indexOf('class="gallery"')).toBeGreaterThan(html.indexOf('Ngày 29/5'));
    for (const [figure, caption] of [
      [lead, 'Quang cảnh Đại hội'],
      [second, 'Tặng hoa chúc mừng Ban Chấp hành'],
    ] as const) {
      expect(figure).toContain(`<figcaption>${caption}</figcaption>`);
      expect(figure).toMatch(
        /<source type="image\/avif" srcset="\/img\/[^"]+ 400w, [^"]+ 800w, [^"]+ 1200w" sizes="[^"]+">/,
      );
      expect(figure).toMatch(/<source type="image\/webp" srcset="[^"]+ 1200w"/);
      expect(figure).toMatch(
        /<img src="\/img\/[^"]+\.jpeg" srcset="[^"]+ 1200w" sizes="[^"]+" width="1200" height="800" /,
      );
      expect(figure).toContain('decoding="async"');
    }
    expect(lead).toContain('alt="Hội trường với các đại biểu ngồi dự Đại hội"');
    expect(lead).toContain('fetchpriority="high"');
    expect(lead).not.toContain('loading="lazy"');
    // The alt text defaults to the caption; every photo below the lead loads lazily.
    expect(second).toContain('alt="Tặng hoa chúc mừng Ban Chấp hành"');
    expect(second).toContain('loading="lazy"');
    // A portrait photo keeps its shape (900×1200: variants of 400 and 800 wide, never enlarged).
    expect(figures[2]?.[2]).toMatch(/width="800" height="1067"/);
    // The caption whose image was not kept is listed, as before.
    expect(html).toMatch(/<ul class="captions"[^>]*><li>Ảnh không còn giữ<\/li><\/ul>/);
    expect(() => parse(html)).not.toThrow();
  });

  it('builds with a warning for a file in the folder that no photo lists', () => {
    // Reported where photos are listed, naming the file.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^content\/articles\/a\/vi\.md UnlistedFile .*ghi-chu\.txt/);
    expect(printed[0]).toMatch(/^content\/articles\/a\/vi\.md:\d+:\d+ +photos +warning: /);
    expect(printed.at(-1)).toMatch(/^built \d+ pages/);
  });

  it('gives the English page the English captions, with the same pictures', () => {
    const html = page('/en/articles/fourth-congress-of-the-party-committee-of-the-department/');
    expect(html).toContain('<figcaption>The congress hall</figcaption>');
    expect(html).toContain('alt="The congress hall"');
    expect(html).toContain('<li>A photo not kept</li>');
  });

  it('writes every variant smaller than its photo, at the widths it names', async () => {
    const img = path.join(out, 'img');
    const names = readdirSync(img);
    for (const format of ['avif', 'webp', 'jpeg'])
      expect(names.filter((n) => n.endsWith(`.${format}`)).length, format).toBe(3 + 3 + 2);
    const html = page(article);
    for (const [, url, width] of html.matchAll(/(\/img\/[^ "]+) (\d+)w/g)) {
      const file = path.join(out, url as string);
      const meta = await sharp(file).metadata();
      expect(meta.width, url).toBe(Number(width));
      expect(statSync(file).size, url).toBeLessThan(Math.max(...Object.values(sizes)));
    }
  });

  it('shares every page with its title, address and an absolute 1200×630 image', async () => {
    const html = page(article);
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:url')).toBe(`https://bantin.test${article}`);
    expect(meta(html, 'og:title')).toBe('Đại hội Đảng bộ Sở lần thứ IV');
    expect(meta(html, 'og:locale')).toBe('vi_VN');
    expect(meta(html, 'og:locale:alternate')).toBe('en_US');
    expect(meta(html, 'article:published_time')).toBe('2020-05-30T12:02:00+07:00');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const image = meta(html, 'og:image') ?? '';
    expect(image).toMatch(/^https:\/\/bantin\.test\/img\/.+\.jpg$/);
    // The lead photo, cropped.
    const crop = await sharp(path.join(out, new URL(image).pathname)).metadata();
    expect([crop.width, crop.height, crop.format]).toEqual([1200, 630, 'jpeg']);
    expect(
      JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}').image,
    ).toEqual([image]);

    // An article without a photo: a card drawn from its title; any other page: the site's card.
    for (const url of ['/bai-viet/hoi-nghi-khong-co-anh/', '/', '/tinh/']) {
      const other = page(url);
      const card = meta(other, 'og:image') ?? '';
      expect(card, url).toMatch(/^https:\/\/bantin\.test\/img\/card-.+\.png$/);
      const size = await sharp(path.join(out, new URL(card).pathname)).metadata();
      expect([size.width, size.height], url).toEqual([1200, 630]);
      expect(meta(other, 'og:type'), url).toBe(url.startsWith('/bai-viet/') ? 'article' : 'website');
    }
    expect(meta(page('/'), 'og:image')).not.toBe(meta(page('/bai-viet/hoi-nghi-khong-co-anh/'), 'og:image'));
  });

  it('gives each photo in the API: its variants (absolute), size, and caption and alt per language', () => {
    const doc = JSON.parse(readFileSync(path.join(out, 'api', 'v1', 'articles', 'a.json'), 'utf8'));
    expect(doc.photos).toHaveLength(4);
    const [lead, , portrait, notKept] = doc.photos;
    expect([lead.width, lead.height, portrait.width, portrait.height]).toEqual([1200, 800, 800, 1067]);
    expect(notKept).toEqual({ width: null, height: null, variants: [] });
    expect(lead.variants.map((v: { format: string; width: number }) => `${v.format} ${v.width}`)).toEqual([
      'avif 400',
      'avif 800',
      'avif 1200',
      'webp 400',
      'webp 800',
      'webp 1200',
      'jpeg 400',
      'jpeg 800',
      'jpeg 1200',
    ]);
    for (const v of lead.variants) {
      expect(v.url).toMatch(/^https:\/\/bantin\.test\/img\//);
      expect(statSync(path.join(out, new URL(v.url).pathname)).isFile()).toBe(true);
    }
    expect(doc.translations.vi.photos[0]).toEqual({
      caption: 'Quang cảnh Đại hội',
      alt: 'Hội trường với các đại biểu ngồi dự Đại hội',
    });
    expect(doc.translations.en.photos[1]).toEqual({
      caption: 'Flowers for the new Executive Committee',
      alt: 'Flowers for the new Executive Committee',
    });
    expect(doc.translations.vi.image).toBe(meta(page(article), 'og:image'));
  });
});
