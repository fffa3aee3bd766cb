import { normalizeText, plainSpaces } from '../content/text.ts';

/**
 * Portal text as the importer reads it: NFC, LF line ends, no byte-order mark, no-break spaces as
 * spaces, no invisible characters, runs of blanks as one space. And `fold`, the form phrases are compared in.
 */

/**
 * Characters a portal copy carries that no reader sees and the validator refuses: format characters
 * (zero-width space and joiners, soft hyphen, direction marks, a BOM inside the text) and control
 * characters other than tab and line feed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/** The raw text of a portal page, normalized: BOM off, LF, NFC, no-break spaces as spaces, no invisible characters. */
export function normalizeRaw(raw: string): string {
  return plainSpaces(normalizeText(raw)).replace(INVISIBLE, '');
}

/** One line of portal text, blanks collapsed and trimmed. */
export function cleanLine(line: string): string {
  return line.replace(/[ \t]+/g, ' ').trim();
}

/**
 * The sentences of a paragraph, as printed: a sentence ends at . ! ? or … (a closing quote may follow)
 * before a space and a capital letter or an opening quote; "TP.Tân An", "2.100" and "T.Ư" do not end one.
 */
export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…]["”’)]?)\s+(?=[\p{Lu}“"])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Old and new placement of the tone mark on oa, oe, uy ("hoá" and "hóa", "Uỷ" and "Ủy") are one spelling. */
function foldChar(c: string): string {
  const base = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (base === 'đ') return 'd';
  return base.length === 1 ? base : c.toLowerCase();
}

/**
 * Text for comparing phrases, one character for one (indexes stay valid in the original): lower case,
 * diacritics off, đ as d. So "Uỷ ban" and "Ủy ban", "Sở" and "sở" compare equal.
 */
export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const f = foldChar(c);
    // Keep the length in UTF-16 units, so an index found in the folded text points into the original.
    out += f.length === c.length ? f : c;
  }
  return out;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a phrase occurs in folded text, whole words only. A phrase may hold "…" (or "..."): its parts
 * must then occur in that order, other words between them. Undefined when it does not occur.
 */
export function findPhrase(folded: string, phrase: string): { start: number; end: number } | undefined {
  const parts = fold(phrase)
    .split(/…|\.\.\./)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  let from = 0;
  let start = -1;
  for (const part of parts) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, 'u');
    const m = re.exec(folded.slice(from));
    if (!m) return undefined;
    if (start < 0) start = from + m.index;
    from += m.index + m[0].length;
  }
  return { start, end: from };
}

/** Upper-cases the first letter: an organization or a congress named mid-sentence ("chi bộ Sở …") as a field. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * A number as Vietnamese portals print it: "." groups thousands, "," marks decimals.
 * @example numberOf('2.100') // => 2100
 * @example numberOf('95,5') // => 95.5
 */
export function numberOf(printed: string): number {
  return Number(printed.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.'));
}
