import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import type { Article, Store } from '../../src/content/store.ts';
import { REPO } from '../helpers/project.ts';

/** Whitespace folded (no-break spaces included), so text compares with the raw portal copy. */
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
const seed = (name: string) => fold(readFileSync(path.join(REPO, 'test/fixtures/seeds', name), 'utf8'));

/** The facts of each article, as the source text prints them. */
const expected = [
  {
    seed: '000_8c78a1a5488c5a17.txt',
    id: '2020-05-bac-ninh-dai-hoi-dang-bo-so-tttt-lan-iv',
    printed: [
      '30/05/2020 12:02',
      'Số lượt xem: 275',
      'Ngày 29/5',
      'lần thứ IV, nhiệm kỳ 2020-2025',
      '45 đảng viên',
      'bầu 7 đồng chí',
      'bầu 02 đại biểu chính thức và 01 dự khuyết',
      'UBKT Đảng ủy gồm 03 đ/c',
      'tại Bắc Ninh',
      'KL',
    ],
    facts: {
      eventType: 'congress',
      province: 'bac-ninh',
      publishedAt: '2020-05-30T12:02:00+07:00',
      eventDate: { start: '2020-05-29', end: '2020-05-29' },
      views: 275,
      authors: ['KL'],
      congress: {
        ordinal: 4,
        term: { start: 2020, end: 2025 },
        partyMembersPresent: 45,
        executiveCommitteeSize: 7,
        inspectionCommitteeSize: 3,
        delegates: { official: 2, alternate: 1 },
        slogan: 'Làm gương, Kỷ cương, Trọng tâm, bứt phá',
      },
      officials: [
        ['Nguyễn Việt Hùng', 'secretary', true],
        ['Vũ Huy Phương', 'deputy-secretary', undefined],
      ],
      targets: [
        ['online-public-services-level-4', 95, 2025],
        ['citizen-business-satisfaction', 90, 2025],
        ['documents-processed-online', 90, 2025],
        ['fdi-partners-reached', 90, 2025],
      ],
      awards: [],
      photos: 1,
    },
  },
  {
    seed: '001_9199872128481018.txt',
    id: '2020-03-vinh-phuc-bi-thu-tinh-uy-lam-viec-voi-so-tttt',
    printed: [
      '19/03/2020',
      'Sáng 19/3',
      'tỉnh Vĩnh Phúc',
      'Bích Phượng',
      'phủ sóng 100% dân số',
      '100% dân số trên 10 tuổi',
      'ít nhất 30% dịch vụ công trực tuyến mức độ 4',
      'đến năm 2025, kinh tế số của tỉnh đạt mức tăng trưởng 20 đến 25%',
    ],
    facts: {
      eventType: 'working-session',
      province: 'vinh-phuc',
      publishedAt: '2020-03-19',
      eventDate: { start: '2020-03-19', end: '2020-03-19' },
      views: undefined,
      authors: ['Bích Phượng'],
      congress: undefined,
      officials: [],
      targets: [
        ['broadband-population-coverage', 100, undefined],
        ['smartphone-ownership-over-10', 100, undefined],
        ['online-public-services-level-4', 30, undefined],
        ['digital-economy-growth', { min: 20, max: 25 }, 2025],
      ],
      awards: [],
      photos: 0,
    },
  },
  {
    seed: '002_1d0ed31b9f38290a.txt',
    id: '2021-01-bac-ninh-trien-khai-nhiem-vu-2021-huan-chuong-lao-dong',
    printed: [
      '15/01/2021 10:27',
      'Số lượt xem: 343',
      'Chiều 14/1',
      'thành phố Bắc Ninh',
      'Huân chương Lao động hạng Nhì',
      'từ năm 2015 đến năm 2019',
      '03 tập thể, 04 cá nhân',
      'Phấn đấu 80% dịch vụ công trực tuyến mức độ 4 được cung cấp; 90% hồ sơ công việc cấp tỉnh, 80% cấp huyện',
      'MT',
    ],
    facts: {
      eventType: 'conference',
      province: 'bac-ninh',
      publishedAt: '2021-01-15T10:27:00+07:00',
      eventDate: { start: '2021-01-14', end: '2021-01-14' },
      views: 343,
      authors: ['MT'],
      congress: undefined,
      officials: [],
      targets: [
        ['online-public-services-level-4', 80, 2021],
        ['documents-processed-online', 90, 2021],
        ['documents-processed-online', 80, 2021],
      ],
      awards: [
        ['Huân chương Lao động hạng Nhì', { start: 2015, end: 2019 }],
        ['Bằng khen của Chủ tịch UBND tỉnh', undefined],
      ],
      photos: 2,
    },
  },
  {
    seed: '003_1a05cae84849c0d8.txt',
    id: '2020-03-ninh-binh-dai-hoi-chi-bo-so-tttt-lan-iv',
    printed: [
      '23-24/3',
      'Khách sạn Hoàng Sơn',
      'tỉnh Ninh Bình',
      '35 đảng viên',
      'gồm 5 đồng chí',
      'nhiệm kỳ 2020-2025 gồm 2 đồng chí',
      'Thùy Phương- Trường Giang',
    ],
    facts: {
      eventType: 'congress',
      province: 'ninh-binh',
      publishedAt: undefined,
      eventDate: { start: '2020-03-23', end: '2020-03-24' },
      views: undefined,
      authors: ['Thùy Phương', 'Trường Giang'],
      congress: {
        ordinal: 4,
        term: { start: 2020, end: 2025 },
        partyMembersPresent: 35,
        executiveCommitteeSize: 5,
        inspectionCommitteeSize: undefined,
        delegates: { official: 2, alternate: undefined },
        slogan: undefined,
      },
      officials: [
        ['Đoàn Thanh Hải', 'secretary', true],
        ['Trần Thị Thảo', 'deputy-secretary', undefined],
      ],
      targets: [],
      awards: [],
      photos: 4,
    },
  },
  {
    seed: '004_cb6f3e124aee11ae.txt',
    id: '2020-06-long-an-dai-hoi-dang-bo-co-so-so-tttt-lan-iv',
    printed: [
      '01/06/2020 - 09:29',
      'Long An',
      'lần thứ IV, nhiệm kỳ 2020 - 2025',
      'bầu 9 đồng chí',
      'tái đắc cử',
      'bầu 2 đại biểu chính thức và 1 đại biểu dự khuyết',
      'Hùng Cường',
    ],
    facts: {
      eventType: 'congress',
      province: 'long-an',
      publishedAt: '2020-06-01T09:29:00+07:00',
      eventDate: undefined,
      views: undefined,
      authors: ['Hùng Cường'],
      congress: {
        ordinal: 4,
        term: { start: 2020, end: 2025 },
        partyMembersPresent: undefined,
        executiveCommitteeSize: 9,
        inspectionCommitteeSize: undefined,
        delegates: { official: 2, alternate: 1 },
        slogan: 'Trung thành – Đoàn kết – Năng động – Tinh thông',
      },
      officials: [['Nguyễn Bá Luân', 'secretary', true]],
      targets: [
        ['assigned-tasks-completed', 100, undefined],
        ['administrative-reform-ranking', 5, undefined],
        ['party-members-rated-good', 95, undefined],
        ['years-rated-excellent', 1, 2025],
        ['new-party-members', 5, 2025],
      ],
      awards: [],
      photos: 1,
    },
  },
];

