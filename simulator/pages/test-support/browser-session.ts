import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createSimulator, type Simulator } from '../../create-simulator.js';
import { type Api, httpApi } from '../../documents/test-support/qr-test-support.js';
import { launchChromium } from './launch-chromium.js';

export interface BrowserSession {
  /** The simulator's URL on 127.0.0.1. */
  url: string;
  api: Api;
  page: Page;
}

/**
 * Registers vitest hooks for a browser test file: one simulator on 127.0.0.1 and one Chromium for the file,
 * a fresh page per test (`preparePage` may route or configure it; `pageOptions` are its context's, such as
 * `javaScriptEnabled: false`). Read the fields inside tests.
 */
export function useBrowserSession(
  preparePage?: (page: Page) => Promise<void>,
  pageOptions?: BrowserContextOptions,
): BrowserSession {
  const session = {} as BrowserSession;
  let sim: Simulator | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    sim = createSimulator();
    session.url = (await sim.listen({ port: 0 })).url;
    session.api = httpApi(session.url);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    session.page = await browser.newPage(pageOptions);
    session.page.setDefaultTimeout(15_000);
    await preparePage?.(session.page);
  });
  afterEach(() => session.page?.close());
  return session;
}
