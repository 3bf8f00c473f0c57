/**
 * The game in the pseudo-locale (every word accented and about 40% longer, tools/i18n/pseudo.ts), on a
 * 360 px phone: any words left in plain English skipped the catalogs (a hard-coded string), and any
 * page wider than the screen or text pushed out of its box will overflow in a longer language.
 */
import { execSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate } from './support/keyboard';
import { screenshot } from './support/checks';
import { playByKeyboard, type KeyboardPlan } from './support/playByKeyboard';

const DIST = 'node_modules/.cache/take-the-floor/pseudo-dist';
const CHE: KeyboardPlan = { seat: 'CHE', seed: 7, chair: 'chair-restraint', picks: { deployment: 'che-deployment-troubling', sanctions: 'che-sanctions-clear', action: 'che-action-ihl' }, reply: 'neutral-reply-correct' };

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: BrowserContext;
let runCode = '';

/** Text on screen with no accented letter at all: English that never went through t() or the scenario. */
function plainEnglish(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      // Codes are Latin on purpose, and what a person typed is theirs; each language's own name is
      // written in that language; the page's words for a browser without JavaScript are in its
      // HTML, before any language is known.
      if (el.closest('script, style, noscript, code, textarea, nav.languages, .visually-hidden[aria-live]') || el.closest('[hidden]')) continue;
      // An address is an address in any language.
      if (/^https?:\/\//.test(n.textContent!.trim())) continue;
      const text = n.textContent!.trim();
      if (/[A-Za-z]{3,}/.test(text) && !/[À-ɏ]/.test(text)) found.push(`${el.tagName.toLowerCase()}#${el.id}: ${text.slice(0, 60)}`);
    }
    // Words a screen reader says or a tooltip shows count as much as those on screen.
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const text = el.getAttribute(name) ?? '';
        if (/[A-Za-z]{3,}/.test(text) && !/[À-ɏ]/.test(text)) found.push(`${el.tagName.toLowerCase()}#${el.id} [${name}]: ${text.slice(0, 60)}`);
      }
    }
    return found;
  });
}

/** Boxes the longer words no longer fit: the page wider than the phone, or a control's text outside it. */
function overflow(p: Page): Promise<{ wide: number; spilled: string[] }> {
  return p.evaluate(() => ({
    wide: document.documentElement.scrollWidth - window.innerWidth,
    spilled: [...document.querySelectorAll('button, label, h1, h2, h3, .badge, .speaker')]
      .filter((el) => !el.closest('.visually-hidden') && el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflowX !== 'visible')
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}: ${el.textContent?.slice(0, 40)}`),
  }));
}

async function check(p: Page, what: string) {
  await screenshot(p, `pseudo-${what}`);
  expect(await plainEnglish(p), `${what}: text that is not in the catalogs`).toEqual([]);
  const o = await overflow(p);
  expect(o.wide, `${what}: the page is wider than the phone`).toBeLessThanOrEqual(0);
  expect(o.spilled, `${what}: text outside its box`).toEqual([]);
}

beforeAll(async () => {
  execSync(`npx vite build --configLoader runner --logLevel error --outDir ${DIST} --emptyOutDir`, { env: { ...process.env, TTF_PSEUDO: '1' }, stdio: 'pipe' });
  server = await serveDist(DIST);
  browser = await openBrowser({ width: 360, height: 740 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PRINTABLES = ['roles', 'observer', 'press', 'rubric', 'notes'];

describe('the pseudo-locale on a phone', () => {
  it('leaves no word of the meeting in plain English and nothing outside its box, from the title to the debrief', async () => {
    const p = await browser.newPage();
    const seen = new Set<string>();
    await playByKeyboard(p, `${server.url}?lang=qps&seed=${CHE.seed}`, CHE, async (what) => {
      if (seen.has(what)) return;
      seen.add(what);
      await check(p, what);
    });
    await activate(p, 'debrief-more-open');
    await check(p, 'debrief-open');
    runCode = (await p.textContent('#run-code'))!.trim();
  });

  it('leaves none in the other screens a student or teacher opens from the title', async () => {
    const p = await browser.newPage();
    for (const [button, what] of [['about', 'about'], ['for-teachers', 'teacher'], ['join-class', 'join'], ['open-code', 'code']] as const) {
      await p.goto(`${server.url}?lang=qps`);
      await p.waitForSelector(`#${button}`);
      await activate(p, button);
      await p.waitForFunction((b) => !document.getElementById(b), button);
      await p.waitForSelector('#screen-heading');
      await check(p, what);
    }
  });

  it('leaves none on the teacher\'s seat plan, printables and class summary (the CSV included)', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}?lang=qps`);
    await activate(p, 'for-teachers');
    await activate(p, 'deal-go');
    await p.waitForSelector('#plan-heading');
    await check(p, 'teacher-plan');
    await activate(p, 'to-printables');
    await p.waitForSelector('#printable-roles');
    await check(p, 'printables');
    for (const printable of PRINTABLES) {
      await activate(p, `printable-${printable}`);
      await p.waitForSelector('#printables-back');
      await check(p, `printable-${printable}`);
      await activate(p, 'printables-back');
    }
    await activate(p, 'back-to-teacher');
    await activate(p, 'to-summary');
    await activate(p, 'codes');
    await p.keyboard.type(runCode);
    await activate(p, 'codes-go');
    await p.waitForSelector('#csv:not([disabled])');
    await check(p, 'summary');
    const [download] = await Promise.all([p.waitForEvent('download'), activate(p, 'csv')]);
    const csv = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    // Every column name and every word of the run in the CSV is in the teacher's language; the mode
    // stays its id (guided, standard, briefing), as the seed stays a number and the code a code.
    for (const cell of [...header!.split(','), ...row!.split(',')]) {
      if (/[A-Za-z]{3,}/.test(cell) && !cell.startsWith('TF1.') && !['guided', 'standard', 'briefing'].includes(cell)) expect(cell, 'a CSV cell in plain English').toMatch(/[À-ɏ]/);
    }
  });
});
