import { decodeHTMLStrict } from 'entities';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import type { Store } from '../../src/content/store.ts';
import { plainText, renderInline, renderMarkdown, safeUrl, sanitizeHtml } from '../../src/render/markdown.ts';
import { ALLOWED_HTML } from '../helpers/html-allowlist.ts';
import { REPO } from '../helpers/project.ts';

const ALLOWED = ALLOWED_HTML;

/** Every way the output could carry script, checked on the string itself. */
function expectSafe(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/vbscript:|data:/i);
  for (const [, name, attributes] of html.matchAll(/<\/?([^\s/>]+)([^>]*)>/g)) {
    expect(Object.keys(ALLOWED)).toContain(name);
    for (const [, attribute] of (attributes ?? '').matchAll(/\s([^\s=]+)="[^"<>]*"/g))
      expect(ALLOWED[name ?? '']).toContain(attribute);
    // Nothing but well-formed attributes inside a tag.
    expect((attributes ?? '').replace(/\s[^\s=]+="[^"<>]*"/g, '')).toBe('');
  }
  // Every & starts a complete reference, and all of them are ones the renderer writes.
  expect(html.replace(/&(amp|lt|gt|quot|#39|#58|#x[0-9A-F]+);/g, '')).not.toContain('&');
  expect(html).toBe(html.normalize('NFC'));
}

/** Markdown that tries to get markup or script through, one attempt a line. */
const HOSTILE = [
  '<script>alert(1)</script>',
  'text <script>alert(1)</script> inline',
  '<img src=x onerror=alert(1)>',
  'a <img src=x onerror=alert(1)> b',
  '</script>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](java&#x09;script:alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x]( javascript:alert(1) "t")',
  '[x](vbscript:msgbox(1))',
  '[x][r]\n\n[r]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '![x](data:text/html,<script>alert(1)</script>)',
  '![x](data:image/svg+xml;base64,PHN2Zz4=)',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style>',
  '<svg onload=alert(1)>',
  '<div onclick="alert(1)">x</div>',
  '<!-- <script>alert(1)</script> -->',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '[<img src=x onerror=alert(1)>](https://example.com)',
  '[x](https://example.com "\\"><script>alert(1)</script>")',
  '![x"onerror="alert(1)](https://example.com/a.png)',
  '<p>&#824;</p>&#824;x',
];

describe('renderMarkdown', () => {
  it('renders paragraphs, emphasis, lists, quotes and relative links', () => {
    const md = [
      'Ngày 29/5, Đảng bộ Sở **Thông tin** và *Truyền thông* họp.',
      '',
      '- một',
      '- hai',
      '',
      '> trích dẫn',
      '',
      'Xem [tỉnh Bắc Ninh](/tinh/bac-ninh/ "Bắc Ninh").',
    ].join('\n');
    expect(renderMarkdown(md)).toBe(
      [
        '<p>Ngày 29/5, Đảng bộ Sở <strong>Thông tin</strong> và <em>Truyền thông</em> họp.</p>',
        '<ul>',
        '<li>một</li>',
        '<li>hai</li>',
        '</ul>',
        '<blockquote>',
        '<p>trích dẫn</p>',
        '</blockquote>',
        '<p>Xem <a href="/tinh/bac-ninh/" title="Bắc Ninh">tỉnh Bắc Ninh</a>.</p>',
        '',
      ].join('\n'),
    );
  });

  const headings: [string, string][] = [
    ['# Một', '<h2>Một</h2>\n'],
    ['## Hai', '<h3>Hai</h3>\n'],
    ['#### Bốn', '<h5>Bốn</h5>\n'],
    ['##### Năm', '<h6>Năm</h6>\n'],
    ['###### Sáu', '<h6>Sáu</h6>\n'],
    ['Setext\n===', '<h2>Setext</h2>\n'],
    ['Setext\n---', '<h3>Setext</h3>\n'],
  ];
  it.each(headings)('shifts headings down one level, capped at h6: %j', (md, html) => {
    expect(renderMarkdown(md)).toBe(html);
  });

  const ampersands: [string, string][] = [
    ['Sở TT&TT', '<p>Sở TT&amp;TT</p>\n'],
    ['Khối CCQ&DN tỉnh', '<p>Khối CCQ&amp;DN tỉnh</p>\n'],
    ['AT&T;', '<p>AT&amp;T;</p>\n'],
    ['&TT;', '<p>&amp;TT;</p>\n'],
    ['&amp;', '<p>&amp;</p>\n'],
    ['&#273;', '<p>đ</p>\n'],
    ['&#x111;', '<p>đ</p>\n'],
    ['&copy;', '<p>©</p>\n'],
    ['&copy without a semicolon', '<p>&amp;copy without a semicolon</p>\n'],
    ['&amp;TT;', '<p>&amp;TT;</p>\n'],
    ['\\&copy;', '<p>&amp;copy;</p>\n'],
    ['`Sở TT&TT &copy;`', '<p><code>Sở TT&amp;TT &amp;copy;</code></p>\n'],
    ['**TT&TT**', '<p><strong>TT&amp;TT</strong></p>\n'],
    ['[Sở TT&TT](/a "Sở TT&TT;")', '<p><a href="/a" title="Sở TT&amp;TT;">Sở TT&amp;TT</a></p>\n'],
    ['![Sở TT&TT](/a.jpg)', '<p><img src="/a.jpg" alt="Sở TT&amp;TT"></p>\n'],
    ['[q](/tim-kiem/?q=a&b=TT&TT)', '<p><a href="/tim-kiem/?q=a&amp;b=TT&amp;TT">q</a></p>\n'],
  ];
  it.each(ampersands)('writes a & that starts no complete character reference as &amp;: %j', (md, html) => {
    expect(renderMarkdown(md)).toBe(html);
  });

  const rawHtml: [string, string][] = [
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'],
    ['a <img src=x onerror=alert(1)> b', '<p>a &lt;img src=x onerror=alert(1)&gt; b</p>\n'],
    ['</script>', '<p>&lt;/script&gt;</p>\n'],
    [
      '<a href="javascript:alert(1)">x</a>',
      '<p>&lt;a href=&quot;javascript&#58;alert(1)&quot;&gt;x&lt;/a&gt;</p>\n',
    ],
    ['<iframe src="x"></iframe>', '<p>&lt;iframe src=&quot;x&quot;&gt;&lt;/iframe&gt;</p>\n'],
    ['<style>p{}</style>', '<p>&lt;style&gt;p{}&lt;/style&gt;</p>\n'],
    ['Chữ <b>đậm</b>', '<p>Chữ &lt;b&gt;đậm&lt;/b&gt;</p>\n'],
    ['<div>\n*x*\n</div>', '<p>&lt;div&gt;\n*x*\n&lt;/div&gt;</p>\n'],
    ['<!-- ghi chú -->', '<p>&lt;!-- ghi chú --&gt;</p>\n'],
  ];
  it.each(rawHtml)('escapes raw HTML instead of passing it through: %j', (md, html) => {
    expect(renderMarkdown(md)).toBe(html);
  });

  const unsafeUrls: [string, string][] = [
    ['[x](javascript:alert(1))', '<p>x</p>\n'],
    ['[x](JaVaScRiPt:alert(1))', '<p>x</p>\n'],
    ['[x](java&#x09;script:alert(1))', '<p>x</p>\n'],
    ['[x](javascript&colon;alert(1))', '<p>x</p>\n'],
    ['[x](vbscript:msgbox(1))', '<p>x</p>\n'],
    ['[x](tel:123)', '<p>x</p>\n'],
    ['![Ảnh](data:text/html,...)', '<p>Ảnh</p>\n'],
    ['![Ảnh](data:image/png;base64,AAAA)', '<p>Ảnh</p>\n'],
  ];
  it.each(unsafeUrls)('drops a link or image whose URL is unsafe, keeping its text: %j', (md, html) => {
    expect(renderMarkdown(md)).toBe(html);
  });

  it.each(HOSTILE)('lets no markup or script through: %j', (md) => {
    expectSafe(renderMarkdown(md));
  });

  it('lets no markup or script through when every attempt is in one body', () => {
    const html = renderMarkdown(HOSTILE.join('\n\n'));
    expectSafe(html);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
  });

  it('adds rel="noopener noreferrer" to links to other hosts only', () => {
    const md =
      '[a](/bai-viet/x/) [b](#anh) [c](https://vnexpress.net/a) [d](//example.com) [e](mailto:a@b.vn)';
    expect(renderMarkdown(md)).toBe(
      '<p><a href="/bai-viet/x/">a</a> <a href="#anh">b</a> ' +
        '<a href="https://vnexpress.net/a" rel="noopener noreferrer">c</a> ' +
        '<a href="//example.com" rel="noopener noreferrer">d</a> <a href="mailto:a@b.vn">e</a></p>\n',
    );
  });

  it('renders autolinks literally, percent-encoding what a URL may not hold', () => {
    expect(renderMarkdown('<https://a.vn/?x=1&y=2> www.bacninh.gov.vn [x](<a b.html>)')).toBe(
      '<p><a href="https://a.vn/?x=1&amp;y=2" rel="noopener noreferrer">https://a.vn/?x=1&amp;y=2</a> ' +
        '<a href="http://www.bacninh.gov.vn" rel="noopener noreferrer">www.bacninh.gov.vn</a> ' +
        '<a href="a%20b.html">x</a></p>\n',
    );
  });

  it('renders images with alt text and title', () => {
    expect(renderMarkdown('![Đại hội **IV**](/anh/1.jpg "Ảnh: Sở TT&TT")')).toBe(
      '<p><img src="/anh/1.jpg" alt="Đại hội IV" title="Ảnh: Sở TT&amp;TT"></p>\n',
    );
  });

  it('keeps tables with their alignment and ordered lists with their start', () => {
    expect(renderMarkdown('| Chỉ tiêu | % |\n|:--|--:|\n| DVC | 95 |\n\n3. ba\n4. bốn')).toBe(
      [
        '<table>',
        '<thead>',
        '<tr>',
        '<th align="left">Chỉ tiêu</th>',
        '<th align="right">%</th>',
        '</tr>',
        '</thead>',
        '<tbody><tr>',
        '<td align="left">DVC</td>',
        '<td align="right">95</td>',
        '</tr>',
        '</tbody></table>',
        '<ol start="3">',
        '<li>ba</li>',
        '<li>bốn</li>',
        '</ol>',
        '',
      ].join('\n'),
    );
  });

  it('drops the language of a code block and escapes its content', () => {
    expect(renderMarkdown('```js\nif (a < b && c) {}\n```')).toBe(
      '<pre><code>if (a &lt; b &amp;&amp; c) {}\n</code></pre>\n',
    );
  });

  it('shows strikethrough and task-list markup as written, having no tag for them', () => {
    expect(renderMarkdown('~~cũ~~\n\n- [ ] việc\n- [x] xong')).toBe(
      '<p>~~cũ~~</p>\n<ul>\n<li>[ ] việc</li>\n<li>[x] xong</li>\n</ul>\n',
    );
  });

  it('writes text mentioning javascript: with an encoded colon, so the output never holds the string', () => {
    expect(renderMarkdown('Gõ javascript:void(0)')).toBe('<p>Gõ javascript&#58;void(0)</p>\n');
  });

  it('outputs NFC, from decomposed input and from references to combining marks', () => {
    const nfd = 'Nghệ An, Đắk Lắk'.normalize('NFD');
    expect(renderMarkdown(nfd)).toBe('<p>Nghệ An, Đắk Lắk</p>\n');
    expect(renderMarkdown('e&#769;')).toBe('<p>é</p>\n');
    // U+0338 after '>' would compose into '≯' and break the tag: it is written as a reference.
    const html = renderMarkdown('*a*&#824; &#824;');
    expect(html).toBe('<p><em>a</em>&#x338; ̸</p>\n');
    expect(html).toBe(html.normalize('NFC'));
  });

  it('is deterministic', () => {
    const md = HOSTILE.join('\n\n');
    expect(renderMarkdown(md)).toBe(renderMarkdown(md));
  });

  it('renders an empty body as nothing', () => {
    expect(renderMarkdown('')).toBe('');
  });
});

describe('renderMarkdown on the repository content', () => {
  let store: Store;
  beforeAll(async () => {
    const result = await loadContent({ root: REPO });
    if (!result.store) throw new Error(`content has problems: ${JSON.stringify(result.problems[0])}`);
    store = result.store;
  });

  /** The text a browser shows of the HTML, folded like plainText. */
  const textOfHtml = (html: string) =>
    decodeHTMLStrict(
      html
        .replace(/<\/?(p|h[2-6]|ul|ol|li|blockquote|pre|br|hr|table|thead|tbody|tr|th|td)\b[^>]*>/g, ' ')
        .replace(/<[^>]*>/g, ''),
    )
      .replace(/\s+/g, ' ')
      .trim();

  it('renders every body in both languages to allowlisted HTML whose text is plainText', () => {
    for (const article of store.articles) {
      for (const text of [article.text.vi, article.text.en]) {
        if (!text) continue;
        const html = renderMarkdown(text.body);
        expectSafe(html);
        expect(textOfHtml(html), text.file).toBe(plainText(text.body));
      }
    }
  });

  it('writes "Sở TT&TT" of the Bắc Ninh congress as Sở TT&amp;TT', () => {
    const article = store.byId.get('2020-05-bac-ninh-dai-hoi-dang-bo-so-tttt-lan-iv');
    const html = renderMarkdown(article?.text.vi.body ?? '');
    expect(html).toContain('Đảng bộ Sở TT&amp;TT');
    expect(html).toContain('Khối CCQ&amp;DN tỉnh');
  });
});

describe('sanitizeHtml', () => {
  const cases: [string, string][] = [
    [
      '<p onclick="x()">Sở TT&TT;</p><script>alert(1)</script>',
      '<p>Sở TT&amp;TT;</p>&lt;script&gt;alert(1)&lt;/script&gt;',
    ],
    ['<P CLASS="x" Style="color:red">a</P>', '<p>a</p>'],
    ['<a href="  java\tscript:alert(1)" title=\'t\' target=_blank>x</a>', '<a title="t">x</a>'],
    ['<a href="&#x6A;avascript:alert(1)">x</a>', '<a>x</a>'],
    [
      '<a href="https://a.vn" href="javascript:alert(1)" rel="opener">x</a>',
      '<a href="https://a.vn" rel="noopener noreferrer">x</a>',
    ],
    ['<a href=/tinh/>x</a>', '<a href="/tinh/">x</a>'],
    ['<img src=x onerror=alert(1)>', '<img src="x" alt="">'],
    ['<img src="data:image/png;base64,AA" alt="a">', '<img alt="a">'],
    ['<br/><hr /><br></br>', '<br><hr><br>'],
    ['<th align="center">a</th><td align="justify">b</td>', '<th align="center">a</th><td>b</td>'],
    ['<ol start="2"><li>b</li></ol><ol start="x"></ol>', '<ol start="2"><li>b</li></ol><ol></ol>'],
    [
      '<figure><img src="/a.jpg" alt="a"><figcaption>Ảnh</figcaption></figure>',
      '<figure><img src="/a.jpg" alt="a"><figcaption>Ảnh</figcaption></figure>',
    ],
    ['<svg/onload=alert(1)>', '&lt;svg/onload=alert(1)&gt;'],
    ['<a/href="javascript:alert(1)">x</a>', '&lt;a/href=&quot;javascript&#58;alert(1)&quot;&gt;x</a>'],
    ['<<script>script>', '&lt;&lt;script&gt;script&gt;'],
    ['a < b > c & d', 'a &lt; b &gt; c &amp; d'],
    ['<h1>x</h1>', '&lt;h1&gt;x&lt;/h1&gt;'],
  ];
  it.each(cases)('rewrites %j to %j', (html, expected) => {
    expect(sanitizeHtml(html)).toBe(expected);
  });
});

describe('safeUrl', () => {
  const cases: [string, string | null][] = [
    ['https://bacninh.gov.vn/a?b=1#c', 'https://bacninh.gov.vn/a?b=1#c'],
    ['HTTP://A.VN', 'HTTP://A.VN'],
    ['mailto:sotttt@bacninh.gov.vn', 'mailto:sotttt@bacninh.gov.vn'],
    ['/tinh/bac-ninh/', '/tinh/bac-ninh/'],
    ['anh/1.jpg', 'anh/1.jpg'],
    ['#muc-1', '#muc-1'],
    ['?trang=2', '?trang=2'],
    [' https://a.vn ', 'https://a.vn'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['\u0001javascript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['vbscript:x', null],
    ['data:text/html,x', null],
    ['data:image/png;base64,AA', null],
    ['file:///etc/passwd', null],
    ['ｊavascript:alert(1)', null],
    ['', null],
  ];
  it.each(cases)('reads %j as %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});

describe('renderInline', () => {
  const cases: [string, string][] = [
    ['Sở TT&TT', 'Sở TT&amp;TT'],
    [
      '<b>"Bắc Ninh"</b> & \'Vĩnh Phúc\'',
      '&lt;b&gt;&quot;Bắc Ninh&quot;&lt;/b&gt; &amp; &#39;Vĩnh Phúc&#39;',
    ],
    ['&amp;', '&amp;amp;'],
    ['Không có gì', 'Không có gì'],
  ];
  it.each(cases)('escapes %j as %j', (text, html) => {
    expect(renderInline(text)).toBe(html);
  });
});

describe('plainText', () => {
  const cases: [string, string][] = [
    ['# Đại hội\n\nSở **TT&TT**  [Bắc Ninh](/tinh/bac-ninh/)', 'Đại hội Sở TT&TT Bắc Ninh'],
    ['&amp; &copy; &#273; &TT; \\*', '& © đ &TT; *'],
    ['- một\n- hai\n\n> ba', 'một hai ba'],
    ['`x &amp; y`\n\n```\na\n  b\n```', 'x &amp; y a b'],
    ['![Ảnh **đẹp**](/a.jpg) chú thích', 'Ảnh đẹp chú thích'],
    ['| a | b |\n|---|---|\n| 1 | 2 |', 'a b 1 2'],
    ['Chữ <b>đậm</b>\n\n<script>alert(1)</script>', 'Chữ đậm alert(1)'],
    ['dòng  \nmới\n\n---\n\nhết', 'dòng mới hết'],
    ['~~cũ~~ và - [ ] việc', '~~cũ~~ và - [ ] việc'],
    ['- [x] xong', 'xong'],
    ['', ''],
  ];
  it.each(cases)('reads %j as %j', (md, text) => {
    expect(plainText(md)).toBe(text);
  });

  it('is NFC', () => {
    expect(plainText('Nghệ An'.normalize('NFD'))).toBe('Nghệ An');
  });
});
