/**
 * The meeting as a new user meets it: a click on Deliver right after typing lands, every step says
 * what moved and why, the meters' meanings and the glossary are a keypress away, the modes show
 * what they promise, and a phone shows one topic at a time with the meters in view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, chooseRadio, focusedId, tabTo } from './support/keyboard';
import { axeViolations, screenshot } from './support/checks';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: BrowserContext;
beforeAll(async () => { server = await serveDist(); browser = await openBrowser(); });
afterAll(async () => { await browser?.close(); await server?.close(); });

const heading = async (page: Page) => (await page.textContent('#screen-heading'))?.trim() ?? '';

/** Each test starts as a fresh Chromebook would: no saved games in the browser. */
async function toYourTurn(page: Page, query: string, seat: string) {
  await page.goto(`${server.url}?${query}`);
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  await page.reload();
  await activate(page, 'new-game');
  await activate(page, `seat-${seat}`);
  await activate(page, 'begin-top');
  for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
  expect(await heading(page)).toBe('Your turn');
}

describe('what a new user reads', () => {
  it('names the game once in the tab and on the title card, the group once on a seat card, and the mode in a sentence', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}?seed=4`);
    await page.waitForSelector('#new-game');
    expect(await page.title()).toBe('Take the Floor');
    expect(await page.textContent('.meeting-card h2')).toBe('The meeting: DPRK troops and the war in Ukraine');
    await activate(page, 'new-game');
    expect(await page.title()).toBe('Choose your seat — Take the Floor');
    const cards = await page.$$eval('.seat', (els) => els.map((e) => e.textContent ?? ''));
    expect(cards).toHaveLength(15);
    for (const card of cards) expect(card.match(/permanent member|elected member/gi), card).toHaveLength(1);
    await screenshot(page, 'seat-cards');
    await activate(page, 'seat-FRA');
    expect(await page.textContent('.preparation > p.help')).toMatch(/^Each option shows only which way it moves the meters\./);
    await page.close();
  });
});

describe('the statement builder', () => {
  it('takes the first click on Deliver after a closing sentence was typed', async () => {
    const page = await browser.newPage();
    await toYourTurn(page, 'seed=2024', 'KOR');
    await chooseRadio(page, 'topic-deployment', 'pick-kor-deployment-nis');
    await page.click('#closing');
    await page.keyboard.type('We will answer with prudence.');
    await page.click('#deliver');
    expect(await heading(page)).toBe('Reactions');
    expect(await page.textContent('.transcript')).toContain('We will answer with prudence.');
    await page.close();
  });

  it('keeps focus moving forward when Tab leaves the closing sentence', async () => {
    const page = await browser.newPage();
    await toYourTurn(page, 'seed=2024', 'KOR');
    await tabTo(page, 'closing');
    await page.keyboard.type('Prudence and resolve.');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('deliver');
    expect(await page.textContent('.draft')).toContain('Prudence and resolve.');
    await page.close();
  });

  it('offers each seat its own options in its own voice', async () => {
    const page = await browser.newPage();
    await toYourTurn(page, 'seed=5', 'RUS');
    const texts = await page.$$eval('.option-text', (els) => els.map((e) => e.textContent ?? ''));
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.join(' ')).not.toMatch(/Russia has committed|We call on Russia/);
    expect(texts.join(' ')).toContain('mere assertions');
    await page.close();
  });
});

describe('what moved, and why', () => {
  it('says after every step what moved, by how much and why, with the source', async () => {
    const page = await browser.newPage();
    await toYourTurn(page, 'seed=2024', 'KOR');
    await chooseRadio(page, 'topic-deployment', 'pick-kor-deployment-nis');
    await chooseRadio(page, 'topic-sanctions', 'pick-kor-sanctions-illegal');
    await activate(page, 'deliver');
    const moved = await page.$$eval('.moved li', (els) => els.map((e) => e.textContent ?? ''));
    // One line per cause: what was said, then each meter it moved.
    expect(moved.some((m) => /^You said “What our service found”: .*Credibility [+−]\d+, now \d+ \(\w+\)/.test(m))).toBe(true);
    expect(moved.some((m) => /Coalition \+\d+, now \d+ .*joined you: /.test(m))).toBe(true);
    expect(moved.some((m) => /— ¶\d+/.test(m))).toBe(true);
    // Each speaker's turn says what its speech and its response did.
    await activate(page, 'continue');
    const next = await page.$$eval('.moved li, .moved p', (els) => els.map((e) => e.textContent ?? ''));
    expect(next.length).toBeGreaterThan(0);
    await screenshot(page, 'kor-what-moved');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('gives each meter its band\'s tone, always with the band written beside it', async () => {
    const page = await browser.newPage();
    await toYourTurn(page, 'seed=9', 'USA');
    const bars = await page.$$eval('.meter-list dd', (els) => els.map((e) => ({ tone: e.className, text: e.textContent ?? '' })));
    expect(bars).toHaveLength(3);
    for (const b of bars) {
      expect(b.tone).toMatch(/^tone-(good|fair|poor|bad)$/);
      expect(b.text).toMatch(/\d+ of \d+ · \w+/);
    }
    await page.close();
  });
});

describe('one keypress away', () => {
  it('M shows what the meters mean, G the briefing pack and glossary, Escape closes them', async () => {
    const page = await browser.newPage();
    await toYourTurn(page, 'seed=4', 'SLE');
    await page.keyboard.press('m');
    expect(await page.textContent('#help-meters')).toContain('How much the meeting raises tension');
    expect(await focusedId(page)).toBe('help-meters-heading');
    await page.keyboard.press('Escape');
    expect(await page.$('#help-meters')).toBeNull();
    await page.keyboard.press('g');
    const reference = await page.textContent('#help-reference');
    expect(reference).toContain('Glossary');
    expect(reference).toContain('Briefing pack');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'sle-reference');
    await page.close();
  });

  it('Escape gives focus back to the control that opened the panel, or the jargon link', async () => {
    const page = await browser.newPage();
    await toYourTurn(page, 'seed=4', 'SLE');
    await tabTo(page, 'open-meters');
    await page.keyboard.press('m');
    expect(await focusedId(page)).toBe('help-meters-heading');
    await page.keyboard.press('Escape');
    expect(await focusedId(page)).toBe('open-meters');
    await activate(page, 'open-reference');
    await page.keyboard.press('Escape');
    expect(await page.$('#help-reference')).toBeNull();
    expect(await focusedId(page)).toBe('open-reference');
    // A link in the builder opens its glossary entry; Escape comes back to that link.
    const href = await page.$eval('.builder a.jargon', (e) => { e.id = 'builder-jargon'; return e.getAttribute('href'); });
    await activate(page, 'builder-jargon');
    expect(await focusedId(page)).toMatch(/^gloss-/);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    await page.close();
  });

  it('links jargon to its glossary entry the first time it appears on a screen', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}?seed=4`);
    await activate(page, 'new-game');
    const links = await page.$$eval('a.jargon', (els) => els.map((e) => e.textContent));
    expect(links).toContain('P5');
    expect(links.filter((l) => l === 'P5')).toHaveLength(1);
    const first = await page.$eval('a.jargon', (e) => e.id || (e.id = 'first-jargon'));
    await activate(page, first);
    expect(await focusedId(page)).toMatch(/^gloss-/);
    expect(await page.textContent('#help-reference')).toContain('Glossary');
    await page.close();
  });
});