const CHROME = [
  'Tiếng Việt | English',
  'Chia sẻ bài viết',
  'Các tin đã đưa ngày',
  'Số lượt xem',
  'Một số hình ảnh Đại hội',
];

describe('the repository content', () => {
  let store: Store;
  beforeAll(async () => {
    const result = await loadContent({ root: REPO });
    expect(result.problems).toEqual([]);
    store = result.store as Store;
  });

  it('holds the five source articles, each translated into English', () => {
    expect(store.articles.map((a) => a.id).sort()).toEqual(expected.map((e) => e.id).sort());
    for (const a of store.articles) expect(a.text.en, a.id).toBeDefined();
  });

  it('registers the 63 provinces of 2020 and their 34 successors', () => {
    expect(store.registries.provinces.size).toBe(63);
    expect(store.registries.successors.size).toBe(34);
    expect(store.registries.provinces.get('long-an')?.successor).toBe('tay-ninh');
    expect(store.registries.provinces.get('vinh-phuc')?.successor).toBe('phu-tho');
    expect(store.registries.provinces.get('thua-thien-hue')?.successor).toBe('hue');
  });

  describe.each(expected)('$id', ({ seed: seedName, id, printed, facts }) => {
    const source = seed(seedName);
    const article = () => store.byId.get(id) as Article;

    it('takes its facts from the source text', () => {
      for (const p of printed) expect(source, p).toContain(p);
      const f = article().facts;
      expect(article().text.vi.title).toBe(f.title);
      expect(source.startsWith(f.title) || source.includes(f.title)).toBe(true);
      expect({
        eventType: f.eventType,
        province: f.province,
        publishedAt: f.publishedAt?.iso,
        eventDate: f.eventDate,
        views: f.views,
        authors: article().authors,
        congress: f.congress && {
          ordinal: f.congress.ordinal,
          term: f.congress.term,
          partyMembersPresent: f.congress.partyMembersPresent,
          executiveCommitteeSize: f.congress.executiveCommitteeSize,
          inspectionCommitteeSize: f.congress.inspectionCommitteeSize,
          delegates: f.congress.delegates && {
            official: f.congress.delegates.official,
            alternate: f.congress.delegates.alternate,
          },
          slogan: f.congress.slogan,
        },
        officials: (f.officialsElected ?? []).map((o) => [o.name, o.role, o.reelected]),
        targets: (f.targets ?? []).map((t) => [t.indicator, t.value, t.deadline]),
        awards: (f.awards ?? []).map((a) => [a.name, a.period]),
        photos: f.photos?.length ?? 0,
      }).toEqual(facts);
    });

    it('quotes names, slogans, captions and target sentences exactly as printed', () => {
      const f = article().facts;
      // Spacing before , and ; was tidied in the content; compare with it tidied on both sides.
      const tidy = (s: string) => s.replace(/\s+([,;])/g, '$1');
      for (const o of f.officialsElected ?? []) expect(source).toContain(o.name);
      if (f.congress?.slogan) expect(source).toContain(f.congress.slogan);
      for (const p of f.photos ?? []) expect(source).toContain(fold(p.caption));
      for (const t of f.targets ?? []) expect(tidy(source)).toContain(tidy(fold(t.sentence)));
      for (const a of article().authors) expect(source).toContain(a);
    });

    it('keeps every body paragraph from the source and leaves portal chrome and captions out', () => {
      const paragraphs = article()
        .text.vi.body.split(/\n\s*\n/)
        .map(fold)
        .filter(Boolean);
      expect(paragraphs.length).toBeGreaterThan(2);
      // Spacing around punctuation was tidied; compare with spaces before , ; removed on both sides.
      const tidy = (s: string) => s.replace(/\s+([,;])/g, '$1').replace(/([,;])(?=\S)/g, '$1 ');
      for (const p of paragraphs) expect(tidy(source)).toContain(tidy(p));
      const body = fold(article().text.vi.body);
      for (const chrome of CHROME) expect(body).not.toContain(chrome);
      for (const photo of article().facts.photos ?? []) expect(paragraphs).not.toContain(fold(photo.caption));
    });

    it('has an English translation with as many paragraphs and one English item per fact', () => {
      const en = article().text.en;
      const count = (s: string) => s.split(/\n\s*\n/).filter((p) => p.trim()).length;
      expect(en && count(en.body)).toBe(count(article().text.vi.body));
      expect(en?.officialsElected?.length ?? 0).toBe(article().facts.officialsElected?.length ?? 0);
      expect(en?.targets?.length ?? 0).toBe(article().facts.targets?.length ?? 0);
      expect(en?.photos?.length ?? 0).toBe(article().facts.photos?.length ?? 0);
      expect(en?.body).toMatch(/\bthe\b/);
      expect(en?.title).not.toBe(article().text.vi.title);
    });
  });
});
