import { slugFromTitle } from '../content/slug.ts';
import type { Registries } from '../content/store.ts';
import type { Unit } from '../schema/registries.ts';
import { type Gap, gapReasons } from './gaps.ts';
import { findPhrase, fold, numberOf, sentencesOf } from './text.ts';

/**
 * Numeric targets: commitments the text sets ("phấn đấu 95% …", "đến năm 2025: 100% …", "ít nhất 5 …",
 * "nhóm 5 đơn vị dẫn đầu …", "20 đến 25%"), each matched to an indicator of content/indicators.yaml by its
 * `match` phrases, with its scope ("cấp tỉnh", "lĩnh vực …") and deadline ("đến năm 2025", "Năm 2021, …",
 * "trong nhiệm kỳ" with the term). A result already reached is not a target: a sentence is a
 * commitment when it says so, or follows one, until the text turns to what was done ("Nhiệm kỳ qua",
 * "đến nay", "đã"). A commitment whose indicator is not in the registry is a gap, never a near indicator.
 */

export interface ImportedTarget {
  indicator: string;
  value: number | { min: number; max: number };
  comparator?: 'at-least' | 'at-most';
  unit: Unit;
  scope?: string;
  deadline?: number;
  sentence: string;
}

/** A number the text commits to, found in one clause. */
interface Candidate {
  start: number;
  end: number;
  printed: string;
  value: number | { min: number; max: number };
  unit: Unit;
  comparator?: 'at-least' | 'at-most';
}

const W = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');
/** The text turns to what was done. */
const PAST = W('nhiệm kỳ qua|năm qua|vừa qua|thời gian qua|đến nay|hiện nay|đạt được|từ khi');
const DONE_TARGETS = W('hoàn thành(?: tốt| vượt mức)?(?: các)? (?:mục tiêu|chỉ tiêu)');
const WAS = W('đã');
const WAS_SETTING = W('đã (?:đề ra|xác định|thông qua)');
/** The text sets a commitment. */
const SETS = W('phấn đấu|mục tiêu|chỉ tiêu');
const PLANS = W('đề ra|xác định|phương hướng|yêu cầu|đề nghị|cần|nỗ lực|sẽ|trong nhiệm kỳ(?! qua)');

/**
 * A year a target is to be reached by ("đến năm 2025", "Năm 2021, …"), the last of a period ("giai đoạn
 * 2021-2025"), or the term ("trong nhiệm kỳ").
 */
const DEADLINE =
  /(?<![\p{L}])(?<!so với )(?:(?:đến|tới)(?: hết)? năm|[Nn]ăm) (\d{4})(?!\s*[-–]\s*\d)|(?<![\p{L}])(trong nhiệm kỳ)(?! qua)|(?<![\p{L}])giai đoạn \d{4}\s*[-–]\s*(\d{4})/giu;
/** A year printed mid-sentence that is not a deadline nor a comparison: "… năm 2022 là 85%". */
const YEAR_OF = /(?<![\p{L}])(?<!(?:đến|tới|hết|so với|từ|sau|trước) )năm (\d{4})(?!\s*[-–]\s*\d)/giu;
/** What a commitment serves, after it: its words do not name the commitment's indicator. */
const SERVES = /[,;]?\s*(?<![\p{L}])(?:góp phần|nhằm|để|qua đó|từ đó|tạo điều kiện)(?![\p{L}])/iu;

/** `unknown`: a sentence opening with a year, and no date line to tell whether that year is over. */
type Tense = 'past' | 'commitment' | 'unknown' | undefined;

/** Whether a sentence sets commitments, tells what was done, or says neither (it then follows the one before). */
function tenseOf(sentence: string, publishedYear: number | undefined): Tense {
  const until = [...sentence.matchAll(/(?<![\p{L}])(?:đến|tới)(?: hết)? năm (\d{4})/giu)].map((m) =>
    Number(m[1]),
  );
  const opening = /^(?:Trong )?[Nn]ăm (\d{4})/u.exec(sentence);
  const openingYear = opening ? Number(opening[1]) : undefined;
  const before = (year: number | undefined) =>
    year !== undefined && publishedYear !== undefined && year < publishedYear;
  const years = [...sentence.matchAll(YEAR_OF)].map((m) => Number(m[1]));
  // "Nhiệm kỳ 2015-2020, Đảng bộ đã …": a term over by publication is what was done.
  const termsEnded = [...sentence.matchAll(/nhiệm kỳ\s+\d{4}\s*[-–]\s*(\d{4})/giu)].map((m) => Number(m[1]));
  if (
    PAST.test(sentence) ||
    DONE_TARGETS.test(sentence) ||
    before(openingYear) ||
    until.some(before) ||
    years.some(before) ||
    termsEnded.some((end) => publishedYear !== undefined && end <= publishedYear)
  )
    return 'past';
  if (SETS.test(sentence) || until.length > 0) return 'commitment';
  if (WAS.test(sentence.replace(new RegExp(WAS_SETTING, 'giu'), ''))) return 'past';
  if (PLANS.test(sentence)) return 'commitment';
  // "Năm 2023, … đạt 96%" is a target only when the date line says 2023 is not over.
  if (openingYear !== undefined) return publishedYear === undefined ? 'unknown' : 'commitment';
  return undefined;
}

