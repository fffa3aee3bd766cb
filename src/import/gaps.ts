/**
 * What the importer left for the editor, and why: every reason a field is not filled in, in one place.
 * Gaps are written into the draft as YAML comments and printed in the import report.
 */

/** A field the importer did not fill in, with the reason; for a target, the sentence and a suggested key. */
export interface Gap {
  field: string;
  reason: string;
  /** The sentence the gap is about, when it is about one. */
  sentence?: string;
  /** For a commitment whose indicator is not in the registry: a key to add it under. */
  suggestedKey?: string;
}

export const gapReasons = {
  noDateLine: () => 'no date line (dd/mm/yyyy) at the top of the text',
  noViews: () => 'no "Số lượt xem" printed',
  noByline: () => 'no byline found on the last line',
  captionsGuessed: (n: number) => `${n} line(s) read as photo captions by their wording; check them`,
  severalProvinces: (keys: string[]) => `several provinces are named (${keys.join(', ')}); choose one`,
  noProvince: () => 'no province of content/provinces.yaml is named in the text',
  noEventType: () => 'neither a congress, a working session nor a conference by its wording',
  noEventDay: () => 'no day of the event printed',
  eventDayWithoutYear: (printed: string) =>
    `"${printed}" is printed without a year, and there is neither a date line nor one congress term (in the title, or the only one printed) to take it from`,
  eventDayNotReal: (printed: string) => `"${printed}" is not a real day of the calendar`,
  noOrdinal: () => 'no "lần thứ ..." in Roman numerals (of this organization\'s congress)',
  noTerm: () => 'no "nhiệm kỳ YYYY-YYYY" printed',
  severalTerms: (printed: string[]) =>
    `several terms are printed (${printed.map((p) => `"${p}"`).join(', ')}) and the title names none; choose the congress's`,
  severalOrdinals: (printed: string[]) =>
    `several ordinals are printed (${printed.map((p) => `"lần thứ ${p}"`).join(', ')}) and the title names none; choose the congress's`,
  noMembersPresent: () => 'no "N đảng viên" attending printed ("Dự Đại hội có … N đảng viên trong …")',
  noExecutiveCommittee: () => 'no "bầu N đồng chí vào Ban Chấp hành" printed',
  noInspectionCommittee: () => 'no inspection committee size printed',
  noDelegates: () =>
    'no number of delegates elected to the superior congress printed ("bầu N đại biểu chính thức")',
  noSlogan: () => 'no quoted "phương châm" or "khẩu hiệu" printed',
  noOfficials: () =>
    'no sentence saying who was elected to which post ("bầu đồng chí X … giữ chức", "X tái đắc cử", "X được bầu làm") recognized',
  noOrganization: () =>
    'no "Đảng bộ / Chi bộ / Đảng ủy … Sở Thông tin và Truyền thông" in the title or the first paragraph',
  unknownIndicator: (printed: string, clause: string) =>
    `a commitment of ${printed} ("${clause}") whose indicator is not in content/indicators.yaml; add the indicator with a match phrase, or type the target by hand`,
  ambiguousIndicator: (printed: string, keys: string[]) =>
    `a commitment of ${printed} worded like several indicators (${keys.join(', ')}); choose one by hand`,
  unitOfOtherIndicator: (printed: string, key: string, unit: string) =>
    `a commitment of ${printed} worded like indicator "${key}", which is measured in ${unit}; not filled in`,
  resultOrTarget: (printed: string, year: string) =>
    `a figure of ${printed} in a sentence opening with "${year}" with no date line to tell a result from a target; type it by hand if it is a target`,
  congressIncomplete: (found: string) =>
    `not written, as a congress needs its ordinal and its term; what the text gives: ${found}`,
  termUnknown: (printed: string) =>
    `the sentence of the target ${printed} says "trong nhiệm kỳ", and the congress term is not known; add the deadline by hand`,
  noDeadline: (printed: string) =>
    `the sentence of the target ${printed} names no year ("đến năm", "năm", "giai đoạn", "trong nhiệm kỳ"); add a deadline if the article gives one elsewhere`,
  awardsNotExtracted: (printed: string) =>
    `the text names an award ("${printed}"); awards are not extracted: type them by hand`,
} as const;
