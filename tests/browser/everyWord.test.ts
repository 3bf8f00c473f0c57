/**
 * Every word of the meeting is on screen when it is said: a step that also moves the meeting to its
 * next stage never folds away the speech it gave (the briefing, the speech before your turn, the
 * attack that leads to a reply, the answers and the President's closing before the outcome), the
 * newest speech is in view with Continue still focused, and a screen only says what moved when
 * something did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, chooseRadio, focusedId } from './support/keyboard';
import { axeViolations, screenshot } from './support/checks';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: BrowserContext;
beforeAll(async () => { server = await serveDist(); browser = await openBrowser({ width: 1440, height: 900 }); });
afterAll(async () => { await browser?.close(); await server?.close(); });

const heading = async (page: Page) => (await page.textContent('#screen-heading'))?.trim() ?? '';
/** The speeches in "On the floor now": speaker and text. */
const onTheFloor = (page: Page) => page.$$eval('#transcript-heading + ol > li', (items) => items.map((li) => li.textContent ?? ''));
const inView = (page: Page, selector: string) => page.$eval(selector, (el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight;
});

async function newGame(page: Page, seat: string, seed: number) {
  await page.goto(`${server.url}?seed=${seed}`);
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  await page.reload();
  await activate(page, 'new-game');
  await activate(page, `seat-${seat}`);
  await activate(page, 'begin-top');
}

describe('every word of the meeting, on screen when it is said', () => {
  it('shows the briefing as it is given, and each speech after it, newest in view with Continue focused', async () => {
    const page = await browser.newPage();
    await newGame(page, 'KOR', 2024);
    // The opening moves the meeting on to the speakers' list: the President and the briefer are still on screen.
    await activate(page, 'continue');
    expect(await heading(page)).toBe("The speakers' list");
    const opening = (await onTheFloor(page)).join(' ');
    expect(opening).toContain('Jenča');
    expect(opening).toContain('President');
    await screenshot(page, 'every-word-briefing');
    for (let i = 0; i < 20 && (await page.$('#continue')); i++) {
      await page.keyboard.press('Enter');
      if (!(await page.$('#continue'))) break;
      expect(await focusedId(page), `step ${i}`).toBe('continue');
      expect((await onTheFloor(page)).length, `step ${i}`).toBeGreaterThan(0);
      expect(await inView(page, '#transcript-heading + ol > li:last-child'), `step ${i}: the newest speech is in view`).toBe(true);
      expect(await inView(page, '#continue'), `step ${i}: Continue is in view`).toBe(true);
      expect(await page.$$eval('.moved p', (ps) => ps.map((p) => p.textContent))).toEqual([]);
    }
    // The speech given just before the player's turn is on the screen of that turn.
    expect(await heading(page)).toBe('Your turn');
    expect((await onTheFloor(page)).length).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows, at the right of reply, what each attacker said, and before the outcome, the answers and the President closing the meeting', async () => {
    const page = await browser.newPage();
    await newGame(page, 'RUS', 7);
    for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
    expect(await heading(page)).toBe('Your turn');
    await activate(page, 'deliver');
    for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
    expect(await heading(page)).toBe('Right of reply');
    const attackers = await page.textContent('#attacks');
    const attacks = await page.$$eval('#attacks blockquote', (qs) => qs.map((q) => q.textContent ?? ''));
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) expect(a.length).toBeGreaterThan(20);
    expect(attackers).toContain('Ukraine');
    await screenshot(page, 'every-word-reply');
    await activate(page, 'reply-submit');
    expect(await heading(page)).toBe('The outcome');
    const closing = (await onTheFloor(page)).join(' ');
    expect(closing).toContain('adjourns the meeting');
    expect(await page.$('.moved')).not.toBeNull();
    await screenshot(page, 'every-word-outcome');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('has a presiding player close the meeting in its own words, said before the outcome', async () => {
    const page = await browser.newPage();
    await newGame(page, 'CHE', 7);
    await activate(page, 'chair-submit');
    for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
    await activate(page, 'deliver');
    for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
    if ((await heading(page)) === 'Right of reply') await activate(page, 'reply-submit');
    expect(await heading(page)).toBe('Closing the meeting');
    const words = await page.$$eval('#adjourn .option-text', (els) => els.map((e) => e.textContent ?? ''));
    expect(words.length).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'every-word-president-closes');
    await chooseRadio(page, 'adjourn-option', 'adjourn-close-thanks');
    await activate(page, 'adjourn-submit');
    expect(await heading(page)).toBe('The outcome');
    expect((await onTheFloor(page)).join(' ')).toContain('I thank Assistant Secretary-General Jenča');
    await page.close();
  });
});
