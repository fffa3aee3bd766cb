/**
 * The front matter text the loader parses, taken the quick way (split from the bytes without gray-matter
 * when the file opens with `---` alone, the text normalized after the split) against the way it was
 * always taken (the block decoded and normalized, then handed to gray-matter): the same text, character
 * for character.
 */
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { frontMatterText } from '../../src/content/read.ts';
import { normalizeText, plainSpaces } from '../../src/content/text.ts';
import { EN_MD, VI_MD } from '../helpers/project.ts';

/** The front matter block of a file as the loader finds it: [start, end) in bytes. */
function blockOf(bytes: Buffer): { start: number; end: number } {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const match = /\n---[ \t\r]*(\n|$)/.exec(bytes.toString('latin1').slice(bytes.indexOf(0x0a, start)));
  if (!match) throw new Error('no closing line');
  const end = bytes.indexOf(0x0a, start) + match.index + match[0].length;
  return { start, end };
}

/** How the text was always taken: the block decoded and normalized, then split by gray-matter. */
function reference(bytes: Buffer, start: number, end: number): string {
  let yaml = '';
  matter(normalizeText(bytes.toString('utf8', start, end)), {
    language: 'yaml',
    engines: {
      yaml: (source: string) => {
        yaml = source;
        return {};
      },
    },
  });
  return plainSpaces(yaml);
}

const FILES: string[] = [
  VI_MD,
  EN_MD,
  VI_MD.normalize('NFD'),
  VI_MD.replace(/\n/g, '\r\n'),
  `\ufeff${VI_MD}`,
  `\ufeff\ufeff${VI_MD}`,
  VI_MD.replace('title: ', 'title:\u00a0').replace('KL', 'K\u202fL\u2007'),
  '---\ntitle: x\n---\n',
  '---\ntitle: x\n---',
  '---\n---\nBody\n',
  '---\n# only a comment\n---\nBody\n',
  '---yaml\ntitle: x\n---\nBody\n',
  '--- \ntitle: x\n---  \nBody\n',
  '---\ntitle: e\u0301\n---\n\u0301Body\n',
  '---\ntitle: x\u0301\n---\n',
  '---\ntitle: x\n\u0301---\n---\n',
  '---\ntitle: Đ\u0323\n---\r\nBody\r\n',
  '---\ntitle: x\rsummary: y\n---\n',
  '---\ntitle: x\r---\nsummary: y\n---\n',
  '---\n\ufefftitle: x\n---\n',
  '---\ntitle: a\n----\nb: c\n---\n',
  '---\ntitle: "---"\n---\n',
  '---\ntitle: Ω\u212b\u2126\n---\n',
  '---\ntitle: x\n---\t\nBody\n',
  '---\n#\n---\nBody\n',
  '---\n# a\n#\n---\nBody\n',
  '---\n  # a\n\n   # b\n---\nBody\n',
  '---\n# a\ntitle: x\n---\nBody\n',
  '---\n\u00a0# a\n---\nBody\n',
  '---\n\u3000\n---\nBody\n',
  '---\n\n\n---\nBody\n',
  '---\ntitle: a\n---x\nb: c\n---\n',
  '---\ntitle: a\n--- \nb: c\n---\n',
  '---\n- a\n---\n',
  '---\n---\n',
];

describe('the front matter text', () => {
  it.each(FILES.map((text, i) => ({ i, text })))('is the same taken either way (file $i)', ({ text }) => {
    const bytes = Buffer.from(text);
    const { start, end } = blockOf(bytes);
    expect(frontMatterText(bytes, start, end)).toBe(reference(bytes, start, end));
  });
});
