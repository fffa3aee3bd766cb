/**
 * The tags and attributes an article body's HTML may hold (src/render/markdown.ts allows these and no
 * others), written out again here so that the tests check the renderer against a list of their own.
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(
    'p h2 h3 h4 h5 h6 ul li blockquote em strong code pre br hr table thead tbody tr figure figcaption'
      .split(' ')
      .map((tag) => [tag, []]),
  ),
  ol: ['start'],
  a: ['href', 'title', 'rel'],
  img: ['src', 'alt', 'title'],
  th: ['align'],
  td: ['align'],
};
