import { describe, expect, it } from 'vitest';
import { congressFigures } from '../../src/import/congress.ts';
import type { Gap } from '../../src/import/gaps.ts';
import { parsePortalText } from '../../src/import/parse-portal.ts';
import { portalText, repoRegistries } from './helpers.ts';

/** The congress figures of a title and some paragraphs, and the fields left as gaps. */
function read(title: string, ...paragraphs: string[]) {
  const gaps: Gap[] = [];
  const text = paragraphs.join('\n');
  const congress = congressFigures(`${title}\n${text}`, text, gaps);
  return { congress, gapFields: gaps.map((g) => g.field) };
}
const TITLE = 'Đại hội Đảng bộ Sở Thông tin và Truyền thông lần thứ V, nhiệm kỳ 2025-2030';

describe('congress figures', () => {
  it('attendance is the party members attending, not the members the organization has or delegates stand for', () => {
    expect(
      read(TITLE, 'Dự Đại hội có đồng chí Nguyễn Văn Sơn, Tỉnh ủy viên và 52 đảng viên trong toàn Đảng bộ.')
        .congress.partyMembersPresent,
    ).toBe(52);
    expect(
      read(TITLE, 'Đại hội có sự tham dự của 28 đảng viên trong chi bộ.').congress.partyMembersPresent,
    ).toBe(28);
    for (const sentence of [
      'Đảng bộ hiện có 210 đảng viên trong 12 chi bộ trực thuộc.',
      'Về dự Đại hội có 120 đại biểu, đại diện cho 350 đảng viên trong toàn Đảng bộ.',
    ]) {
      const { congress, gapFields } = read(TITLE, sentence);
      expect(congress.partyMembersPresent, sentence).toBeUndefined();
      expect(gapFields).toContain('congress.partyMembersPresent');
    }
  });

  it('delegates are those elected to the superior congress, not the delegates attending this one', () => {
    expect(
      read(TITLE, 'Đại hội bầu 2 đại biểu chính thức và 1 đại biểu dự khuyết dự Đại hội Đảng bộ Khối.')
        .congress.delegates,
    ).toEqual({ official: 2, alternate: 1 });
    const { congress, gapFields } = read(
      TITLE,
      'Về dự Đại hội có 120 đại biểu chính thức, đại diện cho 350 đảng viên trong toàn Đảng bộ.',
    );
    expect(congress.delegates).toBeUndefined();
    expect(
      read(TITLE, 'Dự Đại hội có 150 đại biểu chính thức dự Đại hội đại biểu lần thứ V.').congress
        .superiorCongress,
    ).toBeUndefined();
    expect(gapFields).toContain('congress.delegates');
  });

  it('the term and the ordinal are those of the title, else the one the text prints for this congress', () => {
    const body = [
      'Nhiệm kỳ 2015-2020, Chi bộ Sở Thông tin và Truyền thông đã lãnh đạo hoàn thành các chỉ tiêu đề ra.',
      'Quán triệt Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII, ngày 18/4, Chi bộ tổ chức Đại hội, nhiệm kỳ 2020-2025.',
    ];
    const untitled = read('Đại hội Chi bộ Sở Thông tin và Truyền thông', ...body);
    expect(untitled.congress.term).toBeUndefined();
    expect(untitled.congress.ordinal).toBeUndefined();
    expect(untitled.gapFields).toEqual(expect.arrayContaining(['congress.term', 'congress.ordinal']));
    const titled = read('Đại hội Chi bộ Sở Thông tin và Truyền thông lần thứ V, nhiệm kỳ 2020-2025', ...body);
    expect(titled.congress).toMatchObject({ ordinal: 5, term: '2020-2025' });
    expect(
      read('Đại hội Chi bộ Sở', 'Ngày 18/4, Chi bộ Sở tổ chức Đại hội lần thứ V, nhiệm kỳ 2020-2025.')
        .congress,
    ).toMatchObject({ ordinal: 5, term: '2020-2025' });
  });

  it('a congress without its term is not written, and its figures are not lost: a gap lists them', async () => {
    const raw = portalText(
      'Đảng bộ Sở Thông tin và Truyền thông tỉnh Quảng Ngãi tổ chức Đại hội',
      '18/04/2020 10:00',
      'Sáng 17/4, Đảng bộ Sở Thông tin và Truyền thông tỉnh Quảng Ngãi tổ chức Đại hội lần thứ IV, nhiệm kỳ 2020-2025. Dự Đại hội có 40 đảng viên trong toàn Đảng bộ.',
      'Nhiệm kỳ 2015-2020, Đảng bộ đã hoàn thành các chỉ tiêu.',
    );
    const imported = parsePortalText(raw, await repoRegistries());
    expect(imported.congress).toBeUndefined();
    expect(imported.gaps.find((g) => g.field === 'congress')?.reason).toBe(
      'not written, as a congress needs its ordinal and its term; what the text gives: {"ordinal":4,"partyMembersPresent":40}',
    );
  });
});
