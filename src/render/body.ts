import { plainText, renderMarkdown } from './markdown.ts';

/** An article body as the Store holds it: its Markdown and where it is written. */
export interface BodySource {
  body: string;
  /** The file, as problems name it. */
  file: string;
  /** The line of the file where the body starts. */
  bodyLine: number;
}

/** Makes a body's HTML; the build passes one (memoized) to pages, feeds and the API. */
export type BodyRenderer = (text: BodySource) => string;

/**
 * A body the renderer failed on, named by its file and line (never a bare stack trace from inside the
 * Markdown library). Validation refuses the bodies known to break it (src/content/body-limits.ts); this
 * is what an unknown one reports.
 */
export class BodyRenderError extends Error {
  constructor(text: BodySource, cause: unknown) {
    const why = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    super(
      `${text.file}:${text.bodyLine}:1  body  could not be rendered (${why}); simplify the Markdown of this body (deep nesting, long runs of * _ [ or \`), and report the file to the maintainers`,
      { cause },
    );
    this.name = 'BodyRenderError';
  }
}

function named<T>(text: BodySource, render: (markdown: string) => T): T {
  try {
    return render(text.body);
  } catch (error) {
    throw new BodyRenderError(text, error);
  }
}

/** A body's safe HTML ({@link renderMarkdown}); a failure names the file. */
export const renderBody: BodyRenderer = (text) => named(text, renderMarkdown);

/** A body's text without markup ({@link plainText}), for search; a failure names the file. */
export const bodyPlainText = (text: BodySource): string => named(text, plainText);
