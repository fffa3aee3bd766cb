import { HtmlValidate } from 'html-validate';
import { SaxesParser } from 'saxes';

/**
 * Real parsers for what other programs read of the output: feed readers and search engines parse the
 * XML, browsers and validators the HTML.
 */

/**
 * Parses XML as a conformant parser does (well-formedness, allowed characters, entities); throws on the
 * first error, with its line and column. Returns the root element's name.
 */
export function parseXml(text: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let root = '';
  parser.on('opentag', (tag) => {
    root ||= tag.name;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
  return root;
}

/**
 * The HTML validator: the standard and document presets (HTML as the standard defines it, and a whole
 * document), with subresource integrity asked only of resources from other hosts (the site loads none).
 */
const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: { 'require-sri': ['error', { target: 'crossorigin' }] },
});

/** What the HTML validator finds wrong in a page: `line:column rule message`, none when valid. */
export async function htmlProblems(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
}
