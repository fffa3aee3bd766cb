/**
 * Text normalization on the way in: Vietnamese is Unicode, and files come from many editors.
 */

/** No-break spaces that copy-paste from portals leaves in text; read as ordinary spaces in front matter. */
const NO_BREAK_SPACES = /[\u00A0\u202F\u2007]/g;

/** Why bytes are not a text file we can read. */
export type NotText = { notText: string };

/**
 * Decodes bytes as UTF-8 text: drops a BOM, turns CRLF and CR into LF, and normalizes to NFC.
 * Refuses binary files (NUL bytes) and invalid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string | NotText {
  if (bytes.includes(0)) return { notText: 'contains NUL bytes: this is a binary file, not Markdown text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { notText: 'is not valid UTF-8 text; save it as UTF-8' };
  }
  return normalizeText(text);
}

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
