/**
 * Nothing the player did is lost: storage that refuses to write or to read, two tabs on the same
 * meeting, a long game of changed minds, and a damaged save that can be downloaded.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, tabTo } from './support/keyboard';

let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => { server = await serveDist(); });
afterAll(async () => { await server?.close(); });

const heading = async (page: Page) => (await page.textContent('#screen-heading'))?.trim() ?? '';

async function toMeeting(page: Page, seat: string) {
  await activate(page, 'new-game');
  await activate(page, `seat-${seat}`);
  await activate(page, 'begin-top');
}

async function finish(page: Page) {
  for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
  if (await page.$('#deliver')) await activate(page, 'deliver');
  for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
  if (await page.$('#reply-submit')) await activate(page, 'reply-submit');
  expect(await heading(page)).toBe('The outcome');
}

describe('storage that refuses', () => {
  it('says so when the browser will not save, and the game plays on to its end', async () => {
    const browser = await openBrowser();
    const page = await browser.newPage();
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await page.goto(server.url);
    await toMeeting(page, 'ECU');
    expect(await page.textContent('#save-trouble')).toContain('refusing to save');
    await finish(page);
    await browser.close();
  });

  it('plays a whole game when storage cannot even be read', async () => {
    const browser = await openBrowser();
    const page = await browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await page.goto(server.url);
    await toMeeting(page, 'GUY');
    await finish(page);
    await browser.close();
  });
});

describe('two tabs on the same meeting', () => {
  it('keeps both courses rather than overwriting one with the other', async () => {
    const browser: BrowserContext = await openBrowser();
    const a = await browser.newPage();
    await a.goto(server.url);
    await toMeeting(a, 'MLT');
    const b = await browser.newPage();
    await b.goto(server.url);
    await activate(b, 'continue');
    expect(await heading(b)).toBe(await heading(a));
    await activate(a, 'continue');
    await b.waitForSelector('#save-trouble');
    expect(await b.textContent('#save-trouble')).toContain('also open in another tab');
    await activate(b, 'continue');
    const keys = await b.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('take-the-floor/save/')));
    expect(keys).toHaveLength(2);
    await browser.close();
  });
});

describe('a long game of changed minds', () => {
  it('resumes after a reload, however many times an option was changed', async () => {
    const browser = await openBrowser();
    const page = await browser.newPage();
    await page.goto(server.url);
    await toMeeting(page, 'SLE');
    for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
    await tabTo(page, 'pick-a3-deployment-allegations');
    for (let i = 0; i < 1_200; i++) await page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown');
    const picked = await page.$eval('#topic-deployment input:checked', (el) => el.id);
    await page.reload();
    await page.waitForSelector('#topic-deployment');
    expect(await page.$eval('#topic-deployment input:checked', (el) => el.id)).toBe(picked);
    await browser.close();
  });
});

describe('a damaged save', () => {
  it('can be downloaded as it is', async () => {
    const browser = await openBrowser();
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.evaluate(() => localStorage.setItem('take-the-floor/save/unsc-2024-10-30-ukraine-dprk/KOR/', '{"damaged": true'));
    await page.reload();
    await page.waitForSelector('.saved-list .notice');
    const [download] = await Promise.all([page.waitForEvent('download'), activate(page, 'download-0')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe('{"damaged": true');
    await browser.close();
  });
});
