/**
 * Text as the index holds it: diacritics folded and đ as d, so that Pagefind keeps one form per word
 * and its phrase search (a quoted query) works on what readers type without diacritics. A word that is
 * only marks stays as it is, so that the words of the text and of the index stay one for one.
 * @example foldWords('Đoàn Thanh Hải, TUV') // => 'Doan Thanh Hai, TUV'
 */
export function foldWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/((?<=^|\s)\p{M}+(?=\s|$))|\p{M}/gu, (_, markOnlyWord?: string) => markOnlyWord ?? '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * The words of a text as the index counts them: each word with the punctuation standing alone after
 * it ("Trung thành – Đoàn kết" is three: "Trung", "thành –", "Đoàn", "kết"), so that a dash or a
 * bullet between words does not break a phrase. Zero-width spaces are dropped (Pagefind's fragments
 * use them to separate words).
 * @example wordsOf('Trung thành – Đoàn kết') // => ['Trung', 'thành –', 'Đoàn', 'kết']
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const token of text.replace(/\u200B/g, '').match(/\S+/g) ?? []) {
    if (words.length > 0 && !/[\p{L}\p{N}]/u.test(token)) words[words.length - 1] += ` ${token}`;
    else words.push(token);
  }
  return words;
}
