/**
 * The class summary as a teacher uses it: codes pasted (one twice), the table beside the CSV, the
 * CSV opened by a spreadsheet, and the page printed on A4 and read on a 360 px phone with every
 * word whole.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, tabTo } from './support/keyboard';
import { axeViolations, screenshot } from './support/checks';
import { realScenario } from '../support/scenario';
import { botPlay } from '../support/bot';
import { encodeRun, runOf } from '../../src/engine';
import { makeClassSecret, signRunCode } from '../../src/live/signature';

const s = realScenario();
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: BrowserContext;
beforeAll(async () => { server = await serveDist(); browser = await openBrowser(); });
afterAll(async () => { await browser?.close(); await server?.close(); });

async function pasteCodes(page: Page, codes: string[]) {
  await page.goto(server.url);
  await activate(page, 'for-teachers');
  await activate(page, 'to-summary');
  await tabTo(page, 'codes');
  await page.keyboard.insertText(codes.join('\n'));
  await activate(page, 'codes-go');
  await page.waitForFunction(() => !document.querySelector('#runs td.checking'));
}

/** Words drawn over two lines, in the summary's text: none may be ("Escala / tion"). */
const brokenWords = (page: Page) => page.evaluate(() => {
  const broken: string[] = [];
  for (const el of document.querySelectorAll('.class-summary :is(p, li, td, th, h2, h3)')) {
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      // A hyphen or a slash is a place a line may end; a word is what lies between them.
      for (const m of node.textContent!.matchAll(/[^\s\-–—/]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
});

const seats = ['MOZ', 'CHE', 'GBR', 'SLE', 'DZA', 'USA', 'RUS', 'CHN', 'KOR', 'JPN', 'ECU', 'GUY'];
const names = ['Zoë Brontë', 'Şükrü Çelik', 'Ana', 'Ben', 'Chi', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo'];

describe('the class summary', () => {
  it('counts a code pasted twice once and says so, with "1 run" in the singular', async () => {
    const code = encodeRun(s, runOf(s, botPlay(s, 'MOZ', 41), 'Zoë'));
    const page = await browser.newPage();
    await pasteCodes(page, [code, `Zoë again: ${code}`]);
    expect(await page.textContent('#summary-count')).toBe('1 run read; 0 lines not read.');
    expect(await page.textContent('#summary-duplicates')).toBe('A code was pasted twice and counted once: line 2 repeats line 1.');
    expect(await page.$$eval('#runs tbody tr', (trs) => trs.length)).toBe(1);
    expect(await page.textContent('.seat-choices h3')).toBe('Republic of Mozambique: 1 run');
    await page.close();
  });

  it('shows mode, seed and red lines as the CSV does, and the CSV keeps its accents in a spreadsheet', async () => {
    const runs = seats.map((seat, i) => ({ seat, state: { ...botPlay(s, seat, 700 + i), mode: i % 3 === 0 ? 'briefing' as const : 'guided' as const }, name: names[i]! }));
    const codes = runs.map((r) => encodeRun(s, runOf(s, r.state, r.name)));
    const page = await browser.newPage();
    await pasteCodes(page, codes);
    expect(await page.textContent('#summary-count')).toBe('12 runs read; 0 lines not read.');
    const table = await page.$$eval('#runs tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    const [download] = await Promise.all([page.waitForEvent('download'), activate(page, 'csv')]);
    const bytes = readFileSync((await download.path())!);
    // A spreadsheet reads a file as UTF-8 only when it starts with the byte order mark.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8').trim().split('\r\n').map((l) => l.split(','));
    const header = csv[0]!;
    const columns = table[0]!;
    runs.forEach((r, i) => {
      const row = table[i + 1]!;
      const inTable = (name: string) => row[columns.indexOf(name)];
      const inCsv = (name: string) => csv[i + 1]![header.indexOf(name)];
      expect(inTable('Name')).toBe(r.name);
      expect(inCsv('Name')).toBe(r.name);
      expect(inTable('Mode')).toBe({ guided: 'Guided', standard: 'Standard', briefing: 'Briefing room' }[r.state.mode]);
      expect(inCsv('Mode')).toBe(r.state.mode);
      expect(inTable('Seed')).toBe(inCsv('Seed'));
      expect(inTable('Red lines crossed')).toBe(`${inCsv('Red lines crossed')} / ${inCsv('Red lines')}`);
    });
    await page.close();
  });

  it('prints on A4 and reads on a 360 px phone without breaking a word or overflowing', async () => {
    const dee = await signRunCode(encodeRun(s, { ...runOf(s, botPlay(s, 'KOR', 3), 'Dee'), heard: { opening: s.presidency.options[0]!.id, statements: {} } }), 'BCDFGHJKM', makeClassSecret());
    const codes = [...seats.map((seat, i) => encodeRun(s, runOf(s, botPlay(s, seat, 800 + i), names[i]!))), dee];
    // An A4 page's width inside the record's 12 mm margins, at 96 px to the inch.
    const paper = await openBrowser({ width: 703, height: 1000 });
    const page = await paper.newPage();
    await pasteCodes(page, codes);
    await page.emulateMedia({ media: 'print' });
    expect(await brokenWords(page)).toEqual([]);
    expect(await page.evaluate(() => document.getElementById('runs')!.getBoundingClientRect().right)).toBeLessThanOrEqual(703);
    await screenshot(page, 'class-summary-print-a4');
    await paper.close();
    const phone = await openBrowser({ width: 360, height: 740 });
    const small = await phone.newPage();
    await pasteCodes(small, codes);
    expect(await brokenWords(small)).toEqual([]);
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(small)).toEqual([]);
    await screenshot(small, 'class-summary-phone');
    await phone.close();
  });
});