describe('modes', () => {
  it('guided shows verdicts and tracks the instructions; briefing room shows no preview', async () => {
    const guided = await browser.newPage();
    await toYourTurn(guided, 'seed=3&mode=guided', 'JPN');
    expect(await guided.textContent('.builder')).toMatch(/\((good for you|costs you)\)/);
    const statuses = await guided.$$eval('.tracker .status', (els) => els.map((e) => e.textContent));
    expect(statuses.length).toBeGreaterThan(1);
    expect(statuses.every((s) => /On track|At risk|Kept|About to be crossed/.test(s ?? ''))).toBe(true);
    await guided.close();
    const standard = await browser.newPage();
    await toYourTurn(standard, 'seed=3', 'JPN');
    const preview = await standard.textContent('.builder');
    expect(preview).toContain('Likely effect:');
    expect(preview).not.toMatch(/good for you|costs you|Warms:/);
    await standard.close();
    const briefing = await browser.newPage();
    await toYourTurn(briefing, 'seed=3&mode=briefing', 'JPN');
    expect(await briefing.$('.preview')).toBeNull();
    await briefing.close();
  });
});

describe('the end of the meeting', () => {
  it('names every attacker in the reply, lets the attacker answer, and has the President close', async () => {
    const page = await browser.newPage();
    await toYourTurn(page, 'seed=1030', 'RUS');
    await chooseRadio(page, 'topic-deployment', 'pick-rus-deployment-assertions');
    await activate(page, 'deliver');
    for (let i = 0; i < 20 && (await page.$('#continue')); i++) await activate(page, 'continue');
    expect(await heading(page)).toBe('Right of reply');
    // Whoever named Russia, before its turn or after, attacked it: the reply names them all, and quotes each.
    const attacked = await page.textContent('.action');
    expect(attacked).toMatch(/Attacked by: .*United Kingdom.*United States.*Ukraine/);
    expect(await page.$$eval('#attacks li', (items) => items.length)).toBeGreaterThanOrEqual(4);
    expect(await page.textContent('#reply')).toMatch(/the representatives of .*the United Kingdom.*Ukraine/);
    await chooseRadio(page, 'reply-option', 'reply-rus-reply-sharp');
    await activate(page, 'reply-submit');
    expect(await heading(page)).toBe('The outcome');
    await page.close();
  });
});

