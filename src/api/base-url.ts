/** Checks and normalizes a base URL: absolute http(s), no trailing slash, no query or fragment. */
export function normalizeBaseUrl(baseUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new Error(`baseUrl "${baseUrl}" is not an absolute URL; write e.g. http://localhost:8080`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new Error(`baseUrl "${baseUrl}" must be an http or https URL`);
  if (parsed.search || parsed.hash) throw new Error(`baseUrl "${baseUrl}" must not have a query or fragment`);
  return baseUrl.replace(/\/+$/, '');
}
