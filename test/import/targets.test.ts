import { beforeAll, describe, expect, it } from 'vitest';
import type { Registries } from '../../src/content/store.ts';
import type { Gap } from '../../src/import/gaps.ts';
import { parsePortalText } from '../../src/import/parse-portal.ts';
import { targetsOf } from '../../src/import/targets.ts';
import { portalText, repoRegistries } from './helpers.ts';

let registries: Registries;
beforeAll(async () => {
  registries = await repoRegistries();
});

/** The targets of some paragraphs of an article published in `publishedYear`, and the gaps left. */
function read(paragraphs: string[], publishedYear = 2020, termEnd?: number) {
  const gaps: Gap[] = [];
  const targets = targetsOf(paragraphs, { registries, publishedYear, termEnd }, gaps);
  return { targets, gaps: gaps.filter((g) => g.field === 'targets') };
}
const brief = (paragraphs: string[], publishedYear?: number, termEnd?: number) =>
  read(paragraphs, publishedYear, termEnd).targets.map(({ sentence, ...t }) => t);

describe('targets: numeric commitments matched to the registry', () => {
  it('reads "mục tiêu đến năm 2025: 100% …; 95% … cấp tỉnh …" as two targets with deadline and scope', () => {
    const sentence =
      'Đại hội xác định mục tiêu đến năm 2025: 100% dịch vụ công trực tuyến đủ điều kiện được cung cấp ở mức độ 4; 95% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.';
    const { targets, gaps } = read([sentence]);
    expect(targets).toEqual([
      { indicator: 'online-public-services-level-4', value: 100, unit: 'percent', deadline: 2025, sentence },
      {
        indicator: 'documents-processed-online',
        value: 95,
        unit: 'percent',
        scope: 'cấp tỉnh',
        deadline: 2025,
        sentence,
      },
    ]);
    expect(gaps).toEqual([]);
  });

  it('reads ranges "20 đến 25%" and "20-25%"', () => {
    for (const printed of ['20 đến 25%', '20-25%', '20% - 25%'])
      expect(brief([`Phấn đấu đến năm 2025, kinh tế số của tỉnh đạt mức tăng trưởng ${printed}.`])).toEqual([
        { indicator: 'digital-economy-growth', value: { min: 20, max: 25 }, unit: 'percent', deadline: 2025 },
      ]);
  });

  it('reads the comparators: ít nhất, tối thiểu, trên, trở lên (at least); tối đa, không quá (at most)', () => {
    const at = (text: string) => brief([`Phấn đấu ${text}.`])[0]?.comparator;
    expect(at('ít nhất 30% dịch vụ công trực tuyến mức độ 4')).toBe('at-least');
    expect(at('tối thiểu 90% người dân và doanh nghiệp hài lòng')).toBe('at-least');
    expect(at('trên 80% hồ sơ công việc được xử lý trên môi trường mạng')).toBe('at-least');
    expect(at('95% đảng viên trở lên “Hoàn thành tốt nhiệm vụ”')).toBe('at-least');
    expect(at('kết nạp tối đa 8 quần chúng ưu tú vào Đảng')).toBe('at-most');
    expect(at('80% hồ sơ công việc được xử lý trên môi trường mạng')).toBeUndefined();
  });

  it('reads ranks and counts with their units', () => {
    expect(
      brief([
        'Phấn đấu chỉ số cải cách hành chính của Sở thuộc nhóm 3 đơn vị dẫn đầu; có ít nhất 2 năm hoàn thành xuất sắc nhiệm vụ.',
      ]),
    ).toEqual([
      { indicator: 'administrative-reform-ranking', value: 3, comparator: 'at-most', unit: 'rank' },
      { indicator: 'years-rated-excellent', value: 1 + 1, comparator: 'at-least', unit: 'years' },
    ]);
  });

  it('takes the deadline of "trong nhiệm kỳ" from the term, and of "Năm 2021, …" for the paragraph', () => {
    expect(brief(['Trong nhiệm kỳ, kết nạp ít nhất 10 quần chúng ưu tú vào Đảng.'], 2020, 2025)).toEqual([
      { indicator: 'new-party-members', value: 10, comparator: 'at-least', unit: 'people', deadline: 2025 },
    ]);
    expect(
      brief(
        [
          'Năm 2021, Sở tiếp tục đẩy mạnh chuyển đổi số. Phấn đấu 80% dịch vụ công trực tuyến mức độ 4 được cung cấp; 90% hồ sơ công việc cấp tỉnh, 80% cấp huyện được xử lý trên môi trường mạng.',
        ],
        2021,
      ).map((t) => [t.indicator, t.value, t.scope, t.deadline]),
    ).toEqual([
      ['online-public-services-level-4', 80, undefined, 2021],
      ['documents-processed-online', 90, 'cấp tỉnh', 2021],
      ['documents-processed-online', 80, 'cấp huyện', 2021],
    ]);
  });

  it('a commitment follows the sentence that sets it, until the text turns to what was done', () => {
    expect(
      brief([
        'Đại hội đề ra phương hướng nhiệm kỳ 2020-2025.',
        'Hoàn thành 100% nhiệm vụ UBND tỉnh giao hằng năm.',
        'Nhiệm kỳ qua, Đảng bộ đã lãnh đạo hoàn thành các chỉ tiêu.',
        'Hoàn thành 100% nhiệm vụ UBND tỉnh giao.',
      ]),
    ).toEqual([{ indicator: 'assigned-tasks-completed', value: 100, unit: 'percent' }]);
  });

  it('a range has no comparator of its own ("từ 20 đến 25%"), and "giai đoạn 2021-2025" gives its last year', () => {
    expect(
      brief(
        [
          'Giai đoạn 2021-2025, phấn đấu kinh tế số tăng trưởng từ 20 đến 25%/năm; trên 90% người dân, doanh nghiệp hài lòng.',
        ],
        2021,
      ),
    ).toEqual([
      { indicator: 'digital-economy-growth', value: { min: 20, max: 25 }, unit: 'percent', deadline: 2025 },
      {
        indicator: 'citizen-business-satisfaction',
        value: 90,
        comparator: 'at-least',
        unit: 'percent',
        deadline: 2025,
      },
    ]);
  });

  it('lists a missing deadline as a gap of that target', () => {
    const gaps: Gap[] = [];
    targetsOf(
      ['Phấn đấu 100% dân số được phủ sóng băng rộng.'],
      { registries, publishedYear: 2020, termEnd: undefined },
      gaps,
    );
    expect(gaps.map((g) => g.field)).toEqual(['targets[0].deadline']);
  });
});