const AT_LEAST_BEFORE = /(?<![\p{L}])(?:ít nhất|tối thiểu|không dưới|không thấp hơn|trên|từ)\s*$/iu;
const AT_MOST_BEFORE = /(?<![\p{L}])(?:tối đa|không quá|dưới)\s*$/iu;
const PEOPLE =
  /^(?:người|đảng viên|quần chúng|cán bộ|công chức|viên chức|lao động|học viên|đồng chí|hộ|thành viên)(?![\p{L}])/iu;

/** The commitments of one clause: percentages and ranges of them, ranks, counts with "ít nhất / tối đa". */
function candidatesOf(clause: string, offset: number): Candidate[] {
  const found: Candidate[] = [];
  const taken = (s: number, e: number) => found.some((c) => s < c.end && e > c.start);
  const add = (c: Candidate) => {
    if (!taken(c.start, c.end)) found.push(c);
  };
  const num = '(\\d{1,3}(?:,\\d+)?)';
  for (const m of clause.matchAll(
    new RegExp(`(?<![\\d.,/])${num}\\s*%?\\s*(?:đến|tới|-|–)\\s*${num}\\s*%`, 'gu'),
  )) {
    const [min, max] = [numberOf(m[1] as string), numberOf(m[2] as string)];
    if (min < max)
      add({
        start: m.index,
        end: m.index + m[0].length,
        printed: m[0],
        value: { min, max },
        unit: 'percent',
      });
  }
  for (const m of clause.matchAll(new RegExp(`(?<![\\d.,/])${num}\\s*%`, 'gu')))
    add({
      start: m.index,
      end: m.index + m[0].length,
      printed: m[0],
      value: numberOf(m[1] as string),
      unit: 'percent',
    });
  for (const m of clause.matchAll(/(?<![\p{L}])(?:nhóm|top|tốp)\s+(\d{1,2})(?![\d%])/giu))
    add({
      start: m.index,
      end: m.index + m[0].length,
      printed: m[0],
      value: Number(m[1]),
      unit: 'rank',
      comparator: 'at-most',
    });
  for (const m of clause.matchAll(
    /(?<![\p{L}])(ít nhất|tối thiểu|không dưới|tối đa|không quá)\s+(\d[\d.]*)(?!\s*[%\d])\s+(\p{L}+(?:\s+\p{L}+)?)/giu,
  )) {
    const noun = m[3] as string;
    if (/^tuổi/iu.test(noun)) continue;
    const start = m.index + m[0].indexOf(m[2] as string, (m[1] as string).length);
    add({
      start,
      end: start + (m[2] as string).length,
      printed: `${m[2]} ${noun.split(/\s/u)[0]}`,
      value: numberOf(m[2] as string),
      unit: /^năm(?![\p{L}])/iu.test(noun) ? 'years' : PEOPLE.test(noun) ? 'people' : 'count',
    });
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ ...c, start: c.start + offset, end: c.end + offset }));
}

/** The comparator a candidate's own words give it: "ít nhất 30%", "95% … trở lên", "tối đa". */
function comparatorOf(c: Candidate, before: string, after: string): Candidate['comparator'] {
  if (c.comparator) return c.comparator;
  // "từ 20 đến 25%": the "từ" opens the range, which is its own bound.
  if (typeof c.value === 'object') return undefined;
  if (AT_LEAST_BEFORE.test(before) || /(?<![\p{L}])trở lên(?![\p{L}])/iu.test(after)) return 'at-least';
  if (AT_MOST_BEFORE.test(before) || /(?<![\p{L}])trở xuống(?![\p{L}])/iu.test(after)) return 'at-most';
  return undefined;
}

/** "cấp tỉnh", "cấp huyện", "lĩnh vực Thông tin và truyền thông": what the target is narrowed to. */
function scopeOf(own: string): string | undefined {
  const level = /(?<![\p{L}])cấp (?:tỉnh|huyện|xã|cơ sở)(?![\p{L}])/u.exec(own);
  const field = /(?<![\p{L}])lĩnh vực\s[^,;.…]+?(?=\s+(?:được|đạt|có|sẽ|phải)(?![\p{L}])|[,;.…]|$)/u.exec(
    own,
  );
  const first = [level, field].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  return first?.[0].trim();
}

