import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * With OMISE_SIM_SCREENSHOTS=<dir> (docs/images for the README), saves the page as `<name>.png` there, at the
 * width the README's pictures share; without it, does nothing.
 */
export async function dashboardPicture(page: Page, name: string): Promise<void> {
  const screenshots = process.env.OMISE_SIM_SCREENSHOTS;
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}
