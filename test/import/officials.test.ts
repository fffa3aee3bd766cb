import { beforeAll, describe, expect, it } from 'vitest';
import type { Registries } from '../../src/content/store.ts';
import { officialsOf } from '../../src/import/officials.ts';
import { repoRegistries } from './helpers.ts';

let registries: Registries;
beforeAll(async () => {
  registries = await repoRegistries();
});
const read = (...paragraphs: string[]) => officialsOf(paragraphs, registries);

describe('who was elected, in the common phrasings', () => {
  it('bầu đồng chí X, <chức vụ> giữ chức …; several people in one sentence', () => {
    expect(
      read(
        'Ban Chấp hành đã bầu đồng chí Lê Thị Hồng Nhung, Giám đốc Sở giữ chức Bí thư Đảng ủy; đồng chí Phạm Quốc Khánh, Phó Giám đốc Sở giữ chức Phó Bí thư Đảng ủy.',
      ),
    ).toEqual([
      { name: 'Lê Thị Hồng Nhung', role: 'secretary', jobTitle: 'Giám đốc Sở' },
      { name: 'Phạm Quốc Khánh', role: 'deputy-secretary', jobTitle: 'Phó Giám đốc Sở' },
    ]);
  });

  it('bầu đ/c X, <chức vụ> làm … và đồng chí Y … làm …', () => {
    expect(
      read(
        'Hội nghị lần thứ nhất Ban Chấp hành bầu đ/c Nguyễn Văn Bình, Giám đốc Sở làm Bí thư và đồng chí Đặng Thu Hà, Phó Giám đốc Sở làm Phó Bí thư Đảng ủy Sở.',
      ),
    ).toEqual([
      { name: 'Nguyễn Văn Bình', role: 'secretary', jobTitle: 'Giám đốc Sở' },
      { name: 'Đặng Thu Hà', role: 'deputy-secretary', jobTitle: 'Phó Giám đốc Sở' },
    ]);
  });

  it('X tái đắc cử …, X - <chức vụ> tái cử …: re-elected, as the text says', () => {
    expect(read('Đồng chí Nguyễn Văn An, Giám đốc Sở tái đắc cử Bí thư Đảng ủy.')).toEqual([
      { name: 'Nguyễn Văn An', role: 'secretary', jobTitle: 'Giám đốc Sở', reelected: true },
    ]);
    expect(read('Đồng chí Hà Văn Sơn - Tỉnh ủy viên, Giám đốc Sở tái cử chức Bí thư Đảng ủy.')).toEqual([
      { name: 'Hà Văn Sơn', role: 'secretary', jobTitle: 'Tỉnh ủy viên, Giám đốc Sở', reelected: true },
    ]);
  });

  it('X được bầu làm … / được bầu giữ chức …, with or without a job title', () => {
    expect(read('Ông Trần Minh Đức được bầu làm Phó Bí thư Chi bộ.')).toEqual([
      { name: 'Trần Minh Đức', role: 'deputy-secretary' },
    ]);
    expect(
      read('Đồng chí Vi Thị Lan, Phó Giám đốc Sở được bầu giữ chức Ủy viên Ban Thường vụ Đảng ủy.'),
    ).toEqual([{ name: 'Vi Thị Lan', role: 'standing-committee-member', jobTitle: 'Phó Giám đốc Sở' }]);
  });

  it('X tiếp tục được (đại hội) tín nhiệm bầu giữ chức …, posts of the inspection committee, abbreviations', () => {
    expect(
      read(
        'Đồng chí Hoàng Văn Nam, Chánh Văn phòng Sở tiếp tục được tín nhiệm bầu giữ chức Chủ nhiệm Uỷ ban Kiểm tra Đảng ủy.',
        'Đồng chí Lò Thị Mai tiếp tục được đại hội tín nhiệm bầu giữ chức Phó Chủ nhiệm UBKT.',
      ),
    ).toEqual([
      {
        name: 'Hoàng Văn Nam',
        role: 'inspection-committee-chair',
        jobTitle: 'Chánh Văn phòng Sở',
        reelected: true,
      },
      { name: 'Lò Thị Mai', role: 'inspection-committee-deputy-chair', reelected: true },
    ]);
  });

  it('a job title in brackets', () => {
    expect(read('Đồng chí Lường Văn Pó (Phó Giám đốc Sở) được bầu giữ chức Phó Bí thư Đảng ủy.')).toEqual([
      { name: 'Lường Văn Pó', role: 'deputy-secretary', jobTitle: 'Phó Giám đốc Sở' },
    ]);
  });

  it('names the same person once per post', () => {
    expect(
      read(
        'Đồng chí Nguyễn Văn An, Giám đốc Sở tái đắc cử Bí thư Đảng ủy.',
        'Đồng chí Nguyễn Văn An tái đắc cử Bí thư Đảng ủy nhiệm kỳ 2020-2025.',
      ),
    ).toHaveLength(1);
  });
});

