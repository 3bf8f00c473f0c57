/**
 * Nothing the player did is lost: storage that refuses to write or to read, two tabs on the same
 * meeting, a long game of changed minds, and a damaged save that can be downloaded.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, chooseRadio, tabTo } from './support/keyboard';
import { screenshot } from './support/checks';

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

describe('a save from an earlier version of the meeting, after a site update', () => {
  it('resumes with the choices that still exist, says what changed once, keeps the old save, and plays on', async () => {
    const browser = await openBrowser();
    const page = await browser.newPage();
    await page.goto(server.url);
    const key = 'take-the-floor/save/unsc-2024-10-30-ukraine-dprk/SLE/';
    // Made with version 1: one of its options ("a3-deployment-withdrawn") is no longer in the meeting.
    const old = JSON.stringify({
      format: 'take-the-floor/save', saveVersion: 1, scenarioId: 'unsc-2024-10-30-ukraine-dprk', scenarioVersion: 1, seat: 'SLE', seed: 7, mode: 'standard',
      choices: [{ type: 'begin' }, ...Array(8).fill({ type: 'continue' }),
        { type: 'pick', topic: 'deployment', option: 'a3-deployment-withdrawn' },
        { type: 'pick', topic: 'sanctions', option: 'a3-sanctions-comply' },
        { type: 'pick', topic: 'action', option: 'a3-action-negotiate' }],
      name: 'Ana', savedAt: 1,
    });
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, old]);
    await page.reload();
    await page.waitForSelector('#continue');
    expect(await page.textContent('#continue')).toContain('made with an earlier version of this meeting — your choices are carried over where they still exist');
    await activate(page, 'continue');
    await page.waitForSelector('#carried');
    expect(await page.getAttribute('#carried', 'role')).toBe('status');
    expect((await page.textContent('#carried'))!.replace(/\s+/g, ' ')).toBe(
      'This meeting was updated after you saved it: your choices are carried over where they still exist.'
      + 'Your choice “a3-deployment-withdrawn” on “The reported deployment” is no longer in this version of the meeting: choose again.'
      + 'Play on from there.',
    );
    expect(await page.isChecked('#pick-a3-sanctions-comply')).toBe(true);
    expect(await page.isChecked('#pick-a3-action-negotiate')).toBe(true);
    await screenshot(page, 'save-carried-over');
    // The old save is kept as it was; the game now saves under the current version.
    const stored = await page.evaluate((k) => [localStorage.getItem(k), localStorage.getItem(`${k}/earlier-v1`)], key);
    expect(JSON.parse(stored[0]!)).toMatchObject({ scenarioVersion: 2, name: 'Ana' });
    expect(stored[1]).toBe(old);
    // Shown once: the next move takes it away, and the meeting plays to its end.
    await chooseRadio(page, 'topic-deployment', 'pick-a3-deployment-allegations');
    await page.waitForSelector('#carried', { state: 'detached' });
    await finish(page);
    await activate(page, 'home');
    await page.waitForSelector('.saved-list');
    const list = await page.$$eval('.saved-list li', (items) => items.map((li) => li.textContent ?? ''));
    expect(list).toHaveLength(2);
    expect(list.filter((text) => text.includes('made with an earlier version'))).toHaveLength(1);
    expect(list.filter((text) => text.includes('finished'))).toHaveLength(1);
    await browser.close();
  });
});
