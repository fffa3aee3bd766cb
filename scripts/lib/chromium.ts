import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; scripts/setup-chromium.sh installs it. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and no connection of Chromium's own: this machine reaches nothing but the sites it tests. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The same words scripts/setup-chromium.sh prints when it cannot install Chromium. */
export const MISSING_CHROMIUM =
  `The browser tests need Chromium at ${CHROMIUM}. Install it with:\n` +
  "  sudo sh -c 'apt-get update && apt-get install -y chromium'\n" +
  '(or run scripts/setup-chromium.sh)';

/** Launches headless Chromium; throws (never skips) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}
