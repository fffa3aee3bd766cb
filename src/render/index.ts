/** Rendering helpers: functions from content to display strings (no templates here). */

export { BodyRenderError, type BodyRenderer, type BodySource, bodyPlainText, renderBody } from './body.ts';
export { formatArticleDate, formatDateRange, formatMonth, formatPublished, isoDate } from './dates.ts';
export { plainText, renderInline, renderMarkdown, safeUrl, sanitizeHtml } from './markdown.ts';
export { type Comparator, formatNumber, formatValue, type Value } from './numbers.ts';
