import { type Browser, chromium } from 'playwright-core';

// Debian's chromium by default (the CI installs it); CHROMIUM_PATH points elsewhere. Flags keep it
// headless, quiet and offline apart from the pages a test loads.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}
