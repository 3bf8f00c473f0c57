/**
 * A game fits a lesson: from the title to the first screen of the debrief, a player reads at most
 * 4,000 words on screen and presses at most 60 keys, of which at most 15 are Continue. Each seat
 * plays its delegation's recorded statement (or a three-topic one) by keyboard; words are counted
 * as a reader meets them: each visible line of text the first time it appears (quotation marks
 * aside, so an option's words read in the builder are not counted again in the statement), not
 * what only a screen reader hears.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, chooseRadio, tabTo } from './support/keyboard';
import { screenshot } from './support/checks';
import { realScenario } from '../support/scenario';
import { recordedStatement } from '../support/recorded';
import { topicsFor } from '../../src/engine';

const scenario = realScenario();
const SEATS = process.env.LESSON_SEATS ? process.env.LESSON_SEATS.split(',') : ['KOR', 'RUS', 'CHE', 'DZA'];
export const WORDS_MAX = 4_000;
export const PRESSES_MAX = 60;
export const CONTINUES_MAX = 15;

/** The delegation's recorded statement, or for a seat whose statement was not found, the first option of its first three topics. */
function statementFor(seat: string): Record<string, string> {
  const recorded = recordedStatement(scenario, seat);
  if (Object.keys(recorded).length > 0) return recorded;
  return Object.fromEntries(topicsFor(scenario, seat).slice(0, 3).map(({ topic, options }) => [topic.id, options[0]!.id]));
}

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: BrowserContext;

beforeAll(async () => {
  server = await serveDist();
  browser = await openBrowser({ width: 1440, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Counts the words on screen the reader has not seen before. */
function reader(page: Page, counted: () => number = () => 0) {
  const seen = new Set<string>();
  let words = 0;
  return {
    async look() {
      // What a sighted reader sees: the page's rendered text, without what only a screen reader hears,
      // and without the list of languages (each its own name, read only by one looking for theirs).
      const lines: string[] = await page.evaluate(() => {
        const hidden = [...document.querySelectorAll<HTMLElement>('#app .visually-hidden, #app nav.languages')];
        for (const e of hidden) e.style.display = 'none';
        const text = document.getElementById('app')!.innerText;
        for (const e of hidden) e.style.display = '';
        return text.split('\n').map((l) => l.trim().replace(/ …(?=[”"]?$)/, '').replace(/^[“"]|[”"]$/g, '')).filter(Boolean);
      });
      const fresh = [...new Set(lines)].filter((line) => !seen.has(line));
      for (const line of fresh) words += line.split(/\s+/).length;
      if (process.env.LESSON_DUMP) (await import('node:fs')).appendFileSync(process.env.LESSON_DUMP, `\n===== ${await page.textContent('#screen-heading')} (+${fresh.reduce((n, l) => n + l.split(/\s+/).length, 0)}) presses so far ${counted()}\n${fresh.join('\n')}\n`);
      for (const line of fresh) seen.add(line);
    },
    get words() { return words; },
  };
}

async function heading(page: Page) {
  return (await page.textContent('#screen-heading'))?.trim() ?? '';
}

async function playByKeyboard(page: Page, seat: string) {
  let presses = 0;
  let continues = 0;
  const press = page.keyboard.press.bind(page.keyboard);
  page.keyboard.press = async (key, options) => { presses++; return press(key, options); };
  const read = reader(page, () => presses);
  const cont = async () => {
    await tabTo(page, 'continue');
    continues++;
    await page.keyboard.press('Enter');
    await read.look();
  };
  await page.goto(`${server.url}?seed=11`);
  await page.waitForSelector('#new-game');
  await read.look();
  await activate(page, 'new-game');
  await read.look();
  // The shortest way to a seat: Tab to the first seat, then its initial letter until it has focus.
  await tabTo(page, 'seat-CHN');
  const name = scenario.delegations.find((d) => d.id === seat)!.shortName;
  for (let i = 0; i < 15 && (await page.evaluate(() => document.activeElement?.id)) !== `seat-${seat}`; i++) await page.keyboard.press(name[0]!);
  await page.keyboard.press('Enter');
  await read.look();
  await activate(page, 'begin-top');
  await read.look();
  if (seat === scenario.presidency.seat) await activate(page, 'chair-submit');
  else await cont();
  while (await page.$('#continue')) await cont();
  expect(await heading(page)).toBe('Your turn');
  for (const [topic, option] of Object.entries(statementFor(seat))) await chooseRadio(page, `topic-${topic}`, `pick-${option}`);
  await read.look();
  await activate(page, 'deliver');
  await read.look();
  while (await page.$('#continue')) await cont();
  if ((await heading(page)) === 'Right of reply') { await activate(page, 'reply-submit'); await read.look(); }
  if ((await heading(page)) === 'Closing the meeting') { await activate(page, 'adjourn-submit'); await read.look(); }
  expect(await heading(page)).toBe('The outcome');
  await activate(page, 'to-debrief');
  await read.look();
  await screenshot(page, `lesson-${seat}-debrief`);
  return { presses, continues, words: read.words };
}

describe('a game fits a lesson', () => {
  it('on the seat list a letter jumps: to names starting with it, then to any word of a name', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await activate(page, 'new-game');
    await tabTo(page, 'seat-CHN');
    const focused = () => page.evaluate(() => document.activeElement?.id);
    // No name starts with K: any word does (the United Kingdom, then the Republic of Korea).
    for (const want of ['seat-GBR', 'seat-KOR']) { await page.keyboard.press('k'); expect(await focused()).toBe(want); }
    for (const want of ['seat-SLE', 'seat-SVN', 'seat-CHE']) { await page.keyboard.press('s'); expect(await focused()).toBe(want); }
    await page.close();
  });

  for (const seat of SEATS) {
    it(`${seat}: title to debrief within ${WORDS_MAX} words, ${PRESSES_MAX} key presses, ${CONTINUES_MAX} Continue`, async () => {
      const page = await browser.newPage();
      const figures = await playByKeyboard(page, seat);
      console.log(`lesson ${seat}: ${figures.words} words, ${figures.presses} key presses, ${figures.continues} Continue`);
      expect(figures.words).toBeLessThanOrEqual(WORDS_MAX);
      expect(figures.presses).toBeLessThanOrEqual(PRESSES_MAX);
      expect(figures.continues).toBeLessThanOrEqual(CONTINUES_MAX);
      // The debrief opens on its summary; the rest is folded, and the player's own seat leads "What they actually said".
      expect(await page.isVisible('#debrief-summary')).toBe(true);
      expect(await page.$eval('#debrief-more', (d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.$eval('#actually-said', (d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.$eval('.actually-said .actual', (el) => el.id)).toBe(`actual-${seat}`);
      await page.close();
    }, 180_000);
  }
});
