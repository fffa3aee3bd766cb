import { decodeHTMLStrict } from 'entities';
import { Marked, type RendererObject, type Token, type TokenizerObject, type Tokens } from 'marked';
import { replaceRefused } from '../content/characters.ts';
import { escapeHtml } from './escape.ts';

/**
 * Article bodies to safe HTML. Content is data: raw HTML written in the Markdown is shown as text,
 * never passed through as markup. Two layers keep it so:
 *  1. marked with renderer overrides: every text is escaped, raw HTML is escaped, link and image URLs are
 *     checked, headings are shifted down one level (the page title is the only h1);
 *  2. {@link sanitizeHtml}, an allowlist pass over the result (defense in depth) that also normalizes every
 *     text and attribute: character references decoded and re-encoded, NFC.
 */

/**
 * Escapes plain text for HTML, in text or in a quoted attribute: `&<>"'` become character references.
 * @example renderInline('Sở TT&TT "Bắc Ninh"') // => 'Sở TT&amp;TT &quot;Bắc Ninh&quot;'
 */
export function renderInline(text: string): string {
  return escapeHtml(text.normalize('NFC'));
}

/**
 * Escapes text decoded from the Markdown for the output (text or attribute value).
 * Besides {@link renderInline}: the characters validation refuses (controls, bidirectional overrides,
 * invisible characters: src/content/characters.ts), should one come through a character reference,
 * become U+FFFD; the colon of `javascript:`/`vbscript:` is written
 * `&#58;` (it reads the same, and the output never holds the string `javascript:`); a leading combining
 * mark is written as a reference, as it would otherwise compose with the `>` or `"` before it
 * (`>` + U+0338 is `≯`), so the whole output stays NFC.
 */
