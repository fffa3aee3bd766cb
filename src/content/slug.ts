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
  if (text.length > MAX_FAST) return slowSlug(text);
  // The trim, the join of white space into `-` and the lowercasing, done as the pieces are laid down:
  // a piece holds only ASCII letters, digits and spaces.
  let n = 0;
  let dash = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const piece = PIECES[unit] ?? pieceOf(unit);
    if (n + piece.length >= units.length) return slowSlug(text);
    for (let j = 0; j < piece.length; j++) {
      const c = piece.charCodeAt(j);
      if (c === SPACE) {
        if (n > 0) dash = true;
        continue;
      }
      if (dash) {
        units[n++] = DASH;
        dash = false;
      }
      units[n++] = c;
    }
  }
  return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
}

const SPACE = 0x20;
const DASH = 0x2d;
/** Longer texts go the plain way (a slug of the fast way is built in this buffer). */
const MAX_FAST = 1024;
const units = new Uint16Array(MAX_FAST * 4);

/** The steps over the whole text, as slugify does them. */
function slowSlug(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out += PIECES[unit] ?? pieceOf(unit);
  }
  return out.trim().replace(/\s+/g, '-').toLowerCase();
}

/** What each UTF-16 code unit becomes before the trim, once asked: ASCII letters and digits, and spaces. */
const PIECES: (string | undefined)[] = new Array(0x10000);

function pieceOf(unit: number): string {
  // Without trim and lowercasing, slugify gives the code unit's piece with white space turned into `-`;
  // with `strict` no other `-` can be left, so each `-` was white space. Lowercasing the piece is
  // lowercasing the slug: what is left is ASCII.
  const slug = slugify(String.fromCharCode(unit), { ...OPTIONS, lower: false, trim: false });
  const piece = slug.replace(/-/g, ' ').toLowerCase();
  if (!/^[a-z0-9 ]*$/.test(piece))
    throw new Error(`slugify gave ${JSON.stringify(slug)} for U+${unit.toString(16)}`);
  PIECES[unit] = piece;
  return piece;
}

/** slugify itself, with bantin's options: the reference the fast path is tested against. */
export function slugifyTitle(title: string): string {
  return slugify(plainSpaces(title), OPTIONS);
}