describe('what is not a target', () => {
  it('past results: "Nhiệm kỳ qua", "Đến nay", "đã", a year before publication', () => {
    const { targets, gaps } = read(
      [
        'Nhiệm kỳ qua, 100% cơ quan nhà nước cấp tỉnh sử dụng phần mềm quản lý văn bản.',
        'Phấn đấu hoàn thành nhiệm vụ. Đến nay, 100% cơ quan nhà nước sử dụng phần mềm quản lý văn bản; 95% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.',
        'Phấn đấu hoàn thành nhiệm vụ. Sở đã cấp 864 chứng thư số; 90% hồ sơ công việc được xử lý trên môi trường mạng.',
        'Năm 2020, 100% hồ sơ công việc được xử lý trên môi trường mạng.',
      ],
      2021,
    );
    expect(targets).toEqual([]);
    expect(gaps).toEqual([]);
  });

  it('a result of a year before publication, printed mid-sentence ("… năm 2022 là 85%")', () => {
    const { targets, gaps } = read(
      [
        'Năm 2024, Sở phấn đấu 99% hồ sơ công việc được xử lý trên môi trường mạng. Tỷ lệ dịch vụ công trực tuyến mức độ 4 năm 2022 là 85%, năm 2023 là 92%.',
      ],
      2024,
    );
    expect(targets.map((t) => t.value)).toEqual([99]);
    expect(gaps).toEqual([]);
  });

  it('a term over by publication ("Nhiệm kỳ 2015-2020, … đã … 100% chỉ tiêu") is what was done', () => {
    expect(read(['Nhiệm kỳ 2015-2020, Đảng bộ đã lãnh đạo hoàn thành 100% chỉ tiêu.'], 2020)).toEqual({
      targets: [],
      gaps: [],
    });
  });

  it('"trong nhiệm kỳ" with no known term: the deadline gap says so', () => {
    const gaps: Gap[] = [];
    targetsOf(
      ['Đại hội đề ra mục tiêu trong nhiệm kỳ: 100% dịch vụ công trực tuyến mức độ 4.'],
      { registries, publishedYear: 2020, termEnd: undefined },
      gaps,
    );
    expect(gaps.map((g) => g.reason)).toEqual([
      expect.stringContaining('says "trong nhiệm kỳ", and the congress term is not known'),
    ]);
  });

  it('with no date line, "Năm 2023, … đạt 96%" may be a result: a gap, not a target', () => {
    const sentence = 'Năm 2023, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 96%.';
    const gaps: Gap[] = [];
    const targets = targetsOf([sentence], { registries, publishedYear: undefined, termEnd: undefined }, gaps);
    expect(targets).toEqual([]);
    expect(gaps).toEqual([
      {
        field: 'targets',
        reason: expect.stringContaining('"Năm 2023" with no date line to tell a result from a target'),
        sentence,
      },
    ]);
  });

  it('the words of what a commitment serves ("góp phần", "nhằm") do not name its indicator', () => {
    const { targets, gaps } = read([
      'Năm 2020, Sở phấn đấu 100% xã có điểm bưu điện văn hóa, góp phần nâng cao sự hài lòng của người dân.',
      'Phấn đấu đến năm 2025, tỷ trọng kinh tế số đạt 20% GRDP nhằm thúc đẩy tăng trưởng kinh tế của tỉnh.',
    ]);
    expect(targets).toEqual([]);
    expect(gaps.map((g) => g.reason)).toEqual([
      expect.stringContaining(
        'a commitment of 100% ("Năm 2020, Sở phấn đấu 100% xã có điểm bưu điện văn hóa")',
      ),
      expect.stringContaining(
        'a commitment of 20% ("Phấn đấu đến năm 2025, tỷ trọng kinh tế số đạt 20% GRDP")',
      ),
    ]);
  });

  it('a commitment whose indicator is not in the registry is a gap with its sentence and a suggested key', () => {
    const sentence = 'Phấn đấu đến năm 2025, 80% cán bộ, công chức được bồi dưỡng kỹ năng số.';
    expect(read([sentence])).toEqual({
      targets: [],
      gaps: [
        {
          field: 'targets',
          reason: expect.stringContaining(`a commitment of 80% ("${sentence}") whose indicator is not in`),
          sentence,
          suggestedKey: 'can-bo-cong-chuc',
        },
      ],
    });
  });

  it('is never forced onto a near indicator: level 3 is not level 4, a count is not a share', () => {
    const { targets, gaps } = read([
      'Phấn đấu 100% dịch vụ công trực tuyến được cung cấp ở mức độ 3.',
      'Phấn đấu mỗi ngày xử lý ít nhất 50 hồ sơ công việc trên môi trường mạng.',
    ]);
    expect(targets).toEqual([]);
    expect(gaps.map((g) => g.reason)).toEqual([
      expect.stringContaining('whose indicator is not in content/indicators.yaml'),
      expect.stringContaining(
        'worded like indicator "documents-processed-online", which is measured in percent',
      ),
    ]);
  });

  it('an age, a level or an ordinal is not a commitment', () => {
    expect(
      brief([
        'Phấn đấu 100% dân số trên 10 tuổi có điện thoại thông minh; triển khai dịch vụ công trực tuyến mức độ 3, 4 và Cách mạng công nghiệp lần thứ 4.',
      ]),
    ).toEqual([{ indicator: 'smartphone-ownership-over-10', value: 100, unit: 'percent' }]);
  });

  it('a working session without a date line still reads targets, and the importer states no deadline it cannot see', () => {
    const raw = portalText(
      'Lãnh đạo tỉnh làm việc với Sở Thông tin và Truyền thông tỉnh Hà Giang',
      undefined,
      'Sáng 12/8, lãnh đạo tỉnh làm việc với Sở Thông tin và Truyền thông.',
      'Lãnh đạo tỉnh yêu cầu Sở phấn đấu 100% dân số được phủ sóng viễn thông băng rộng.',
    );
    const imported = parsePortalText(raw, registries);
    expect(imported.targets?.map((t) => [t.indicator, t.deadline])).toEqual([
      ['broadband-population-coverage', undefined],
    ]);
    expect(imported.eventDate).toBeUndefined();
  });
});
