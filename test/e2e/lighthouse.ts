/**
 * Lighthouse (the npm package) against Debian's chromium, for one page in one form factor. The
 * browser is started by chrome-launcher (a Lighthouse dependency) with the flags the browser tests
 * use; the site is the one the harness serves on 127.0.0.1.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumPath } from './harness.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof categories)[number], number>;

export interface Audit {
  scores: Scores;
  /** Audits that cost points, with their display values, for a failing test to name. */
  losses: string[];
}

/** A chromium Lighthouse can drive; kill it when done. */
export function launchChrome(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: [...chromiumArgs, '--headless=new'] });
}

export async function withChrome<T>(run: (port: number) => Promise<T>): Promise<T> {
  const chrome = await launchChrome();
  try {
    return await run(chrome.port);
  } finally {
    await chrome.kill();
  }
}

export async function audit(port: number, url: string, formFactor: 'mobile' | 'desktop'): Promise<Audit> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  // A run Lighthouse could not complete (no paint seen, a trace lost) says so instead of scoring 0.
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Scores;
  const losses = Object.values(lhr.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'notApplicable' &&
        a.scoreDisplayMode !== 'manual',
    )
    .map((a) => `${a.id}: ${a.displayValue ?? a.score}`);
  return { scores, losses };
}
