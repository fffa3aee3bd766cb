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

export interface Term {
  start: number;
  end: number;
  printed: string;
}

/** Every "nhiệm kỳ 2020-2025" printed in a text ("Nhiệm kỳ qua (2015-2020)" is not one), one per term. */
function termsIn(text: string): Term[] {
  const out: Term[] = [];
  for (const m of text.matchAll(/nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})/giu))
    if (!out.some((t) => t.start === Number(m[1]) && t.end === Number(m[2])))
      out.push({ start: Number(m[1]), end: Number(m[2]), printed: m[0] });
  return out;
}

/**
 * The congress term: the one in the title (the first line of `all`), else the one term the text prints.
 * A text printing several ("Nhiệm kỳ 2015-2020, Chi bộ đã …" beside "nhiệm kỳ 2020-2025") gives none.
 */
export function termOf(all: string): Term | undefined {
  const [title = '', ...rest] = all.split('\n');
  const inTitle = termsIn(title)[0];
  if (inTitle) return inTitle;
  const inText = termsIn(rest.join('\n'));
  return inText.length === 1 ? inText[0] : undefined;
}

/** "Đại hội Đảng toàn quốc lần thứ XIII", "… Đảng bộ tỉnh lần thứ XX": the ordinal of another body's congress. */
const OTHER_CONGRESS =
  /(?:toàn quốc|Đảng bộ (?:tỉnh|thành phố|Khối|khối)|Đảng ủy Khối|cấp trên|Đoàn|Công đoàn|Cách mạng)[^.;:]*$/iu;

/**
 * The congress ordinal: the one in the title, else the one the text prints for this organization (a
 * congress of the country, the province or the bloc is another body's). Several give none.
 */
function ordinalOf(all: string): { ordinal?: number; several?: string[] } {
  const [title = '', ...rest] = all.split('\n');
  const inTitle = /lần thứ ([IVX]+)\b/.exec(title)?.[1];
  if (inTitle && ROMAN[inTitle]) return { ordinal: ROMAN[inTitle] };
  const found = new Set<string>();
  for (const line of rest)
    for (const m of line.matchAll(/lần thứ ([IVX]+)\b/g)) {
      const since =
        line
          .slice(0, m.index)
          .split(/Đại hội/iu)
          .at(-1) ?? '';
      if (ROMAN[m[1] as string] && !OTHER_CONGRESS.test(since)) found.add(m[1] as string);
    }
  if (found.size === 1) return { ordinal: ROMAN[[...found][0] as string] };
  return found.size > 1 ? { several: [...found] } : {};
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
  const { ordinal, several } = ordinalOf(all);
  if (ordinal) c.ordinal = ordinal;
  else
    gaps.push({
      field: 'congress.ordinal',
      reason: several ? gapReasons.severalOrdinals(several) : gapReasons.noOrdinal(),
    });
  const term = termOf(all);
  const terms = termsIn(all);
  if (term) c.term = `${term.start}-${term.end}`;
  else
    gaps.push({
      field: 'congress.term',
      reason: terms.length > 1 ? gapReasons.severalTerms(terms.map((t) => t.printed)) : gapReasons.noTerm(),
    });
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
