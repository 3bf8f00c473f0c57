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

  it('keeps the language used, and only that one: a student in Arabic plays offline to the debrief', async () => {
    const context = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}?lang=ar`);
      await page.evaluate(async () => { await navigator.serviceWorker.ready; });
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      // The rest of the language's words are fetched once the page has loaded, so the copy keeps them.
      await page.waitForFunction(async () => {
        const names = (await Promise.all((await caches.keys()).map(async (c) => (await (await caches.open(c)).keys()).map((r) => r.url)))).flat();
        return ['title', 'game', 'scenario', 'debrief', 'consult', 'about'].every((part) => names.some((u) => u.includes(`/lang-ar-${part}-`)));
      }, undefined, { timeout: 15_000 });
      const kept = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (c) => (await (await caches.open(c)).keys()).map((r) => r.url)))).flat());
      expect(kept.filter((u) => /\/lang-(?!ar-)/.test(u))).toEqual([]);
      expect(kept.filter((u) => /\/(teacher|class)-/.test(u))).toEqual([]);
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector('#new-game');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      await activate(page, 'new-game');
      await activate(page, 'seat-DZA');
      await activate(page, 'begin-top');
      for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
      await activate(page, 'deliver');
      for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
      // A right of reply, or the outcome at once: whichever the meeting comes to.
      await page.waitForSelector('#reply-submit, #to-debrief');
      if (await page.$('#reply-submit')) await activate(page, 'reply-submit');
      await activate(page, 'to-debrief');
      await page.waitForSelector('.debrief');
      expect(await page.textContent('#screen-heading')).toMatch(/[\u0600-\u06FF]/);
    } finally {
      await context.close();
    }
  });

  it('says so, with the way back, when a screen never opened online is opened offline (the teacher\'s page)', async () => {
    const context = await openBrowser();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.evaluate(async () => { await navigator.serviceWorker.ready; });
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);
      await page.reload();
      await activate(page, 'for-teachers');
      await page.waitForSelector('#unreachable-back');
      expect(await page.textContent('#screen-heading')).toBe('This screen is not here yet');
      await activate(page, 'unreachable-back');
      await page.waitForSelector('#new-game');
    } finally {
      await context.close();
    }
  });
});
