import { plainText } from '../render/index.ts';

/**
 * What the site search indexes. Readers search for people, places, bodies and topics: an article's
 * title, summary, facts (province, organization, officials, targets, awards), photo captions and the
 * lead of its text, not every word of the body. Pagefind's time and memory grow with the words it
 * indexes (at 10,000 articles in two languages, the full bodies took 4.4 GB and 105 s; title and
 * summary alone 0.6 GB and 18 s), so the lead is capped at this many words.
 */
export const SEARCH_LEAD_WORDS = 60;

/**
 * The first words of a Markdown body as plain text: whole paragraphs until `maxWords`, the last one cut.
 * @example searchLead('Sáng 29/5, **Đảng bộ** họp.\n\nĐoạn hai.', 3) // => 'Sáng 29/5, Đảng'
 */
export function searchLead(markdown: string, maxWords = SEARCH_LEAD_WORDS): string {
  const words: string[] = [];
  for (const block of markdown.split(/\n[ \t]*\n/)) {
    const text = plainText(block);
    if (text) words.push(...text.split(' '));
    if (words.length >= maxWords) break;
  }
  return words.slice(0, maxWords).join(' ');
}
