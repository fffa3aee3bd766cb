/**
 * Text normalization on the way in: Vietnamese is Unicode, and files come from many editors.
 */

/** No-break spaces that copy-paste from portals leaves in text; read as ordinary spaces in front matter. */
const NO_BREAK_SPACES = /[\u00A0\u202F\u2007]/g;

/** BOM off, LF line ends, NFC. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** Replaces no-break spaces with ordinary spaces, one for one, so columns stay where they were. */
export function plainSpaces(text: string): string {
  return text.replace(NO_BREAK_SPACES, ' ');
}

/** Empties lines that hold only white space (no-break spaces included), as portal copies often have. */
export function blankWhitespaceLines(text: string): string {
  return text.replace(/^[ \t\u00A0\u202F\u2007]+$/gm, '');
}
