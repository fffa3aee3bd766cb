import { readdirSync, readFileSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.ts';
import { defineSiteConfig } from '../src/config/site-config.ts';
import { slugFromTitle } from '../src/content/load.ts';
import { htmlProblems, parseXml } from './helpers/parsers.ts';
import { makeProject, REPO, removeProject, VI_MD, withLine } from './helpers/project.ts';

/**
 * What the build writes for other programs is read with real parsers: the Atom feeds and the sitemap
 * with a conformant XML parser, JSON-LD and the API with JSON.parse, every page with an HTML validator.
 * The site is the repository's articles plus one whose text holds everything that must be escaped.
 */
const TRICKY = withLine(
  withLine(
    withLine(VI_MD, 2, `title: 'Sở TT&TT "Bắc Ninh" <b>tổng kết</b> ]]> -- năm 2024 – 👨‍👩‍👧 &amp; &#0;'`),
    3,
    "summary: \"It's <script>alert(1)</script> & ]]> <!-- x --> 'quoted' \\u00A0NBSP\"",
  ),
  9,
  'author: [Trần & Lê, "<Ban> biên tập"]',
).replace(
  'Ngày 29/5, Đảng bộ Sở tổ chức Đại hội lần thứ IV.',
  [
    'Ngày 29/5 <div onclick="x()">Đại hội</div> & `a<b` ]]> --> <![CDATA[ x ]]>',
    '',
    '| A & B | <i>C</i> |',
    '|---|---|',
    '| 1 | 2 |',
    '',
    '[liên kết](https://stttt.bacninh.gov.vn/?a=1&b=2 "tiêu đề \\"x\\"") ![ảnh](/a.jpg "t")',
  ].join('\n'),
);

let out: string;
let root: string;
beforeAll(async () => {
  root = await makeProject({ 'content/articles/zz-tricky/vi.md': TRICKY });
  await cp(path.join(REPO, 'content', 'articles'), path.join(root, 'content', 'articles'), {
    recursive: true,
  });
  out = path.join(root, '_site');
  const result = await build({
    root,
    outDir: out,
    config: defineSiteConfig({ baseUrl: 'https://bantin.test' }),
  });
  expect(result.ok, JSON.stringify(result.ok ? '' : result.problems)).toBe(true);
});
afterAll(async () => {
  await removeProject(root);
  await rm(out, { recursive: true, force: true });
});

const filesOf = (ext: string) =>
  readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(ext) && !f.startsWith('pagefind'));

describe('outputs other programs parse', () => {
  it('writes feeds and a sitemap that an XML parser reads, with the escaped text intact', () => {
    const xml = filesOf('.xml');
    expect(xml.sort()).toEqual(['en/feed.xml', 'feed.xml', 'sitemap.xml']);
    for (const f of xml) {
      const text = readFileSync(path.join(out, f), 'utf8');
      expect(parseXml(text), f).toBe(f === 'sitemap.xml' ? 'urlset' : 'feed');
    }
    const feed = readFileSync(path.join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain('Sở TT&amp;TT');
  });

  it('writes JSON-LD that JSON.parse reads on every page that has it', () => {
    let blocks = 0;
    for (const f of filesOf('.html')) {
      const html = readFileSync(path.join(out, f), 'utf8');
      for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        const data = JSON.parse(m[1] ?? '');
        expect(data['@context'], f).toBe('https://schema.org');
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(10);
    const title = TRICKY.split('\n')[1]?.slice("title: '".length, -1) ?? '';
    const tricky = readFileSync(path.join(out, 'bai-viet', slugFromTitle(title), 'index.html'), 'utf8');
    const ld = JSON.parse(
      tricky.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? '',
    );
    expect(ld.headline).toContain('Sở TT&TT "Bắc Ninh" <b>tổng kết</b> ]]>');
  });

  it('writes API documents that JSON.parse reads', () => {
    const json = filesOf('.json').filter((f) => f.startsWith('api'));
    expect(json.length).toBeGreaterThan(10);
    for (const f of json) expect(() => JSON.parse(readFileSync(path.join(out, f), 'utf8')), f).not.toThrow();
  });

  it('writes pages the HTML validator finds nothing wrong with', async () => {
    const pages = filesOf('.html');
    expect(pages.length).toBeGreaterThan(190);
    const problems: string[] = [];
    for (const f of pages) problems.push(...(await htmlProblems(readFileSync(path.join(out, f), 'utf8'), f)));
    expect(problems).toEqual([]);
  });
});
