import { describe, expect, it } from 'vitest';
import { slugFromTitle } from '../../src/content/slug.ts';

describe('slugFromTitle', () => {
  it.each([
    [
      'Đại hội Đảng bộ Sở Thông tin và Truyền thông lần thứ IV',
      'dai-hoi-dang-bo-so-thong-tin-va-truyen-thong-lan-thu-iv',
    ],
    ['ĐẠI HỘI ĐẢNG BỘ', 'dai-hoi-dang-bo'],
    ['Đại hội Đảng bộ lần thứ IV'.normalize('NFD'), 'dai-hoi-dang-bo-lan-thu-iv'],
    ['  Đại   hội  ', 'dai-hoi'],
    ['no\u00a0break\u202fspaces\u2007here', 'no-break-spaces-here'],
    ['Hội nghị (lần 2): “Chuyển đổi số” – 2021!', 'hoi-nghi-lan-2-chuyen-doi-so-2021'],
    ['Sở TT&TT tỉnh Bắc Ninh', 'so-ttandtt-tinh-bac-ninh'],
    ['emoji 😀 and 🇻🇳 flags', 'emoji-and-flags'],
    ['', ''],
  ])('slugs %j as %j', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });
});