/** A registry key for a commitment the registry does not know: the words after its number, up to a verb. */
function suggestedKeyOf(after: string): string {
  const words = after
    .replace(/^\s*%?\s*/u, '')
    .split(/[;:.…“”"]|(?<![\p{L}])(?:được|đạt|có|là|sử dụng|tham gia|trở lên)(?![\p{L}])/u)[0]
    ?.replace(/,/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .join(' ');
  return slugFromTitle(words ?? '') || 'new-indicator';
}

interface Context {
  registries: Registries;
  publishedYear: number | undefined;
  termEnd: number | undefined;
}

/** The indicators whose match phrases the words of a commitment hold. */
function indicatorsWorded(own: string, registries: Registries): string[] {
  const folded = fold(own);
  return [...registries.indicators.values()]
    .filter((ind) => ind.match?.some((phrase) => findPhrase(folded, phrase)))
    .map((ind) => ind.key);
}

/** Every target of the text, in order; gaps for commitments it cannot place. */
export function targetsOf(paragraphs: readonly string[], ctx: Context, gaps: Gap[]): ImportedTarget[] {
  const out: ImportedTarget[] = [];
  let tense: Tense;
  for (const paragraph of paragraphs) {
    let carried: number | undefined;
    for (const sentence of sentencesOf(paragraph)) {
      tense = tenseOf(sentence, ctx.publishedYear) ?? tense;
      if (tense === 'unknown') {
        const first = candidatesOf(sentence, 0)[0];
        const year = /^(?:Trong )?[Nn]ăm \d{4}/u.exec(sentence)?.[0];
        if (first && year)
          gaps.push({ field: 'targets', reason: gapReasons.resultOrTarget(first.printed, year), sentence });
        tense = undefined;
        continue;
      }
      if (tense !== 'commitment') continue;
      const deadlines = [...sentence.matchAll(DEADLINE)]
        .map((m) => ({
          at: m.index,
          year: m[1] ? Number(m[1]) : m[3] ? Number(m[3]) : ctx.termEnd,
        }))
        .filter(
          (d): d is { at: number; year: number } =>
            d.year !== undefined && (ctx.publishedYear === undefined || d.year >= ctx.publishedYear),
        );
      let offset = 0;
      for (const clause of sentence.split(/(?<=[;:])/u)) {
        const found = candidatesOf(clause, offset);
        // The words between two commitments go to the first up to the last "," or "và", the rest to the
        // second: "phủ sóng 100% dân số và 100% dân số trên 10 tuổi …", "90% hồ sơ … cấp tỉnh, 80% cấp huyện".
        const bounds = [offset];
        for (let i = 1; i < found.length; i++) {
          const [prev, next] = [found[i - 1] as Candidate, found[i] as Candidate];
          const between = sentence.slice(prev.end, next.start);
          const split = Math.max(between.lastIndexOf(','), between.search(/\s+và\s+(?!.*\s+và\s+)/u));
          bounds.push(split < 0 ? next.start : prev.end + split);
        }
        bounds.push(offset + clause.length);
        found.forEach((c, i) => {
          // The commitment's words end where what it serves begins ("…, góp phần nâng cao sự hài lòng …").
          const serves = SERVES.exec(sentence.slice(c.end, bounds[i + 1]));
          const end = serves ? c.end + serves.index : (bounds[i + 1] as number);
          const own = sentence.slice(bounds[i], end);
          const before = sentence.slice(bounds[i], c.start);
          const after = sentence.slice(c.end, end);
          const keys = indicatorsWorded(own, ctx.registries);
          const sameUnit = keys.filter((k) => ctx.registries.indicators.get(k)?.unit === c.unit);
          if (sameUnit.length !== 1) {
            const reason =
              sameUnit.length > 1
                ? gapReasons.ambiguousIndicator(c.printed, sameUnit)
                : keys[0]
                  ? gapReasons.unitOfOtherIndicator(
                      c.printed,
                      keys[0],
                      ctx.registries.indicators.get(keys[0])?.unit ?? '',
                    )
                  : gapReasons.unknownIndicator(c.printed, own.trim());
            gaps.push({
              field: 'targets',
              reason,
              sentence,
              ...(keys.length === 0 ? { suggestedKey: suggestedKeyOf(after) } : {}),
            });
            return;
          }
          const deadline =
            deadlines.filter((d) => d.at < c.start).at(-1)?.year ??
            carried ??
            deadlines.find((d) => d.at > c.end && d.at < offset + clause.length)?.year;
          const comparator = comparatorOf(c, before, after);
          const scope = scopeOf(own);
          out.push({
            indicator: sameUnit[0] as string,
            value: c.value,
            ...(comparator ? { comparator } : {}),
            unit: c.unit,
            ...(scope ? { scope } : {}),
            ...(deadline !== undefined ? { deadline } : {}),
            sentence,
          });
          if (deadline === undefined)
            gaps.push({
              field: `targets[${out.length - 1}].deadline`,
              reason: /(?<![\p{L}])trong nhiệm kỳ(?! qua)/iu.test(sentence)
                ? gapReasons.termUnknown(c.printed)
                : gapReasons.noDeadline(c.printed),
              sentence,
            });
        });
        offset += clause.length;
      }
      carried = deadlines.at(-1)?.year ?? carried;
    }
  }
  return out;
}
