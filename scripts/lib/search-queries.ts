/**
 * The search benchmark's queries (`npm run bench:search`): what a reader types to find one of the
 * repository's own articles, each with the article it must find. Every query is taken from that
 * article's text or facts (the benchmark checks it), typed as readers do: names, phrases of the body,
 * slogans, numbers with their words; with and without diacritics, d for đ; English on the English
 * site. The synthetic articles around them never hold a query's phrase (scripts/lib/synthetic-corpus.ts).
 */
export interface SearchQuery {
  lang: 'vi' | 'en';
  query: string;
  /** The article (its folder name) that must come first. */
  id: string;
  /** What kind of query it is, for the report. */
  kind: 'name' | 'phrase' | 'slogan' | 'number' | 'title';
}

const NINH_BINH = '2020-03-ninh-binh-dai-hoi-chi-bo-so-tttt-lan-iv';
const VINH_PHUC = '2020-03-vinh-phuc-bi-thu-tinh-uy-lam-viec-voi-so-tttt';
const BAC_NINH = '2020-05-bac-ninh-dai-hoi-dang-bo-so-tttt-lan-iv';
const LONG_AN = '2020-06-long-an-dai-hoi-dang-bo-co-so-so-tttt-lan-iv';
const BAC_NINH_2021 = '2021-01-bac-ninh-trien-khai-nhiem-vu-2021-huan-chuong-lao-dong';

const vi = (query: string, id: string, kind: SearchQuery['kind']): SearchQuery => ({
  lang: 'vi',
  query,
  id,
  kind,
});
const en = (query: string, id: string, kind: SearchQuery['kind']): SearchQuery => ({
  lang: 'en',
  query,
  id,
  kind,
});

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  // Names, as typed with diacritics and without (d for đ).
  vi('Nguyễn Việt Hùng', BAC_NINH, 'name'),
  vi('nguyen viet hung', BAC_NINH, 'name'),
  vi('Hoàng Thị Thúy Lan', VINH_PHUC, 'name'),
  vi('hoang thi thuy lan', VINH_PHUC, 'name'),
  vi('Đoàn Thanh Hải', NINH_BINH, 'name'),
  vi('doan thanh hai', NINH_BINH, 'name'),
  vi('Nguyễn Bá Luân', LONG_AN, 'name'),
  vi('nguyen ba luan', LONG_AN, 'name'),
  vi('do dinh huu', BAC_NINH, 'name'),
  vi('Vũ Huy Phương', BAC_NINH, 'name'),
  vi('vuong quoc tuan', BAC_NINH_2021, 'name'),
  vi('Nguyễn Thị Hồng Hạnh', NINH_BINH, 'name'),
  vi('vu viet van', VINH_PHUC, 'name'),
  vi('tran thi thao', NINH_BINH, 'name'),
  // Phrases of the body.
  vi('tin nhắn rác', BAC_NINH, 'phrase'),
  vi('tin nhan rac', BAC_NINH, 'phrase'),
  vi('trung tâm điều hành an ninh mạng', LONG_AN, 'phrase'),
  vi('trung tam dieu hanh an ninh mang', LONG_AN, 'phrase'),
  vi('Yên Phong', BAC_NINH_2021, 'phrase'),
  vi('yen phong', BAC_NINH_2021, 'phrase'),
  vi('tinh giản biên chế', VINH_PHUC, 'phrase'),
  vi('tinh gian bien che', VINH_PHUC, 'phrase'),
  vi('khách sạn Hoàng Sơn', NINH_BINH, 'phrase'),
  vi('khach san hoang son', NINH_BINH, 'phrase'),
  vi('trí tuệ nhân tạo', BAC_NINH, 'phrase'),
  vi('hop khong giay to', BAC_NINH, 'phrase'),
  vi('chống in lậu', VINH_PHUC, 'phrase'),
  vi('quần chúng ưu tú', LONG_AN, 'phrase'),
  vi('quan chung uu tu', LONG_AN, 'phrase'),
  vi('camera giám sát', BAC_NINH_2021, 'phrase'),
  vi('sim pki', VINH_PHUC, 'phrase'),
  vi('kho cơ sở dữ liệu dùng chung', LONG_AN, 'phrase'),
  vi('đại hội điểm', NINH_BINH, 'phrase'),
  vi('dai hoi diem', NINH_BINH, 'phrase'),
  vi('truyền thanh cơ sở ứng dụng viễn thông', LONG_AN, 'phrase'),
  // Slogans.
  vi('hạ tầng đi trước một bước', VINH_PHUC, 'slogan'),
  vi('ha tang di truoc mot buoc', VINH_PHUC, 'slogan'),
  vi('Làm gương, Kỷ cương, Trọng tâm, bứt phá', BAC_NINH, 'slogan'),
  vi('lam guong ky cuong', BAC_NINH, 'slogan'),
  vi('Trung thành – Đoàn kết – Năng động – Tinh thông', LONG_AN, 'slogan'),
  vi('trung thanh doan ket nang dong tinh thong', LONG_AN, 'slogan'),
  // Numbers with their words.
  vi('864 chứng thư số', VINH_PHUC, 'number'),
  vi('169 buu cuc', VINH_PHUC, 'number'),
  vi('gần 300 camera', BAC_NINH_2021, 'number'),
  vi('145 xã, phường, thị trấn', NINH_BINH, 'number'),
  vi('2.100 thủ tục', NINH_BINH, 'number'),
  vi('45 dang vien', BAC_NINH, 'number'),
  // Titles and facts.
  vi('Huân chương Lao động hạng Nhì', BAC_NINH_2021, 'title'),
  vi('huan chuong lao dong hang nhi', BAC_NINH_2021, 'title'),
  vi('Bằng khen của Chủ tịch UBND tỉnh', BAC_NINH_2021, 'title'),
  // English, on the English site.
  en('Second-Class Labour Order', BAC_NINH_2021, 'title'),
  en('spam text messages', BAC_NINH, 'phrase'),
  en('Cyber Security Operations Centre', LONG_AN, 'phrase'),
  en('Hoang Son Hotel', NINH_BINH, 'phrase'),
  en('nguyen viet hung', BAC_NINH, 'name'),
  en('Hoàng Thị Thúy Lan', VINH_PHUC, 'name'),
  en('doan thanh hai', NINH_BINH, 'name'),
  en('Loyalty – Solidarity – Dynamism – Proficiency', LONG_AN, 'slogan'),
  en('nearly 300 cameras', BAC_NINH_2021, 'number'),
];
