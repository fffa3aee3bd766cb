import { defineSiteConfig } from './src/config/site-config.ts';

/**
 * Site settings, typed and validated (see src/config/site-config.ts for every option and its default).
 * BANTIN_BASE_URL sets the public address at build time, e.g. in the deploy workflow.
 */
export default defineSiteConfig({
  baseUrl: process.env.BANTIN_BASE_URL ?? 'http://localhost:8080',
});