describe('who was not elected', () => {
  it('guests listed as attending are never elected', () => {
    expect(
      read(
        'Dự Đại hội có đồng chí Nguyễn Văn Hùng, Tỉnh ủy viên, Bí thư Đảng ủy Khối; đồng chí Lê Văn Tâm, Phó Bí thư Đảng ủy Khối.',
        'Dự Đại hội có đồng chí Trịnh Văn Lợi, người vừa tái đắc cử Bí thư Đảng ủy.',
      ),
    ).toEqual([]);
  });

  it('a speaker is not elected, and a post of a higher body is not this election', () => {
    expect(
      read(
        'Phát biểu chỉ đạo tại Đại hội, đồng chí Nguyễn Thị Hồng Hạnh, Bí thư Đảng ủy Khối đề nghị Ban Chấp hành khóa mới phát huy vai trò.',
        'Đồng chí Mai Văn Quân được bầu làm Bí thư Tỉnh ủy.',
      ),
    ).toEqual([]);
  });

  it('"làm" and "giữ chức" are an election only in a sentence that says "bầu"', () => {
    expect(read('Đồng chí Nguyễn Văn An, Giám đốc Sở làm Bí thư Đảng ủy từ năm 2015.')).toEqual([]);
    expect(read('Đồng chí Nguyễn Văn An, Giám đốc Sở làm việc với Đảng ủy.')).toEqual([]);
  });

  it('who congratulates is not elected; who is congratulated on being elected is', () => {
    expect(
      read(
        'Đồng chí Đỗ Đình Hữu, Bí thư Đảng ủy Khối tặng hoa chúc mừng đồng chí Cao Thị Yến được bầu giữ chức Bí thư Đảng ủy Sở.',
      ),
    ).toEqual([{ name: 'Cao Thị Yến', role: 'secretary' }]);
  });

  it('who was elected once, is put forward, or does not stand again is not elected, nor re-elected', () => {
    expect(
      read(
        'Đồng chí Lý Văn Sáng, người từng được bầu giữ chức Bí thư Đảng ủy Sở nhiệm kỳ 2010-2015, phát biểu ôn lại truyền thống.',
        'Đại hội đã lấy phiếu giới thiệu nhân sự. Đồng chí Hồ Văn Khải, Giám đốc Sở được giới thiệu để bầu giữ chức Bí thư Đảng ủy.',
        'Đồng chí Võ Thị Nga, Phó Giám đốc Sở, không tái cử Bí thư Đảng ủy do đủ tuổi nghỉ hưu.',
        'Đồng chí Đào Văn Tiến, Phó Giám đốc Sở, sẽ được bầu làm Phó Bí thư tại phiên họp sau.',
      ),
    ).toEqual([]);
  });

  it('a post of the Youth Union or the trade union is not a post of the party organization', () => {
    expect(
      read(
        'Đồng chí Tạ Quang Huy được bầu giữ chức Bí thư Chi đoàn Sở.',
        'Đồng chí Lò Thị Nhàn được bầu làm Ủy viên Ban Chấp hành Công đoàn Sở.',
        'Đồng chí Ninh Văn Tú tái đắc cử Bí thư Đoàn Thanh niên Sở.',
      ),
    ).toEqual([]);
    expect(
      read('Đồng chí Lò Văn Tuấn, Phó Giám đốc Sở, Chủ tịch Công đoàn được bầu giữ chức Phó Bí thư Đảng ủy.'),
    ).toEqual([
      {
        name: 'Lò Văn Tuấn',
        role: 'deputy-secretary',
        jobTitle: 'Phó Giám đốc Sở, Chủ tịch Công đoàn',
      },
    ]);
  });

  it('re-elected is absent where the text does not say so', () => {
    const [official] = read('Ban Chấp hành bầu đồng chí Lê Văn Tâm giữ chức Bí thư Đảng ủy.');
    expect(official).toEqual({ name: 'Lê Văn Tâm', role: 'secretary' });
    expect(official && 'reelected' in official).toBe(false);
  });
});
