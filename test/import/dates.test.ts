import { beforeAll, describe, expect, it } from 'vitest';
import type { Registries } from '../../src/content/store.ts';
import { dateLineOf, eventDateOf } from '../../src/import/dates.ts';
import { draftMarkdown } from '../../src/import/draft.ts';
import type { Gap } from '../../src/import/gaps.ts';
import { parsePortalText } from '../../src/import/parse-portal.ts';
import { portalText, repoRegistries } from './helpers.ts';

// Dates are Vietnam calendar dates as printed: these run alike under any TZ (the suite is also run with
// TZ=UTC and TZ=America/Los_Angeles; nothing here reads the clock).

let registries: Registries;
beforeAll(async () => {
  registries = await repoRegistries();
});

const TERM = { start: 2020, printed: 'nhiệm kỳ 2020-2025' };

describe('the date line', () => {
  it('reads the day, the time when printed, and the views', () => {
    expect(dateLineOf('30/05/2020 12:02 Số lượt xem: 1.275')).toEqual({
      publishedAt: '2020-05-30 12:02',
      views: 1275,
    });
    expect(dateLineOf('01/06/2020 - 09:29')).toEqual({ publishedAt: '2020-06-01 09:29' });
    expect(dateLineOf('19/03/2020')).toEqual({ publishedAt: '2020-03-19' });
    expect(dateLineOf('31/02/2020')).toEqual({});
  });
});

