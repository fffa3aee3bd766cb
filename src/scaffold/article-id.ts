import { slugFromTitle } from '../content/load.ts';

/**
 * A folder name for a new article: month, province and the title's slug cut at a word boundary
 * before 60 characters.
 * @example articleId('2020-05', 'bac-ninh', 'Đại hội Đảng bộ lần thứ IV') // => '2020-05-bac-ninh-dai-hoi-dang-bo-lan-thu-iv'
 */
export function articleId(month: string | undefined, province: string | undefined, title: string): string {
  const full = slugFromTitle(title);
  const slug = full.length <= 60 ? full : full.slice(0, 61).replace(/-[^-]*$/, '');
  return [month, province, slug].filter(Boolean).join('-');
}
