/**
 * A class meeting run as a lesson, keyboard only: the President's screen shows where students join
 * and how the meeting is played; a student on a phone is ready before it opens and cannot miss the
 * floor; a closed tab shows away within five seconds; no reply is lost at the close; the results
 * come to the President with the run codes already collected.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { classBrowsers, classServerWith, joinClass, type TestClass } from './support/classServer';
import { axeViolations, screenshot } from './support/checks';
import { activate, chooseRadio, tabTo } from './support/keyboard';

const CHAIR_KEY = 'lesson-president-key-0123';
const CODE = 'PQRSTVWXY';

let server: TestClass;
const browsers = classBrowsers();
const { problems } = browsers;
const page = browsers.page;

beforeAll(async () => {
  server = await classServerWith({ code: CODE, seed: 1, mode: 'guided', chairKey: CHAIR_KEY, chairName: 'Mr Okafor' });
});

afterAll(async () => {
  await browsers.closeAll();
  await server.stop();
});

const text = (p: Page, selector: string) => p.textContent(selector).then((x) => x?.trim() ?? '');
const planRow = (p: Page, seat: string) => text(p, `#plan-${seat}`);

/** The President gives the floor until the wanted student has it. */
async function floorTo(president: Page, seat: string) {
  for (let i = 0; i < 20; i++) {
    if ((await planRow(president, seat)).includes('has the floor')) return;
    const before = await text(president, '.live-list');
    await activate(president, (await president.$('#move-on')) ? 'move-on' : 'give-floor');
    await president.waitForFunction((b) => document.querySelector('.live-list')?.textContent?.trim() !== b, before);
  }
  throw new Error(`${seat} never had the floor`);
}

