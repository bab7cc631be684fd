/**
 * Debian's chromium with a profile of its own: every browser test, the site bench and the
 * first-search bench start it here, so each starts with an empty cache and leaves nothing behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface FreshBrowser {
  context: BrowserContext;
  /** Closes the browser and removes its profile. */
  close: () => Promise<void>;
}

/** Chromium in a new temporary profile; `options` adds to the launch options (viewport, locale …). */
export async function freshBrowser(
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<FreshBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'policy-atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs],
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
