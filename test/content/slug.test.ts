/**
 * slugFromTitle (slugify's answer per code unit, remembered) against slugify itself with the same
 * options: equal on every title of the content, the synthetic corpus and a set of tricky strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { slugFromTitle, slugifyTitle } from '../../src/content/slug.ts';
import { REPO } from '../helpers/project.ts';

/** Every title, summary, name and sentence of the Markdown files below a folder. */
function textsBelow(dir: string): string[] {
  const texts: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v);
  };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (name.endsWith('.md')) collect(matter(readFileSync(path.join(dir, name), 'utf8')).data);
  }
  return texts;
}

const TRICKY = [
  '',
  ' ',
  '-',
  '--a--',
  '  Đại   hội  ',
  'Đại hội Đảng bộ lần thứ IV',
  'ĐẠI HỘI ĐẢNG BỘ',
  'Đại hội Đảng bộ lần thứ IV'.normalize('NFD'),
  'e\u0301 a\u0300 o\u0302\u0301',
  '\u0301leading mark',
  'Angstrom \u212b, ohm \u2126, kelvin \u212a',
  'no\u00a0break\u202fspaces\u2007here',
  'ideographic\u3000space and\u2003em space',
  'tab\tand\nnewline\rand\u2028separator',
  '100% & $5 < 6 > 4 | or',
  'C# and C++ (2020) "quoted" \'single\' [brackets] {braces}',
  'emoji 😀 and 🇻🇳 flags',
  'lone \ud800 surrogate \udc00',
  'ß ẞ æ Æ œ Œ ø Ø þ Þ ð Ð ŀ ł Ł ı İ',
  'Ελληνικά Русский 中文 日本語 한국어 العربية עברית',
  '①②③ ⅠⅡⅢ ½ ¼ ² ³ ™ © ®',
  'ﬁ ﬂ ﬀ ﬃ',
  'x_y.z:w@v!u*t+s~r(q)p',
  'Đại hội Đảng bộ '.repeat(100),
  '$ % & '.repeat(300),
  `${'a'.repeat(1000)}$$$$$$$$`,
];

describe('slugFromTitle', () => {
  it('gives what slugify gives, on every text of the content', () => {
    const texts = textsBelow(path.join(REPO, 'content', 'articles'));
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(slugFromTitle(text), text).toBe(slugifyTitle(text));
  });

  it('gives what slugify gives, on every title of the synthetic corpus', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'bantin-slug-'));
    try {
      await writeCorpus({ root, articles: 200, repo: REPO });
      const texts = textsBelow(path.join(root, 'content', 'articles'));
      expect(texts.length).toBeGreaterThan(1000);
      for (const text of texts) expect(slugFromTitle(text), text).toBe(slugifyTitle(text));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('gives what slugify gives, on tricky strings', () => {
    for (const text of TRICKY) expect(slugFromTitle(text), text).toBe(slugifyTitle(text));
  });

  it('gives what slugify gives, for every UTF-16 code unit alone and between letters', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const ch = String.fromCharCode(unit);
      for (const text of [ch, `a${ch}b`, `A ${ch} ${ch}B`, `${ch}\u0301`]) {
        expect(slugFromTitle(text), `U+${unit.toString(16)}`).toBe(slugifyTitle(text));
      }
    }
  });
});
