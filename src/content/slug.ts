import slugify from 'slugify';
import { plainSpaces } from './text.ts';

/** The options bantin slugifies with: Vietnamese letters to ASCII (Đ to d), lower case, ASCII only. */
const OPTIONS = { locale: 'vi', lower: true, strict: true, trim: true } as const;

/**
 * Derives a URL slug from a title with slugify, Vietnamese-aware (Đ becomes d); no-break spaces count
 * as spaces.
 * @example slugFromTitle('Đại hội Đảng bộ lần thứ IV') // => 'dai-hoi-dang-bo-lan-thu-iv'
 */
export function slugFromTitle(title: string): string {
  return slugify(plainSpaces(title), OPTIONS);
}