describe('a class meeting run as a lesson', () => {
  it('from the door to the results, without losing a student', async () => {
    const president = await page({ width: 1920, height: 1080 });
    await president.goto(`${server.url}?class=${CODE}&chair=${CHAIR_KEY}`);
    await president.waitForSelector('#door-code');
    // Where students go, as text and a QR code drawn in the page, beside the class code.
    expect(await text(president, '#door-code')).toBe('PQR-STV-WXY');
    expect(await president.getAttribute('#door-link', 'href')).toBe(`${server.url}?class=${CODE}`);
    expect(await president.$eval('.class-door svg.qr path', (p) => (p.getAttribute('d') ?? '').length)).toBeGreaterThan(500);
    // Guided by default; the President chooses the mode and seed there, before opening.
    expect(await president.$eval('#setup-mode', (s) => (s as HTMLSelectElement).value)).toBe('guided');
    await tabTo(president, 'setup-seed');
    await president.keyboard.press('Control+A');
    await president.keyboard.type('1030');
    await president.keyboard.press('Tab');

    // A student on a phone joins and is ready before the meeting opens: her brief is open.
    const ana = await page({ width: 360, height: 740 });
    await joinClass(ana, server.url, CODE, 'Ana', 'USA');
    await ana.waitForSelector('#your-brief[open] #brief-instructions');
    const ben = await page();
    await joinClass(ben, server.url, CODE, 'Ben', 'RUS');
    const chi = await page();
    await joinClass(chi, server.url, CODE, 'Chi', 'KOR');
    await president.waitForFunction(() => document.querySelectorAll('.seat-plan tr.held').length === 3);
    await president.waitForFunction(() => (document.querySelector('#setup-seed') as HTMLInputElement).value === '1030');
    await screenshot(president, 'lesson-president-door');
    expect(await axeViolations(president)).toEqual([]);
    await screenshot(ana, 'lesson-phone-brief');
    expect(await axeViolations(ana)).toEqual([]);

    // Reopening the site offers the way back, without the code or the name typed again.
    await ana.goto(server.url);
    await activate(ana, 'rejoin-class');
    await ana.waitForSelector('#you-heading');

    await chooseRadio(ana, 'topic-deployment', 'pick-west-deployment-grave');
    await chooseRadio(ben, 'topic-deployment', 'pick-rus-deployment-evenif');
    await activate(president, 'open-meeting');
    await president.waitForSelector('#give-floor');
    // While waiting, how many speak first stays in view.
    await ana.waitForSelector('#floor-bar');
    expect(await text(ana, '#floor-bar')).toMatch(/before you|next/);

    // A closed tab shows away on the President's screen within five seconds (the seat is kept).
    const closedAt = Date.now();
    await chi.close();
    await president.waitForFunction(() => /away/.test(document.querySelector('#plan-KOR')?.textContent ?? ''), undefined, { timeout: 5_000 });
    const awayAfter = Date.now() - closedAt;
    expect(awayAfter).toBeLessThan(5_000);

    // Ana has scrolled into her builder; when the floor comes, the bar is in view, the tab says so and focus is on Deliver.
    await ana.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await floorTo(president, 'USA');
    await ana.waitForFunction(() => document.activeElement?.id === 'floor-deliver');
    expect(await ana.title()).toMatch(/^▶ You have the floor/);
    const bar = await ana.$eval('#floor-bar', (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: window.innerHeight }; });
    expect(bar.top).toBeGreaterThanOrEqual(0);
    expect(bar.bottom).toBeLessThanOrEqual(bar.height);
    expect(await text(ana, '#announcer')).toMatch(/You have the floor/);
    await screenshot(ana, 'lesson-phone-floor', true);
    await ana.keyboard.press('Enter');
    await ana.waitForFunction(() => !document.querySelector('#floor-bar.yours'));

    // To the end of the list, then the rights of reply: every one still owed is listed, asked for or not.
    for (let i = 0; i < 30 && !(await president.$('#owed-list, #close-meeting')); i++) {
      const benFloor = (await planRow(president, 'RUS')).includes('has the floor');
      if (benFloor) { await activate(ben, 'floor-deliver'); await president.waitForFunction(() => !/has the floor/.test(document.querySelector('#plan-RUS')?.textContent ?? '')); continue; }
      const before = await text(president, '.chair-panel');
      await activate(president, (await president.$('#move-on')) ? 'move-on' : 'give-floor');
      await president.waitForFunction((b) => document.querySelector('.chair-panel')?.textContent?.trim() !== b, before);
    }
    await president.waitForSelector('#owed-list');
    expect(await text(president, '#owed-list')).toMatch(/is owed a reply and has not asked/);
    await screenshot(president, 'lesson-president-owed');
    // Closing asks once; the President closes anyway.
    await activate(president, 'close-meeting');
    await president.waitForSelector('#close-confirm');
    expect(await text(president, '#close-confirm')).toMatch(/Still owed a reply: .*stand-in/);
    await activate(president, 'close-anyway');

    // Each student whose reply went unused is told, and the computer's words for a student's seat say they are a stand-in.
    await ana.waitForSelector('#stand-in-told');
    expect(await text(ana, '#live-transcript-heading + ol')).toMatch(/\(the computer, standing in\)/);

    // The results, sized for the projector, with every signed run code collected.
    await president.waitForSelector('#results-heading');
    await president.waitForFunction(() => /collected: 3 of 3/.test(document.querySelector('#codes-collected')?.textContent ?? ''), undefined, { timeout: 15_000 });
    expect(await president.$$eval('.results-table tbody tr', (rows) => rows.length)).toBe(3);
    const size = await president.$eval('.results-table td', (td) => parseFloat(getComputedStyle(td).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    await screenshot(president, 'lesson-president-results');
    expect(await axeViolations(president)).toEqual([]);
    // The CSV is one press away: the three students' rows, each verified by the class server.
    const csvFile = president.waitForEvent('download');
    await activate(president, 'results-csv');
    const csv = readFileSync((await (await csvFile).path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(4);
    expect(csv.match(/verified: class PQR-STV-WXY/g)).toHaveLength(3);
    await activate(president, 'results-summary');
    await president.waitForSelector('#runs');
    await president.waitForFunction(() => document.querySelectorAll('#runs tbody tr').length === 3);
    expect(problems).toEqual([]);
  });
});