function encode(text: string): string {
  return renderInline(replaceRefused(text))
    .replace(/((?:java|vb)script):/gi, '$1&#58;')
    .replace(/^\p{M}/u, (mark) => `&#x${(mark.codePointAt(0) ?? 0).toString(16).toUpperCase()};`);
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The URL if it is safe in `href`/`src`: `http:`, `https:`, `mailto:`, or relative (path, `?query`,
 * `#fragment`); else null. Reads the URL as a browser does: tabs and newlines anywhere and spaces or
 * controls at either end do not count, and the scheme's case does not matter.
 * @example safeUrl('JaVaScRiPt:alert(1)') // => null
 * @example safeUrl('/bai-viet/x/#anh-1') // => '/bai-viet/x/#anh-1'
 */
export function safeUrl(url: string): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip these before reading the scheme
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character belongs in a URL
  if (cleaned === '' || /[\u0000-\u001F\u007F]/.test(cleaned)) return null;
  // Anything before the first ':' that holds no '/', '?' or '#' is read as a scheme, valid or not.
  const scheme = /^([^:/?#]*):/.exec(cleaned)?.[1];
  if (scheme === undefined) return cleaned;
  return SAFE_SCHEMES.has(scheme.toLowerCase()) ? cleaned : null;
}

/** True for a URL to another host: `http(s)://…` or protocol-relative `//…` (browsers read `\` as `/`). */
function isExternal(url: string): boolean {
  return /^https?:/i.test(url) || /^[\\/]{2}/.test(url);
}

/** Percent-encodes what a URL may not hold raw (spaces, non-ASCII), leaving existing `%xx` alone. */
function encodeUrl(url: string): string | null {
  try {
    return encodeURI(url).replace(/%25/g, '%');
  } catch {
    return null; // a lone surrogate
  }
}

/** The text a reader sees of inline tokens, markup left out: for image alt text and {@link plainText}. */
function textOf(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) out += textOfToken(token);
  return out;
}

/**
 * Raw HTML (shown as literal text on the page) counts for its text only, without its tags. Linear in the
 * text: a comment or tag left open ends its search at the next one (`<!--<!--…`, `<a <a …`), rather
 * than at the end of the text for each.
 */
const stripTags = (html: string) => html.replace(/<!--(?:(?!<!--|-->)[\s\S])*-->|<\/?[A-Za-z][^<>]*>/g, ' ');

function textOfToken(token: Token): string {
  const t = token as Tokens.Generic;
  switch (t.type) {
    case 'text':
      if (t.tokens) return textOf(t.tokens);
      return t.escaped ? t.text : decodeHTMLStrict(t.text);
    case 'escape':
    case 'codespan':
      return t.text;
    case 'html':
      return t.block ? ` ${stripTags(t.text)} ` : stripTags(t.text).trim();
    case 'link':
      return t.autolink ? t.text : textOf(t.tokens ?? []);
    case 'image':
      return textOf(t.tokens ?? []);
    case 'br':
    case 'space':
    case 'hr':
      return ' ';
    case 'code':
      return ` ${t.text} `;
    case 'checkbox':
    case 'def':
      return '';
    case 'list':
      return (t.items as Tokens.ListItem[]).map((item) => ` ${textOf(item.tokens)} `).join('');
    case 'table': {
      const cells = [...(t.header as Tokens.TableCell[]), ...(t.rows as Tokens.TableCell[][]).flat()];
      return cells.map((cell) => ` ${textOf(cell.tokens)} `).join('');
    }
    case 'paragraph':
    case 'heading':
    case 'blockquote':
      return ` ${textOf(t.tokens ?? [])} `;
    default:
      // strong, em, del and any other inline container: their content, no separator.
      return t.tokens ? textOf(t.tokens) : '';
  }
}

const renderer: RendererObject = {
  heading({ tokens, depth }) {
    const level = Math.min(depth + 1, 6);
    return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
  },
  html({ text, block }) {
    // Raw HTML is content: shown as written, as text.
    return block ? `<p>${encode(text.trim())}</p>\n` : encode(text);
  },
  text(token) {
    if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
    // An escape (`\&`) and text inside raw HTML are literal; other text resolves character references.
    if (token.type === 'escape' || ('escaped' in token && token.escaped)) return encode(token.text);
    return encode(decodeHTMLStrict(token.text));
  },
  code({ text }) {
    // The language tag is dropped: class is not an allowed attribute, and nothing highlights code.
    const body = text ? `${encode(text.replace(/\n$/, ''))}\n` : '';
    return `<pre><code>${body}</code></pre>\n`;
  },
  codespan({ text }) {
    return `<code>${encode(text)}</code>`;
  },
  link({ href, title, text, tokens, autolink }) {
    const inner = autolink ? encode(text) : this.parser.parseInline(tokens);
    // Autolinks are literal; other destinations and titles resolve character references.
    const safe = safeUrl(autolink ? href : decodeHTMLStrict(href));
    const url = safe === null ? null : encodeUrl(safe);
    if (url === null) return inner;
    const titleAttr = title ? ` title="${encode(decodeHTMLStrict(title))}"` : '';
    const rel = isExternal(url) ? ' rel="noopener noreferrer"' : '';
    return `<a href="${encode(url)}"${titleAttr}${rel}>${inner}</a>`;
  },
  image({ href, title, tokens }) {
    const alt = encode(textOf(tokens));
    const safe = safeUrl(decodeHTMLStrict(href));
    const url = safe === null ? null : encodeUrl(safe);
    if (url === null) return alt;
    const titleAttr = title ? ` title="${encode(decodeHTMLStrict(title))}"` : '';
    return `<img src="${encode(url)}" alt="${alt}"${titleAttr}>`;
  },
  checkbox({ checked }) {
    return checked ? '[x] ' : '[ ] ';
  },
};

/**
 * Strikethrough is not read at all: there is no tag for it in the allowlist, so `~~text~~` stays as
 * written, and marked's scan for the closing tildes took time that grew with the square of a
 * paragraph's tildes (25 KB of `~a~ ~`: 1.7 s).
 */
const tokenizer: TokenizerObject = { del: () => undefined };

const markdown = new Marked({ async: false, gfm: true, breaks: false, renderer, tokenizer });

type AttributeRule = (value: string) => string | null;
const anyText: AttributeRule = (value) => value;
const url: AttributeRule = safeUrl;
const align: AttributeRule = (value) =>
  /^(left|center|right)$/i.test(value.trim()) ? value.trim().toLowerCase() : null;
const start: AttributeRule = (value) => (/^\d{1,9}$/.test(value.trim()) ? value.trim() : null);

/** Tags the output may hold, each with the attributes it may carry (in output order) and their checks. */
const ALLOWED: ReadonlyMap<string, Readonly<Record<string, AttributeRule>>> = new Map(
  Object.entries<Readonly<Record<string, AttributeRule>>>({
    p: {},
    h2: {},
    h3: {},
    h4: {},
    h5: {},
    h6: {},
    ul: {},
    // An ordered list may start at another number ("3. …" after a paragraph).
    ol: { start },
    li: {},
    blockquote: {},
    em: {},
    strong: {},
    code: {},
    pre: {},
    a: { href: url, title: anyText },
    br: {},
    hr: {},
    table: {},
    thead: {},
    tbody: {},
    tr: {},
    th: { align },
    td: { align },
    figure: {},
    figcaption: {},
    img: { src: url, alt: anyText, title: anyText },
  }),
);
const VOID = new Set(['br', 'hr', 'img']);

const TAG_RE =
  /<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTR_RE = /\s+([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The tag as the output writes it, or null when the tag is not allowed (it is then shown as text). */
function cleanTag(closing: boolean, rawName: string, rawAttributes: string): string | null {
  const name = rawName.toLowerCase();
  const rules = ALLOWED.get(name);
  if (!rules) return null;
  if (closing) return VOID.has(name) ? '' : `</${name}>`;
  const given = new Map<string, string>();
  for (const m of rawAttributes.matchAll(ATTR_RE)) {
    const key = (m[1] ?? '').toLowerCase();
    // The first of repeated attributes wins, as in browsers.
    if (!given.has(key)) given.set(key, decodeHTMLStrict(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  let out = `<${name}`;
  for (const [key, rule] of Object.entries(rules)) {
    const raw = given.get(key);
    const value = raw === undefined ? null : rule(raw.normalize('NFC'));
    if (value !== null) out += ` ${key}="${encode(value)}"`;
    else if (name === 'img' && key === 'alt') out += ' alt=""';
  }
  const href = name === 'a' ? safeUrl(given.get('href') ?? '') : null;
  if (href !== null && isExternal(href)) out += ' rel="noopener noreferrer"';
  return `${out}>`;
}

/**
 * Allowlist sanitizer for HTML made by {@link renderMarkdown}, the second line of defense: allowed tags and
 * attributes are rewritten in canonical form, any other tag is shown as text, URLs must pass
 * {@link safeUrl}, links to other hosts get `rel="noopener noreferrer"`, and every text and attribute
 * value is decoded (only complete character references count) and re-encoded, so a stray `&` comes
 * out as `&amp;`.
 * @example sanitizeHtml('<p onclick="x()">Sở TT&TT;</p><script>') // => '<p>Sở TT&amp;TT;</p>&lt;script&gt;'
 */
export function sanitizeHtml(html: string): string {
  let out = '';
  let text = '';
  const flush = () => {
    out += encode(decodeHTMLStrict(text).normalize('NFC'));
    text = '';
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    TAG_RE.lastIndex = lt;
    const m = TAG_RE.exec(html);
    if (!m) {
      text += '<';
      i = lt + 1;
      continue;
    }
    const tag = cleanTag(m[1] === '/', m[2] ?? '', m[3] ?? '');
    if (tag === null) text += m[0];
    else {
      flush();
      out += tag;
    }
    i = lt + m[0].length;
  }
  flush();
  return out;
}

/**
 * Renders an article body from Markdown to safe HTML: deterministic, NFC, headings shifted down one
 * level (`#` gives `<h2>`), raw HTML shown as text, only allowlisted tags, attributes and URL schemes.
 * @example renderMarkdown('# Sở TT&TT\n\n<b>x</b>') // => '<h2>Sở TT&amp;TT</h2>\n<p>&lt;b&gt;x&lt;/b&gt;</p>\n'
 */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.parse(source.normalize('NFC')) as string);
}

/**
 * The text of a Markdown body without its markup, whitespace folded to single spaces: for feeds,
 * summaries and search. Character references are resolved; raw HTML counts for its text, not its tags.
 * @example plainText('# Đại hội\n\nSở **TT&amp;TT**  [Bắc Ninh](/tinh/bac-ninh/)') // => 'Đại hội Sở TT&TT Bắc Ninh'
 */
export function plainText(source: string): string {
  return replaceRefused(textOf(markdown.lexer(source.normalize('NFC'))))
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}
