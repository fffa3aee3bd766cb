import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cleanLine, normalizeRaw } from './text.ts';

/**
 * Importing an archive: which files a folder holds, and which texts were imported already. A draft
 * records its source's fingerprint (`# import-source: <file> sha256-…`), so importing the same text again,
 * from any path, with CRLF or NBSP or in NFD, finds the article it became instead of making a second one.
 */

/** The portal text files to import: each file given, and every .txt file below each folder given, sorted. */
export function inputFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!statSync(p).isDirectory()) {
      out.push(p);
      continue;
    }
    const below = readdirSync(p, { recursive: true })
      .map(String)
      .filter((rel) => rel.toLowerCase().endsWith('.txt') && statSync(path.join(p, rel)).isFile())
      .sort();
    out.push(...below.map((rel) => path.join(p, rel)));
  }
  return out;
}

/** The fingerprint of a portal text: the same for the same words, whatever the line ends, spaces or normal form. */
export function fingerprintOf(raw: string): string {
  const text = normalizeRaw(raw).split('\n').map(cleanLine).filter(Boolean).join('\n');
  return `sha256-${createHash('sha256').update(text).digest('hex')}`;
}

const SOURCE_LINE = /^# import-source: .* (sha256-[0-9a-f]{64})$/m;

/** The fingerprints recorded in the articles below a folder, with the article folder of each. */
export function importedFingerprints(articlesDir: string): Map<string, string> {
  const out = new Map<string, string>();
  let files: string[];
  try {
    files = readdirSync(articlesDir, { recursive: true }).map(String);
  } catch {
    return out;
  }
  for (const rel of files) {
    if (path.basename(rel) !== 'vi.md') continue;
    const m = SOURCE_LINE.exec(readFileSync(path.join(articlesDir, rel), 'utf8'));
    if (m?.[1]) out.set(m[1], path.dirname(path.join(articlesDir, rel)));
  }
  return out;
}
