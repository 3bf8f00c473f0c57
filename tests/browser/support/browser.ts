/** Debian's Chromium driven by playwright-core: never a downloaded browser. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

import { findChrome } from '../../../tools/chrome.mjs';

export const CHROME: string = findChrome() ?? '/usr/bin/chromium';

export async function openBrowser(viewport = { width: 1280, height: 900 }, options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ttf-chromium-')), {
    executablePath: CHROME,
    headless: true,
    viewport,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
