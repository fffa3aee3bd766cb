import { describe, expect, it } from 'vitest';
import { eventTypeOf, venueOf } from '../../src/import/event.ts';
import type { Gap } from '../../src/import/gaps.ts';
import { organizationOf } from '../../src/import/organization.ts';

const org = (title: string, first?: string) => organizationOf(title, first, []);

describe('the organization, from the text', () => {
  it('names the body and its kind as printed, up to "Truyền thông"', () => {
    expect(org('Đại hội Đảng bộ Sở Thông tin và Truyền thông lần thứ IV')).toEqual({
      organization: 'Đảng bộ Sở Thông tin và Truyền thông',
      organizationType: 'party-committee',
    });
    expect(org('Ông A tái đắc cử Bí thư Đảng bộ cơ sở Sở Thông tin và Truyền thông Long An')).toEqual({
      organization: 'Đảng bộ cơ sở Sở Thông tin và Truyền thông',
      organizationType: 'grassroots-party-committee',
    });
    expect(org('Đại hội chi bộ Sở Thông tin và Truyền thông lần thứ IV')).toEqual({
      organization: 'Chi bộ Sở Thông tin và Truyền thông',
      organizationType: 'party-cell',
    });
    expect(org('Bí thư Tỉnh ủy làm việc với Đảng ủy, Ban Giám đốc Sở Thông tin và Truyền thông')).toEqual({
      organization: 'Đảng ủy, Ban Giám đốc Sở Thông tin và Truyền thông',
      organizationType: 'department',
    });
    expect(org('Hội nghị triển khai nhiệm vụ năm 2021', 'Chiều 14/1, Sở TT&TT tổ chức Hội nghị.')).toEqual({
      organization: 'Sở TT&TT',
      organizationType: 'department',
    });
  });

  it('is a gap when neither the title nor the first paragraph names it', () => {
    const gaps: Gap[] = [];
    expect(organizationOf('Hội nghị tổng kết', 'Chiều 14/1, tỉnh tổ chức Hội nghị.', gaps)).toEqual({});
    expect(gaps.map((g) => g.field)).toEqual(['organization']);
  });
});

describe('the event type and venue, from the wording', () => {
  it('a congress held, a working session, a conference; a congress only mentioned is not one', () => {
    expect(eventTypeOf('Đại hội Chi bộ Sở lần thứ IV', '', [])).toBe('congress');
    expect(eventTypeOf('Tin hoạt động', 'Sáng 3/4, Đảng bộ Sở tổ chức Đại hội lần thứ IV.', [])).toBe(
      'congress',
    );
    expect(eventTypeOf('Bí thư Tỉnh ủy làm việc với Sở', '', [])).toBe('working-session');
    expect(
      eventTypeOf(
        'Sở triển khai nhiệm vụ',
        'Sở tổ chức Hội nghị; tuyên truyền Đại hội Đảng toàn quốc lần thứ XIII.',
        [],
      ),
    ).toBe('conference');
    const gaps: Gap[] = [];
    expect(
      eventTypeOf('Tin hoạt động', 'Sở tuyên truyền Đại hội Đảng toàn quốc lần thứ XIII.', gaps),
    ).toBeUndefined();
    expect(gaps.map((g) => g.field)).toEqual(['eventType']);
  });

  it('a named venue, without the verb after it', () => {
    expect(venueOf('Trong 2 ngày 23-24/3, tại Khách sạn Hoàng Sơn đã diễn ra Đại hội lần thứ IV.')).toBe(
      'Khách sạn Hoàng Sơn',
    );
    expect(venueOf('Ngày 29/5, tại trụ sở, Đảng bộ Sở tổ chức Đại hội.')).toBeUndefined();
  });
});
