import { type Gap, gapReasons } from './gaps.ts';

/** What kind of event the article reports, and where it took place, from the wording. */

export type ImportedEventType = 'congress' | 'working-session' | 'conference';

/**
 * A congress when the headline names one, or the text says one was held ("tổ chức Đại hội … lần thứ IV");
 * a mention of another congress ("Đại hội Đảng toàn quốc lần thứ XIII") is not enough. A working session
 * when the headline says "làm việc"; a conference when the text names a "Hội nghị".
 */
export function eventTypeOf(
  title: string | undefined,
  text: string,
  gaps: Gap[],
): ImportedEventType | undefined {
  const headline = title ?? '';
  if (
    /Đại hội/.test(headline) ||
    /(tổ chức|diễn ra|khai mạc)\s+Đại hội[^.\n]{0,40}lần thứ [IVX]+/i.test(text) ||
    /Đại hội[^.\n]{0,60}lần thứ [IVX]+[^.\n]{0,30}\b(đã diễn ra|được tổ chức)/i.test(text)
  )
    return 'congress';
  if (/làm việc/i.test(headline)) return 'working-session';
  if (/Hội nghị/i.test(`${headline}\n${text}`)) return 'conference';
  gaps.push({ field: 'eventType', reason: gapReasons.noEventType() });
  return undefined;
}

/** "tại Khách sạn Hoàng Sơn", "tại Hội trường …": a named place the event was held in. */
export function venueOf(firstParagraph: string | undefined): string | undefined {
  const m =
    /\btại\s+((?:Khách sạn|Hội trường|Trung tâm Hội nghị|Nhà văn hóa|Nhà văn hoá|Phòng họp)\s[^,.;]+?)(?=\s+(?:đã|đang|sẽ|diễn ra|tổ chức|long trọng)(?![\p{L}])|[,.;]|$)/u.exec(
      firstParagraph ?? '',
    );
  return m?.[1]?.trim();
}
