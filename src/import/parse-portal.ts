import type { Registries } from '../content/store.ts';
import { congressFigures, type ImportedCongress, termOf } from './congress.ts';
import { dateLineOf, eventDateOf } from './dates.ts';
import { eventTypeOf, type ImportedEventType, venueOf } from './event.ts';
import { type Gap, gapReasons } from './gaps.ts';
import { type ImportedOfficial, officialsOf } from './officials.ts';
import { type OrganizationType, organizationOf } from './organization.ts';
import { type ImportedTarget, targetsOf } from './targets.ts';
import { cleanLine, escapeRegExp, normalizeRaw } from './text.ts';

/**
 * Reads raw text copied from an old provincial portal (title, date line, body, photo captions, byline,
 * portal chrome) and extracts the facts it can be sure of. Anything it is not sure of is left out and
 * listed in `gaps` with the reason, for the editor to fill in. It never invents a value: every name,
 * number and date it fills in is printed in the text (a year taken from elsewhere in the text is said so
 * in `notes`). Each kind of fact has a file of its own: dates.ts, organization.ts, event.ts, congress.ts,
 * officials.ts, targets.ts.
 */

export type { Gap } from './gaps.ts';
export type { ImportedOfficial } from './officials.ts';
export type { ImportedTarget } from './targets.ts';

export interface Imported {
  title?: string;
  publishedAt?: string;
  views?: number;
  province?: string;
  eventDate?: string;
  author?: string | string[];
  eventType?: ImportedEventType;
  organization?: string;
  organizationType?: OrganizationType;
  venue?: string;
  congress?: ImportedCongress;
  officialsElected?: ImportedOfficial[];
  targets?: ImportedTarget[];
  photos?: { caption: string }[];
  /** The article text, one paragraph per item, chrome and captions removed. */
  paragraphs: string[];
  gaps: Gap[];
  /** How a value was arrived at when the text does not print it beside its field: a YAML comment. */
  notes: { field: string; note: string }[];
}

/** Lines a portal adds around an article: never content. */
const CHROME = [
  /^Tiếng Việt\s*\|\s*English$/i,
  /^Chia sẻ bài viết$/i,
  /^Các tin đã đưa ngày:?$/i,
  /^Một số hình ảnh.*:$/i,
  /^(In bài|Bản in|Gửi email|Quay lại|Về đầu trang)$/i,
];

/**
 * A photo caption: a short line saying who does what in the picture (hands over, presents flowers, debuts).
 * A line opening with the day ("Sáng 19/7, …") or with a speech ("Phát biểu tại Hội nghị, …") opens a
 * paragraph of the report, whatever its words.
 */
function looksLikeCaption(line: string, title: string | undefined): boolean {
  if (line.length > 220) return false;
  if (title && line === title) return true;
  if (/^(?:(?:Trong \d+ )?(?:Ngày|Sáng|Chiều|Tối|Trưa|ngày)\s+\d{1,2}[/\-–]|Phát biểu)/u.test(line))
    return false;
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

/** The province: a registry name written in the text ("tỉnh Vĩnh Phúc", "tại Bắc Ninh", "Long An"). */
function provinceOf(all: string, registries: Registries, gaps: Gap[]): string | undefined {
  const found = new Map<string, number>();
  for (const p of registries.provinces.values()) {
    const re = new RegExp(`(^|[^\\p{L}])${escapeRegExp(p.name.vi)}(?![\\p{L}])`, 'gu');
    const count = all.match(re)?.length ?? 0;
    if (count > 0) found.set(p.slug, count);
  }
  if (found.size === 1) return [...found.keys()][0];
  if (found.size > 1) {
    const [best, second] = [...found.entries()].sort((a, b) => b[1] - a[1]);
    if (best && second && best[1] > second[1]) return best[0];
    gaps.push({ field: 'province', reason: gapReasons.severalProvinces([...found.keys()]) });
  } else gaps.push({ field: 'province', reason: gapReasons.noProvince() });
  return undefined;
}

export function parsePortalText(raw: string, registries: Registries): Imported {
  const gaps: Gap[] = [];
  const notes: Imported['notes'] = [];
  const lines = normalizeRaw(raw)
    .split('\n')
    .map(cleanLine)
    .filter((l) => l !== '' && !CHROME.some((c) => c.test(l)));
  const out: Imported = { paragraphs: [], gaps, notes };

  // Title and date line, in either order at the top.
  let head = 0;
  while (lines.length > 0 && head < 3) {
    const line = lines[0] as string;
    const dateLine = dateLineOf(line);
    if (dateLine) {
      lines.shift();
      Object.assign(out, dateLine);
      continue;
    }
    if (out.title) break;
    out.title = line;
    lines.shift();
    head++;
  }
  if (!out.publishedAt) gaps.push({ field: 'publishedAt', reason: gapReasons.noDateLine() });
  if (out.views === undefined) gaps.push({ field: 'views', reason: gapReasons.noViews() });

  // Byline: the last line when it looks like names.
  const last = lines[lines.length - 1];
  if (last && looksLikeByline(last)) {
    lines.pop();
    const names = last.split(/\s*[-–,]\s*/).filter(Boolean);
    out.author = names.length === 1 ? (names[0] as string) : names;
  } else gaps.push({ field: 'author', reason: gapReasons.noByline() });

  // Captions and paragraphs.
  const photos: { caption: string }[] = [];
  for (const line of lines) {
    if (looksLikeCaption(line, out.title)) photos.push({ caption: line });
    else out.paragraphs.push(line);
  }
  if (photos.length) {
    out.photos = photos;
    gaps.push({ field: 'photos', reason: gapReasons.captionsGuessed(photos.length) });
  }
  const text = out.paragraphs.join('\n');
  const all = `${out.title ?? ''}\n${text}`;

  out.province = provinceOf(all, registries, gaps);
  out.eventType = eventTypeOf(out.title, text, gaps);
  Object.assign(out, organizationOf(out.title, out.paragraphs[0], gaps));
  out.venue = venueOf(out.paragraphs[0]);

  const term = out.eventType === 'congress' ? termOf(all) : undefined;
  const { eventDate, note } = eventDateOf(text, out.publishedAt, term, gaps);
  out.eventDate = eventDate;
  if (note) notes.push({ field: 'eventDate', note });

  if (out.eventType === 'congress') {
    const congress = congressFigures(all, text, gaps);
    // The schema needs both to write a congress: without them its other figures go to the editor as a gap.
    if (congress.ordinal !== undefined && congress.term !== undefined) out.congress = congress;
    else if (Object.keys(congress).length > 0)
      gaps.push({ field: 'congress', reason: gapReasons.congressIncomplete(JSON.stringify(congress)) });
  }
  const officials = officialsOf(out.paragraphs, registries);
  if (officials.length) out.officialsElected = officials;
  else if (out.eventType === 'congress')
    gaps.push({ field: 'officialsElected', reason: gapReasons.noOfficials() });

  const publishedYear = out.publishedAt ? Number(out.publishedAt.slice(0, 4)) : undefined;
  const targets = targetsOf(out.paragraphs, { registries, publishedYear, termEnd: term?.end }, gaps);
  if (targets.length) out.targets = targets;

  const award = /(?:Huân chương|Huy chương|Bằng khen|Cờ thi đua|Giấy khen)[^,.;]*/u.exec(text);
  if (award) gaps.push({ field: 'awards', reason: gapReasons.awardsNotExtracted(award[0].trim()) });

  for (const key of Object.keys(out) as (keyof Imported)[]) if (out[key] === undefined) delete out[key];
  return out;
}
