import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { plainText, renderMarkdown, sanitizeHtml } from '../../src/render/markdown.ts';
import { ALLOWED_HTML } from '../helpers/html-allowlist.ts';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

/**
 * Random Markdown, built from the pieces attacks are made of, rendered and read back by a browser's HTML
 * parser (parse5, the WHATWG algorithm): whatever the input, nothing the browser would run comes out.
 * Seeded, and bounded by the number of bodies.
 */
const PIECES = [
  '<',
  '>',
  '&',
  '#',
  ';',
  '=',
  '"',
  "'",
  '`',
  '[',
  ']',
  '(',
  ')',
  '!',
  '*',
  '_',
  '~',
  '|',
  '-',
  '\\',
  '/',
  ' ',
  '\t',
  '\n',
  '\n\n',
  '    ',
  '> ',
  '- ',
  '1. ',
  '```',
  '---',
  'x',
  'Đảng',
  'script',
  '<script>',
  '</script>',
  'javascript',
  'JaVaScRiPt:',
  ':',
  'vbscript:',
  'data:text/html,',
  'onerror',
  'onload=',
  'style=',
  'src=',
  'href=',
  'formaction=',
  '<img',
  '<a href=',
  '<svg',
  '<math',
  '<iframe',
  '<template',
  '<noscript',
  '<base href=',
  '<form',
  '<object',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&#106;',
  '&#x6A;',
  '&#0000106',
  '&#x3A;',
  '&colon;',
  '&Tab;',
  '&NewLine;',
  '&lt;',
  '&amp;',
  '&#0;',
  '\u0000',
  '\u0008',
  '\u202E',
  '\u0338',
  '\u200B',
  'http://a.b/',
  'https://a.b/?q=1&r=2',
  '//evil.example',
  'mailto:a@b',
  '[x](',
  '](',
  '![a](',
  '<http://a.b>',
  '[r]: ',
  '|---|',
];

const ALLOWED = ALLOWED_HTML;

/** A URL's scheme as a browser reads it (tabs and newlines removed, leading controls and spaces trimmed). */
function schemeOf(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what browsers strip
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

/** Everything in the parsed output a browser could run or load from elsewhere: none, when safe. */
function executable(node: Node, found: string[] = []): string[] {
  if ('tagName' in node) {
    const allowed = ALLOWED[node.tagName];
    if (!allowed) found.push(`<${node.tagName}>`);
    for (const { name, value } of node.attrs) {
      if (!allowed?.includes(name)) found.push(`<${node.tagName} ${name}>`);
      if (name === 'href' || name === 'src') {
        const scheme = schemeOf(value);
        if (scheme && !['http', 'https', 'mailto'].includes(scheme)) found.push(`${name}="${value}"`);
      }
    }
  }
  const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) executable(child, found);
  return found;
}

/** A generator of numbers in [0, 1) from a seed (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the renderer on random hostile Markdown', () => {
  it('lets nothing executable through, as a browser parses the output', () => {
    const rand = random(140);
    const failures: string[] = [];
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(rand() * 40);
      let body = '';
      for (let i = 0; i < length; i++) body += PIECES[Math.floor(rand() * PIECES.length)];
      const html = renderMarkdown(body);
      const found = executable(parseFragment(html));
      if (found.length > 0) failures.push(`${JSON.stringify(body)} → ${found.join(', ')}`);
      // The sanitizer leaves its own output as it is, and the output is NFC text without controls.
      if (sanitizeHtml(html) !== html) failures.push(`${JSON.stringify(body)} → not a fixed point`);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: none may come out
      if (/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(html + plainText(body)))
        failures.push(`${JSON.stringify(body)} → a control character`);
      if (html !== html.normalize('NFC')) failures.push(`${JSON.stringify(body)} → not NFC`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
