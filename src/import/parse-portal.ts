import type { Registries } from '../content/store.ts';
import { isRealDate } from '../schema/dates.ts';

/**
 * Reads raw text copied from an old provincial portal (title, date line, body, photo captions, byline,
 * portal chrome) and extracts the facts it can be sure of. Anything it is not sure of is left out and
 * listed in `gaps` with the reason, for the editor to fill in. It never invents a value.
 */

/** How sure the importer is of one field. */
export interface Gap {
  field: string;
  reason: string;
}

export interface ImportedOfficial {
  name: string;
  role: 'secretary' | 'deputy-secretary';
  jobTitle?: string;
  reelected?: true;
}

export interface Imported {
  title?: string;
  publishedAt?: string;
  views?: number;
  province?: string;
  eventDate?: string;
  author?: string | string[];
  eventType?: 'congress' | 'working-session' | 'conference';
  congress?: {
    ordinal?: number;
    term?: string;
    partyMembersPresent?: number;
    executiveCommitteeSize?: number;
    inspectionCommitteeSize?: number;
    delegates?: { official: number; alternate?: number };
    slogan?: string;
  };
  officialsElected?: ImportedOfficial[];
  photos?: { caption: string }[];
  /** The article text, one paragraph per item, chrome and captions removed. */
  paragraphs: string[];
  gaps: Gap[];
}

/** Lines a portal adds around an article: never content. */
const CHROME = [
  /^Tiếng Việt\s*\|\s*English$/i,
  /^Chia sẻ bài viết$/i,
  /^Các tin đã đưa ngày:?$/i,
  /^Một số hình ảnh.*:$/i,
  /^(In bài|Bản in|Gửi email|Quay lại|Về đầu trang)$/i,
];

const DATE_LINE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*-?\s*(\d{1,2}):(\d{2}))?(?:\s+Số lượt xem:\s*([\d.]+))?$/;

const ROMAN: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
  XI: 11,
  XII: 12,
  XIII: 13,
  XIV: 14,
  XV: 15,
};

const pad = (n: number | string) => String(n).padStart(2, '0');
const clean = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();

/** A photo caption: a short line saying who does what in the picture (hands over, presents flowers, debuts). */
function looksLikeCaption(line: string, title: string | undefined): boolean {
  if (line.length > 220) return false;
  if (title && line === title) return true;
  return (
    /(tặng hoa|trao |ra mắt|chụp ảnh|phát biểu tại)/i.test(line) &&
    !/[;:]\s/.test(line.slice(0, 40)) &&
    line.split(/[.!?]\s/).length <= 2
  );
}

/** A byline: one or two short names at the very end, no sentence punctuation. */
function looksLikeByline(line: string): boolean {
  return (
    line.length <= 60 &&
    !/[.,;:!?…]$/.test(line) &&
    /^[\p{Lu}][\p{L}\s\-–]*$/u.test(line) &&
    line.split(/\s+/).length <= 8
  );
}