describe('the event day', () => {
  it('takes the year from the date line, and says so', () => {
    const gaps: Gap[] = [];
    expect(eventDateOf('Ngày 29/5, Đảng bộ Sở tổ chức Đại hội.', '2020-05-30 12:02', TERM, gaps)).toEqual({
      eventDate: '2020-05-29',
      note: 'The source prints "Ngày 29/5" without a year; the year is inferred from the date line (2020-05-30).',
    });
    expect(gaps).toEqual([]);
  });

  it('takes the year before when the day would fall after publication ("Ngày 30/12" printed on 2 January)', () => {
    expect(eventDateOf('Ngày 30/12, Sở tổ chức Hội nghị.', '2021-01-02', undefined, [])).toMatchObject({
      eventDate: '2020-12-30',
    });
  });

  it('with no date line, takes the year from the congress term, and says so', () => {
    expect(eventDateOf('Trong 2 ngày 15-16/4, Đảng bộ Sở tổ chức Đại hội.', undefined, TERM, [])).toEqual({
      eventDate: '2020-04-15/2020-04-16',
      note: 'The source prints "ngày 15-16/4" without a year; the year is inferred from the congress term "nhiệm kỳ 2020-2025" (a congress opens its term), as there is no date line.',
    });
  });

  it('keeps a year printed with the day', () => {
    expect(eventDateOf('Ngày 29/5/2019, Sở tổ chức Hội nghị.', '2020-05-30', TERM, [])).toEqual({
      eventDate: '2019-05-29',
    });
  });

  it('reads two days across months ("30/4-1/5"), and across years', () => {
    expect(
      eventDateOf('Trong 2 ngày 30/4-1/5, Sở tổ chức Hội nghị.', '2024-05-02 08:00', undefined, []),
    ).toMatchObject({
      eventDate: '2024-04-30/2024-05-01',
    });
    expect(
      eventDateOf('Trong 2 ngày 31/12-1/1, Sở tổ chức Hội nghị.', '2021-01-02', undefined, []),
    ).toMatchObject({
      eventDate: '2020-12-31/2021-01-01',
    });
    expect(
      eventDateOf('Trong 2 ngày 30/4 - 1/5/2024, Sở tổ chức Hội nghị.', undefined, undefined, []),
    ).toEqual({
      eventDate: '2024-04-30/2024-05-01',
    });
  });

  it('skips days that are not the event: in brackets, of a document, a deadline, after publication', () => {
    const published = '2025-08-21 08:00';
    for (const text of [
      'Hướng tới kỷ niệm 80 năm Ngày truyền thống ngành (ngày 28/8/1945 - 28/8/2025), sáng 20/8, Sở tổ chức Hội nghị gặp mặt.',
      'Thực hiện Kế hoạch số 45-KH/ĐU ngày 10/3/2025 của Đảng ủy Khối, sáng 20/8, Sở tổ chức Hội nghị.',
      'Theo kế hoạch, các chi bộ hoàn thành trước ngày 15/8. Sáng 20/8, Sở tổ chức Hội nghị.',
      'Hội nghị chuẩn bị cho Đại hội ngày 30/9/2025. Sáng 20/8, Sở tổ chức Hội nghị.',
    ])
      expect(eventDateOf(text, published, undefined, []).eventDate, text).toBe('2025-08-20');
  });

  it('is a gap when no year can be read, when no day is printed, and when the day is not real', () => {
    const gaps: Gap[] = [];
    expect(eventDateOf('Chiều 14/1, Sở tổ chức Hội nghị.', undefined, undefined, gaps)).toEqual({});
    expect(eventDateOf('Sở vừa tổ chức Hội nghị.', '2021-01-15', undefined, gaps)).toEqual({});
    expect(eventDateOf('Ngày 31/4, Sở tổ chức Hội nghị.', '2021-05-15', undefined, gaps)).toEqual({});
    expect(gaps.map((g) => g.reason)).toEqual([
      '"Chiều 14/1" is printed without a year, and there is neither a date line nor one congress term (in the title, or the only one printed) to take it from',
      'no day of the event printed',
      '"Ngày 31/4" is not a real day of the calendar',
    ]);
  });

  it('a term is the year source of congresses only, and the draft carries the inference as a YAML comment', () => {
    const congress = portalText(
      'Đại hội Chi bộ Sở Thông tin và Truyền thông lần thứ V, nhiệm kỳ 2020-2025',
      undefined,
      'Trong 2 ngày 15-16/4, Chi bộ Sở Thông tin và Truyền thông tỉnh Hà Giang tổ chức Đại hội lần thứ V, nhiệm kỳ 2020-2025.',
    );
    const imported = parsePortalText(congress, registries);
    expect(imported.eventDate).toBe('2020-04-15/2020-04-16');
    const draft = draftMarkdown(imported, { name: 'x.txt', fingerprint: 'sha256-0' });
    expect(draft).toContain(
      '# The source prints "ngày 15-16/4" without a year; the year is inferred from the congress term "nhiệm kỳ 2020-2025" (a congress opens its term), as there is no date line.\neventDate: 2020-04-15/2020-04-16\n',
    );
    const election = portalText(
      'Sở Thông tin và Truyền thông tuyên truyền bầu cử',
      undefined,
      'Ngày 15/4, Sở Thông tin và Truyền thông tỉnh Hà Giang tổ chức Hội nghị tuyên truyền bầu cử đại biểu HĐND nhiệm kỳ 2021-2026.',
    );
    expect(parsePortalText(election, registries).eventDate).toBeUndefined();
  });

  it('infers no year from a congress text that prints a past term beside its own, without the title naming one', () => {
    const congress = portalText(
      'Đại hội Chi bộ Sở Thông tin và Truyền thông tỉnh Vĩnh Long lần thứ V',
      undefined,
      'Nhiệm kỳ 2015-2020, Chi bộ Sở Thông tin và Truyền thông tỉnh Vĩnh Long đã lãnh đạo hoàn thành các chỉ tiêu đề ra. Ngày 18/4, Chi bộ tổ chức Đại hội, nhiệm kỳ 2020-2025.',
    );
    const imported = parsePortalText(congress, registries);
    expect(imported.eventDate).toBeUndefined();
    expect(imported.gaps.find((g) => g.field === 'eventDate')?.reason).toContain(
      '"Ngày 18/4" is printed without a year',
    );
    expect(imported.gaps.find((g) => g.field === 'congress.term')?.reason).toContain(
      '"Nhiệm kỳ 2015-2020", "nhiệm kỳ 2020-2025"',
    );
  });

  it('reads the day of an opening paragraph worded like a caption ("ra mắt"), and keeps it in the body', () => {
    const raw = portalText(
      'Ra mắt Ban Chấp hành Đảng bộ Sở Thông tin và Truyền thông tỉnh Tuyên Quang',
      '20/07/2025 15:10',
      'Sáng 19/7, Đảng bộ Sở Thông tin và Truyền thông tỉnh Tuyên Quang tổ chức Hội nghị ra mắt Ban Chấp hành khóa mới.',
      'Phát biểu tại Hội nghị, đồng chí Nguyễn Văn Thắng, Bí thư Đảng ủy Sở cảm ơn sự tin tưởng của đảng viên.',
      'Đồng chí Nguyễn Văn Thắng phát biểu tại Hội nghị',
    );
    const imported = parsePortalText(raw, registries);
    expect(imported).toMatchObject({ eventDate: '2025-07-19', eventType: 'conference' });
    expect(imported.paragraphs).toHaveLength(2);
    expect(imported.photos).toEqual([{ caption: 'Đồng chí Nguyễn Văn Thắng phát biểu tại Hội nghị' }]);
  });
});
