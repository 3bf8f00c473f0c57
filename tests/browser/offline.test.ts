/**
 * Once loaded, the game plays with the network cut: a service worker keeps every file, the chamber
 * included. The manifest makes it installable, with its icons from assets/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate } from './support/keyboard';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: BrowserContext;
beforeAll(async () => { server = await serveDist(); browser = await openBrowser(); });
afterAll(async () => { await browser?.close(); await server?.close(); });

describe('offline', () => {
  it('plays a whole game, chamber included, after the network is cut', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href)).json());
    expect(manifest.icons.map((i: { src: string }) => i.src)).toEqual(['icon-192.png', 'icon-512.png']);
    await browser.setOffline(true);
    await page.reload();
    await page.waitForSelector('#new-game');
    await activate(page, 'new-game');
    await activate(page, 'seat-DZA');
    await activate(page, 'begin-top');
    await page.waitForSelector('#chamber canvas', { timeout: 30_000 });
    for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
    await activate(page, 'deliver');
    for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
    if (await page.$('#reply-submit')) await activate(page, 'reply-submit');
    expect(await page.textContent('#screen-heading')).toBe('The outcome');
    await browser.setOffline(false);
    await page.close();
  });
});