describe('a phone', () => {
  it('opens the next topic at its question, with focus on it', async () => {
    const phone = await openBrowser({ width: 360, height: 740 });
    const page = await phone.newPage();
    await toYourTurn(page, 'seed=2024', 'KOR');
    await activate(page, 'next-deployment');
    const topic = await page.evaluate(() => {
      const current = document.querySelector('.builder .topic.current')!;
      const box = (e: Element) => e.getBoundingClientRect();
      return { id: current.id, focused: document.activeElement?.id, legend: box(current.querySelector('legend')!).top, question: box(current.querySelector('.topic-prompt')!).bottom, budget: box(document.querySelector('.budget')!).bottom };
    });
    expect(topic.focused).toBe(topic.id);
    expect(topic.legend).toBeGreaterThanOrEqual(topic.budget - 1);
    expect(topic.question).toBeLessThanOrEqual(740);
    await screenshot(page, 'phone-next-topic');
    await phone.close();
  });

  it('shows one topic at a time with the meters in view', async () => {
    const phone = await openBrowser({ width: 360, height: 740 });
    const page = await phone.newPage();
    await toYourTurn(page, 'seed=2024', 'KOR');
    const visible = await page.$$eval('.builder .topic', (els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.id));
    expect(visible).toEqual(['topic-deployment']);
    expect(await page.isVisible('.meter-strip')).toBe(true);
    await activate(page, 'next-deployment');
    const after = await page.$$eval('.builder .topic', (els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.id));
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe('topic-deployment');
    const height = await page.evaluate(() => document.querySelector('.builder')!.getBoundingClientRect().height);
    await screenshot(page, 'phone-builder');
    // One topic at a time: the builder is a few screens long, not twenty-six.
    expect(height / 740).toBeLessThan(6);
    await phone.close();
  });
});
