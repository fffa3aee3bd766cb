import type { Language, Unit } from '../schema/registries.ts';

/** Numbers for display: Vietnamese `6.840` and `2,5`, English `6,840` and `2.5`. */

const FORMATS: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }),
};

/**
 * A number with the language's thousands and decimal separators, up to 3 decimals.
 * Not for calendar years, which are written without a separator.
 * @example
 * // 6840 => vi 6.840, en 6,840
 * // 2.5  => vi 2,5,   en 2.5
 */
export function formatNumber(n: number, lang: Language): string {
  if (!Number.isFinite(n)) throw new RangeError(`${n} is not a number to display`);
  return FORMATS[lang].format(n);
}

/** A target's value: a number or a range of numbers. */
export type Value = number | { min: number; max: number };
export type Comparator = 'at-least' | 'at-most';

const COMPARATORS: Record<Comparator, string> = { 'at-least': '≥', 'at-most': '≤' };

/** Unit words, singular and plural; a percent sticks to its number, a count has no word. */
const WORDS: Record<Exclude<Unit, 'percent' | 'rank' | 'count'>, Record<Language, [string, string]>> = {
  people: { vi: ['người', 'người'], en: ['person', 'people'] },
  years: { vi: ['năm', 'năm'], en: ['year', 'years'] },
};
const RANK: Record<Language, string> = { vi: 'hạng', en: 'rank' };

/**
 * A target's value with its unit and comparator, as a table cell or a sentence shows it.
 * Ranges take an en dash; a rank "at most N" (lower is better) reads `Top N`; a count is a bare number
 * (the indicator's label says what is counted).
 * @example
 * // 90 percent at-least       => ≥ 90%
 * // {min: 20, max: 25} percent => 20–25%
 * // 5 people                  => vi 5 người, en 5 people
 * // 5 rank at-most            => Top 5
 * // 3 rank                    => vi hạng 3, en rank 3
 */
export function formatValue(value: Value, unit: Unit, lang: Language, comparator?: Comparator): string {
  const amount =
    typeof value === 'number'
      ? formatNumber(value, lang)
      : value.min === value.max
        ? formatNumber(value.min, lang)
        : `${formatNumber(value.min, lang)}–${formatNumber(value.max, lang)}`;
  if (unit === 'rank' && comparator === 'at-most') return `Top ${amount}`;
  let text: string;
  if (unit === 'percent') text = `${amount}%`;
  else if (unit === 'count') text = amount;
  else if (unit === 'rank') text = `${RANK[lang]} ${amount}`;
  else {
    const [one, many] = WORDS[unit][lang];
    text = `${amount} ${value === 1 ? one : many}`;
  }
  return comparator ? `${COMPARATORS[comparator]} ${text}` : text;
}
