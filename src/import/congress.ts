import { type Gap, gapReasons } from './gaps.ts';
import { capitalized, sentencesOf } from './text.ts';

/** The figures of a party congress as the text prints them; each one missing is a gap. */
export interface ImportedCongress {
  ordinal?: number;
  term?: string;
  partyMembersPresent?: number;
  executiveCommitteeSize?: number;
  inspectionCommitteeSize?: number;
  delegates?: { official: number; alternate?: number };
  superiorCongress?: string;
  slogan?: string;
}

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

/** The congress term, "nhiệm kỳ 2020-2025" (the first printed; "Nhiệm kỳ qua (2015-2020)" is not one). */
export function termOf(text: string): { start: number; end: number; printed: string } | undefined {
  const m = /nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})/i.exec(text);
  return m ? { start: Number(m[1]), end: Number(m[2]), printed: m[0] } : undefined;
}

/** The first match of `re` in a sentence of the text that `accept` takes, with the sentence before it. */
function firstIn(
  text: string,
  re: RegExp,
  accept: (before: string, sentence: string) => boolean,
): RegExpExecArray | undefined {
  for (const sentence of text.split('\n').flatMap(sentencesOf)) {
    const m = re.exec(sentence);
    if (m && accept(sentence.slice(0, m.index), sentence)) return m;
  }
  return undefined;
}

const W = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');
/** Attendance is said so ("Dự Đại hội có …", "sự tham dự của"); members an organization has, or delegates stand for, are not. */
const ATTENDING = W('dự|tham dự|có mặt');
const NOT_ATTENDING = /(?:đại diện cho|hiện có|tổng số|có tổng)\s*$/iu;
/** Delegates to the superior congress are elected: "bầu 02 đại biểu chính thức", "bầu đoàn đại biểu chính thức". */
const ELECTED = W('bầu');

/** Ordinal, term, attendance, committees, delegates, the superior congress and the slogan. */
export function congressFigures(all: string, text: string, gaps: Gap[]): ImportedCongress {
  const c: ImportedCongress = {};
  const ordinal = /lần thứ ([IVX]+)\b/.exec(all)?.[1];
  if (ordinal && ROMAN[ordinal]) c.ordinal = ROMAN[ordinal];
  else gaps.push({ field: 'congress.ordinal', reason: gapReasons.noOrdinal() });
  const term = termOf(all);
  if (term) c.term = `${term.start}-${term.end}`;
  else gaps.push({ field: 'congress.term', reason: gapReasons.noTerm() });
  const members = firstIn(
    text,
    /(\d+)\s+đảng viên\s+trong/,
    (before, sentence) => ATTENDING.test(sentence) && !NOT_ATTENDING.test(before),
  );
  if (members) c.partyMembersPresent = Number(members[1]);
  else gaps.push({ field: 'congress.partyMembersPresent', reason: gapReasons.noMembersPresent() });
  const committee =
    /bầu\s+(\d+)\s+đồng chí vào (?:BCH|Ban Chấp hành)|Ban Chấp hành[^.]*?gồm\s+(\d+)\s+đồng chí/.exec(text);
  if (committee) c.executiveCommitteeSize = Number(committee[1] ?? committee[2]);
  else gaps.push({ field: 'congress.executiveCommitteeSize', reason: gapReasons.noExecutiveCommittee() });
  const inspection = /(?:UBKT|Ủy ban Kiểm tra)[^.]*?gồm\s+0*(\d+)\s+đ(?:\/c|ồng chí)/.exec(text);
  if (inspection) c.inspectionCommitteeSize = Number(inspection[1]);
  else gaps.push({ field: 'congress.inspectionCommitteeSize', reason: gapReasons.noInspectionCommittee() });
  const elected = (before: string) => ELECTED.test(before);
  const delegates = firstIn(
    text,
    /(\d+)\s+đại biểu chính thức(?:\s+và\s+(\d+)\s+(?:đại biểu\s+)?dự khuyết)?/,
    elected,
  );
  const delegation = firstIn(text, /đại biểu chính thức[^.]*?gồm\s+(\d+)\s+đồng chí/, elected);
  if (delegates)
    c.delegates = {
      official: Number(delegates[1]),
      ...(delegates[2] ? { alternate: Number(delegates[2]) } : {}),
    };
  else if (delegation) c.delegates = { official: Number(delegation[1]) };
  else gaps.push({ field: 'congress.delegates', reason: gapReasons.noDelegates() });
  // The congress the delegates go to: "… đại biểu chính thức … dự Đại hội đảng bộ cấp trên".
  const superior = firstIn(
    text,
    /đại biểu chính thức[^.;]*?\bdự\s+(đại hội\s[^.;]*?)(?=\s+gồm\s|\.\/\.|[.;]|$)/iu,
    elected,
  );
  if (superior?.[1]) c.superiorCongress = capitalized(superior[1].trim());
  const slogan = /(?:phương châm|khẩu hiệu)[^“"]{0,20}[“"]([^”"]+)[”"]/i.exec(text);
  if (slogan) c.slogan = slogan[1];
  else gaps.push({ field: 'congress.slogan', reason: gapReasons.noSlogan() });
  return c;
}
