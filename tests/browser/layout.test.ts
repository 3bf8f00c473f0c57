/**
 * From a 360-px phone to a 1920-px projector: no sideways scrolling, axe-clean, the chamber drawn
 * to fit; Phaser is not fetched until a meeting is on screen; reduced motion reaches the drawing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate } from './support/keyboard';
import { axeViolations, screenshot } from './support/checks';

let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => { server = await serveDist(); });
afterAll(async () => { await server?.close(); });

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function toYourTurn(page: Page, seat: string) {
  await activate(page, 'new-game');
  await activate(page, `seat-${seat}`);
  await activate(page, 'begin-top');
  for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
}

describe('screen sizes', () => {
  for (const [name, viewport] of [['phone', { width: 360, height: 740 }], ['projector', { width: 1920, height: 1080 }]] as const) {
    it(`${name} (${viewport.width} px): no sideways scrolling, no axe violation, the chamber fits`, async () => {
      const browser = await openBrowser(viewport, { reducedMotion: 'reduce' });
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(`${server.url}?seed=3`);
      await page.waitForSelector('#screen-heading');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-title`);
      await toYourTurn(page, 'MLT');
      await page.waitForSelector('#chamber canvas', { timeout: 30_000 });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await page.getAttribute('#chamber', 'data-motion')).toBe('reduced');
      const box = await page.$eval('#chamber canvas', (c) => { const r = c.getBoundingClientRect(); return { w: r.width, right: r.right }; });
      expect(box.right).toBeLessThanOrEqual(viewport.width);
      expect(box.w).toBeGreaterThan(200);
      await page.waitForTimeout(300);
      await screenshot(page, `${name}-your-turn`);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await browser.close();
    });
  }
});

describe('a fast start', () => {
  it('fetches Phaser only once a game has begun, while the player prepares, and only once', async () => {
    const browser = await openBrowser();
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(server.url);
    await activate(page, 'new-game');
    expect(requested.filter((u) => /phaser/i.test(u))).toEqual([]);
    const phaser = page.waitForResponse((r) => /phaser/i.test(r.url()));
    await activate(page, 'seat-GUY');
    await phaser;
    expect(requested.every((u) => u.startsWith(server.url))).toBe(true);
    await activate(page, 'begin-top');
    await activate(page, 'continue');
    await page.waitForSelector('#chamber canvas', { timeout: 30_000 });
    expect(requested.filter((u) => /phaser/i.test(u)).length).toBe(1);
    // Nothing is fetched from outside the site.
    expect(requested.filter((u) => !u.startsWith(server.url))).toEqual([]);
    await browser.close();
  });
});

describe('an odd link', () => {
  it('shows a seat or seed it cannot use back as plain text, and the game goes on', async () => {
    const browser = await openBrowser();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
    await page.goto(`${server.url}?seat=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&seed=12abc`);
    await activate(page, 'new-game');
    const notices = await page.$$eval('.notice', (els) => els.map((e) => e.textContent));
    expect(notices).toEqual([
      'The link asked for seat “<img src=x onerror=alert(1)>”, which is not on the Council in this meeting. Choose a seat below.',
      'The link’s seed “12abc” is not a whole number, so this game uses a fresh one.',
    ]);
    expect(await page.$('.notice img')).toBeNull();
    await activate(page, 'seat-ECU');
    expect(await page.textContent('#screen-heading')).toBe('Preparation: Republic of Ecuador');
    expect(errors).toEqual([]);
    await browser.close();
  });
});

describe('a teacher\'s link', () => {
  it('?seat= says which seat the link gives, at the top of the screen, and starts it', async () => {
    const browser = await openBrowser({ width: 360, height: 740 });
    const page = await browser.newPage();
    await page.goto(`${server.url}?seat=kor&seed=4`);
    await activate(page, 'new-game');
    expect(await page.textContent('.banner')).toContain('Your teacher\'s link gives you the seat of Republic of Korea.');
    const box = await page.$eval('#take-linked', (b) => b.getBoundingClientRect().bottom);
    expect(box).toBeLessThan(740);
    expect(await page.$$eval('.seat.suggested h2', (els) => els.map((e) => e.textContent))).toEqual(['Republic of Korea']);
    await activate(page, 'take-linked');
    expect(await page.textContent('#screen-heading')).toBe('Preparation: Republic of Korea');
    await browser.close();
  });

  it('sorts the seats by the name a student looks for', async () => {
    const browser = await openBrowser();
    const page = await browser.newPage();
    await page.goto(server.url);
    await activate(page, 'new-game');
    const names = await page.$$eval('.seat h2', (els) => els.map((e) => e.textContent ?? ''));
    // Elected members after the five permanent ones, Algeria first.
    expect(names[5]).toBe('People\'s Democratic Republic of Algeria');
    await browser.close();
  });
});
