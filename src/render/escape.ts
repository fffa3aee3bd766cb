/** Escaping text for the two places outputs embed it: HTML, and JSON read inside an HTML page. */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const SPECIAL = /[&<>"']/;

/**
 * Escapes text for HTML content and quoted attribute values: `&<>"'` become character references.
 * @example escapeHtml('Sở TT&TT "Bắc Ninh"') // => 'Sở TT&amp;TT &quot;Bắc Ninh&quot;'
 */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: a test is cheaper than a replace that allocates.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;
}

const U2028 = String.fromCharCode(0x2028);
const U2029 = String.fromCharCode(0x2029);
const UNSAFE_IN_SCRIPT = new RegExp(`[<>${U2028}${U2029}]`, 'g');

/**
 * JSON text safe inside an HTML `<script>` block (JSON-LD) and as JavaScript: `<` and `>` (so that no
 * string, such as a title carrying `</script>`, can end the block) and the line separators U+2028 and
 * U+2029 written as `\u` escapes, which JSON.parse reads back unchanged.
 * @example scriptSafeJson('{"t":"</script>"}') // => '{"t":"\\u003c/script\\u003e"}'
 */
export function scriptSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
