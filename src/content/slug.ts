import slugify from 'slugify';
import { plainSpaces } from './text.ts';

/** The options bantin slugifies with. slugify stays the source of truth for what a slug is. */
const OPTIONS = { locale: 'vi', lower: true, strict: true, trim: true } as const;

/**
 * Derives a URL slug from a title, Vietnamese-aware (Đ becomes d): what `slugify(title, OPTIONS)` gives,
 * without its cost per character.
 *
 * slugify normalizes the text (NFC), then maps each UTF-16 code unit on its own (the locale's table,
 * then its own table), drops what is not allowed (with `strict`, everything but ASCII letters, digits
 * and white space), trims, joins runs of white space into one `-` and lowercases. Everything before the
 * trim depends on one code unit at a time, so what each code unit becomes is asked of slugify once and
 * remembered (white space as a single space, which the trim and the join treat alike); the steps over
 * the whole text are then done as slugify does them. test/content/slug.test.ts holds the two equal.
 * @example slugFromTitle('Đại hội Đảng bộ lần thứ IV') // => 'dai-hoi-dang-bo-lan-thu-iv'
 */
export function slugFromTitle(title: string): string {
  const text = plainSpaces(title).normalize();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out += PIECES[unit] ?? pieceOf(unit);
  }
  return out.trim().replace(/\s+/g, '-').toLowerCase();
}

/** What each UTF-16 code unit becomes before the trim, once asked. */
const PIECES: (string | undefined)[] = new Array(0x10000);

function pieceOf(unit: number): string {
  // Without trim and lowercasing, slugify gives the code unit's piece with white space turned into `-`;
  // with `strict` no other `-` can be left, so each `-` was white space.
  const piece = slugify(String.fromCharCode(unit), { ...OPTIONS, lower: false, trim: false }).replace(
    /-/g,
    ' ',
  );
  PIECES[unit] = piece;
  return piece;
}

/** slugify itself, with bantin's options: the reference the fast path is tested against. */
export function slugifyTitle(title: string): string {
  return slugify(plainSpaces(title), OPTIONS);
}
