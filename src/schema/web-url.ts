import { z } from 'zod';

/**
 * What a URL field of bantin holds: an address on the web, `https:` or `http:`, never `javascript:`,
 * `data:`, `vbscript:` or `file:` (zod's own `url()` takes any scheme). Checked by parsing the URL, as a
 * browser would; the JSON Schemas say the same with `format: uri` and a pattern.
 */
export const WEB_URL_PATTERN = '^https?://';

const HOW = 'write the full web address, starting with https:// or http://';

/**
 * A web address in the content (the page an article was first published on): on a public host name
 * (`stttt.bacninh.gov.vn`, not `localhost` or a bare IP address), normalized as browsers write it.
 */
export const contentUrlSchema = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    normalize: true,
    error: `${HOW}, on the portal's public host name (not localhost or an IP address), e.g. https://stttt.bacninh.gov.vn/…`,
  })
  .meta({ pattern: WEB_URL_PATTERN });

/** A web address bantin itself writes (the site's base URL, the API's links): any host. */
export const siteUrlSchema = z.url({ protocol: /^https?$/, error: HOW }).meta({ pattern: WEB_URL_PATTERN });