export function parsePortalText(raw: string, registries: Registries): Imported {
  const gaps: Gap[] = [];
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(clean)
    .filter((l) => l !== '' && !CHROME.some((c) => c.test(l)));
  const out: Imported = { paragraphs: [], gaps };

  // Title and date line, in either order at the top.
  let publishedAt: { date: string; time?: string } | undefined;
  const head: string[] = [];
  while (lines.length > 0 && head.length < 3) {
    const line = lines[0] as string;
    const m = DATE_LINE.exec(line);
    if (m) {
      lines.shift();
      const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (isRealDate(y, mo, d)) {
        publishedAt = { date: `${y}-${pad(mo)}-${pad(d)}`, time: m[4] ? `${pad(m[4])}:${m[5]}` : undefined };
        out.publishedAt = publishedAt.time ? `${publishedAt.date} ${publishedAt.time}` : publishedAt.date;
      }
      if (m[6]) out.views = Number(m[6].replace(/\./g, ''));
      continue;
    }
    if (out.title) break;
    out.title = line;
    lines.shift();
    head.push(line);
  }
  if (!out.publishedAt)
    gaps.push({ field: 'publishedAt', reason: 'no date line (dd/mm/yyyy) at the top of the text' });
  if (out.views === undefined) gaps.push({ field: 'views', reason: 'no "Số lượt xem" printed' });

  // Byline: the last line when it looks like names.
  const last = lines[lines.length - 1];
  if (last && looksLikeByline(last)) {
    lines.pop();
    const names = last.split(/\s*[-–,]\s*/).filter(Boolean);
    out.author = names.length === 1 ? (names[0] as string) : names;
  } else gaps.push({ field: 'author', reason: 'no byline found on the last line' });

  // Captions and paragraphs.
  const photos: { caption: string }[] = [];
  for (const line of lines) {
    if (looksLikeCaption(line, out.title)) photos.push({ caption: line });
    else out.paragraphs.push(line);
  }
  if (photos.length) {
    out.photos = photos;
    gaps.push({
      field: 'photos',
      reason: `${photos.length} line(s) read as photo captions by their wording; check them`,
    });
  }
  const text = out.paragraphs.join('\n');
  const all = `${out.title ?? ''}\n${text}`;

  // Province: a registry name written in the text ("tỉnh Vĩnh Phúc", "tại Bắc Ninh", "Long An").
  const found = new Map<string, number>();
  for (const p of registries.provinces.values()) {
    const re = new RegExp(
      `(^|[^\\p{L}])${p.name.vi.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
      'gu',
    );
    const count = all.match(re)?.length ?? 0;
    if (count > 0) found.set(p.slug, count);
  }
  if (found.size === 1) out.province = [...found.keys()][0];
  else if (found.size > 1) {
    const [best, second] = [...found.entries()].sort((a, b) => b[1] - a[1]);
    if (best && second && best[1] > second[1]) out.province = best[0];
    else
      gaps.push({
        field: 'province',
        reason: `several provinces are named (${[...found.keys()].join(', ')}); choose one`,
      });
  } else
    gaps.push({ field: 'province', reason: 'no province of content/provinces.yaml is named in the text' });

  // Event type.
  // A congress when the headline names one, or the text says one was held ("tổ chức Đại hội ... lần thứ IV");
  // a mention of another congress ("Đại hội Đảng toàn quốc lần thứ XIII") is not enough.
  if (/Đại hội/.test(out.title ?? '') || /(tổ chức|diễn ra)\s+Đại hội[^.\n]{0,40}lần thứ [IVX]+/i.test(text))
    out.eventType = 'congress';
  else if (/làm việc/i.test(out.title ?? '')) out.eventType = 'working-session';
  else if (/Hội nghị/i.test(all)) out.eventType = 'conference';
  else
    gaps.push({
      field: 'eventType',
      reason: 'neither a congress, a working session nor a conference by its wording',
    });

  // Event date: "Ngày 29/5", "Sáng 19/3", "Chiều 14/1", "Trong 2 ngày 23-24/3"; the year from the date line only.
  const ev =
    /(?:Ngày|Sáng|Chiều|Tối|Trưa|ngày)\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\/(\d{1,2})(?:\/(\d{4}))?/.exec(
      text,
    );
  if (ev) {
    const year = ev[4] ? Number(ev[4]) : publishedAt ? Number(publishedAt.date.slice(0, 4)) : undefined;
    if (year === undefined)
      gaps.push({
        field: 'eventDate',
        reason: `"${ev[0]}" is printed without a year and there is no publication date to take it from`,
      });
    else {
      const start = `${year}-${pad(ev[3] as string)}-${pad(ev[1] as string)}`;
      const end = ev[2] ? `${year}-${pad(ev[3] as string)}-${pad(ev[2])}` : start;
      out.eventDate = start === end ? start : `${start}/${end}`;
    }
  } else gaps.push({ field: 'eventDate', reason: 'no day of the event printed' });

  if (out.eventType === 'congress') out.congress = congressFigures(all, text, gaps);
  const officials = officialsOf(text);
  if (officials.length) out.officialsElected = officials;
  else if (out.eventType === 'congress')
    gaps.push({
      field: 'officialsElected',
      reason: 'no "... làm / được bầu giữ chức / tái đắc cử Bí thư" sentence recognized',
    });
  gaps.push({ field: 'targets', reason: 'numeric targets are not extracted: copy each from its sentence' });
  gaps.push({
    field: 'organization',
    reason: 'the body that met is not extracted: copy it from the first paragraph',
  });
  return out;
}

function congressFigures(all: string, text: string, gaps: Gap[]): Imported['congress'] {
  const c: NonNullable<Imported['congress']> = {};
  const ordinal = /lần thứ ([IVX]+)\b/.exec(all)?.[1];
  if (ordinal && ROMAN[ordinal]) c.ordinal = ROMAN[ordinal];
  else gaps.push({ field: 'congress.ordinal', reason: 'no "lần thứ ..." in Roman numerals' });
  const term = /nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})/.exec(all);
  if (term) c.term = `${term[1]}-${term[2]}`;
  else gaps.push({ field: 'congress.term', reason: 'no "nhiệm kỳ YYYY-YYYY" printed' });
  const members = /(\d+)\s+đảng viên\s+trong/.exec(text);
  if (members) c.partyMembersPresent = Number(members[1]);
  else gaps.push({ field: 'congress.partyMembersPresent', reason: 'no "N đảng viên" attending printed' });
  const committee =
    /bầu\s+(\d+)\s+đồng chí vào (?:BCH|Ban Chấp hành)|Ban Chấp hành[^.]*?gồm\s+(\d+)\s+đồng chí/.exec(text);
  if (committee) c.executiveCommitteeSize = Number(committee[1] ?? committee[2]);
  else
    gaps.push({
      field: 'congress.executiveCommitteeSize',
      reason: 'no "bầu N đồng chí vào Ban Chấp hành" printed',
    });
  const inspection = /UBKT[^.]*?gồm\s+0*(\d+)\s+đ(?:\/c|ồng chí)/.exec(text);
  if (inspection) c.inspectionCommitteeSize = Number(inspection[1]);
  else
    gaps.push({ field: 'congress.inspectionCommitteeSize', reason: 'no inspection committee size printed' });
  const delegates = /(\d+)\s+đại biểu chính thức(?:\s+và\s+(\d+)\s+(?:đại biểu\s+)?dự khuyết)?/.exec(text);
  const delegation = /đại biểu chính thức[^.]*?gồm\s+(\d+)\s+đồng chí/.exec(text);
  if (delegates)
    c.delegates = {
      official: Number(delegates[1]),
      ...(delegates[2] ? { alternate: Number(delegates[2]) } : {}),
    };
  else if (delegation) c.delegates = { official: Number(delegation[1]) };
  else gaps.push({ field: 'congress.delegates', reason: 'no number of delegates printed' });
  const slogan = /(?:phương châm|khẩu hiệu)[^“"]{0,20}[“"]([^”"]+)[”"]/i.exec(text);
  if (slogan) c.slogan = slogan[1];
  else gaps.push({ field: 'congress.slogan', reason: 'no quoted "phương châm" or "khẩu hiệu" printed' });
  return c;
}

function officialsOf(text: string): ImportedOfficial[] {
  const out: ImportedOfficial[] = [];
  const name = '((?:\\p{Lu}\\p{Ll}*\\s){1,3}\\p{Lu}\\p{Ll}*)';
  const patterns: [RegExp, ImportedOfficial['role']][] = [
    [
      new RegExp(
        `(?:đ\\/c|đồng chí|Đồng chí)\\s+${name},\\s+([^,]+?)\\s+(tiếp tục làm|tái đắc cử|tiếp tục được đại hội tín nhiệm bầu giữ chức|được bầu giữ chức|làm)\\s+(?:Bí thư)`,
        'gu',
      ),
      'secretary',
    ],
    [
      new RegExp(`(?:đ\\/c|đồng chí|Đồng chí)\\s+${name}\\s+-\\s+([^.]+?)\\s+(tái đắc cử)\\s+Bí thư`, 'gu'),
      'secretary',
    ],
    [
      new RegExp(
        `(?:đ\\/c|đồng chí|Đồng chí)\\s+${name},\\s+([^,]+?)\\s+(làm|được bầu giữ chức)\\s+Phó Bí thư`,
        'gu',
      ),
      'deputy-secretary',
    ],
  ];
  for (const [re, role] of patterns) {
    for (const m of text.matchAll(re)) {
      const verb = m[3] ?? '';
      if (
        role === 'secretary' &&
        /Phó\s*$/.test(text.slice(0, (m.index ?? 0) + m[0].length - 'Bí thư'.length))
      )
        continue;
      out.push({
        name: m[1] as string,
        role,
        jobTitle: (m[2] as string).trim(),
        ...(/tiếp tục|tái đắc cử/.test(verb) ? { reelected: true as const } : {}),
      });
    }
  }
  return out;
}
