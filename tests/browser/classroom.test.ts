/**
 * The classroom, played as a teacher and students would: a run code round-trips to the same debrief,
 * twelve codes give the right summary and CSV, a class of 31 is dealt seats whose links open the right
 * seat, damaged codes and hostile names are refused or shown as text, the printed record carries the
 * name on one page, the projector view fits 1920×1080 during a vote, and saved games are never
 * silently replaced.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, chooseRadio, tabTo } from './support/keyboard';
import { axeViolations, screenshot } from './support/checks';
import { realScenario } from '../support/scenario';
import { botPlay } from '../support/bot';
import { debrief, encodeRun, newGame, runOf, topicsFor } from '../../src/engine';
import { chamberView } from '../../src/chamber/layout';
import { makeClassSecret, signRunCode } from '../../src/live/signature';

const s = realScenario();
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: BrowserContext;
beforeAll(async () => { server = await serveDist(); browser = await openBrowser(); });
afterAll(async () => { await browser?.close(); await server?.close(); });

const heading = async (page: Page) => (await page.textContent('#screen-heading'))?.trim() ?? '';
/** The screens for run codes load on demand: a person sees the heading once it is there. */
const headingBecomes = (page: Page, text: string) => page.waitForFunction((t) => document.getElementById('screen-heading')?.textContent?.trim() === t, text, { timeout: 10_000 });

async function playToDebrief(page: Page, query: string, seat: string) {
  await page.goto(`${server.url}?${query}`);
  await activate(page, 'new-game');
  await activate(page, `seat-${seat}`);
  await activate(page, 'begin-top');
  for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
  const first = topicsFor(s, seat)[0]!;
  await chooseRadio(page, `topic-${first.topic.id}`, `pick-${first.options[0]!.id}`);
  await activate(page, 'deliver');
  for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
  if (await page.$('#reply-submit')) await activate(page, 'reply-submit');
  await activate(page, 'to-debrief');
}

async function debriefFacts(page: Page) {
  return {
    outcome: await page.textContent('.debrief h2 + .headline-text'),
    objectives: await page.$$eval('.objectives li', (els) => els.map((e) => e.textContent)),
    meters: await page.$$eval('.meter-table tbody tr:last-child td', (cells) => cells.map((c) => c.textContent)),
  };
}

describe('run codes', () => {
  it('a student\'s code opens the same debrief, from a link or typed on the title screen', async () => {
    const page = await browser.newPage();
    await playToDebrief(page, 'seed=77&name=Ana', 'KOR');
    const code = (await page.textContent('#run-code'))!.trim();
    expect(code).toMatch(/^TF1\./);
    const mine = await debriefFacts(page);
    const linked = await browser.newPage();
    await linked.goto(`${server.url}?code=${encodeURIComponent(code)}`);
    await linked.waitForSelector('.debrief');
    expect(await debriefFacts(linked)).toEqual(mine);
    expect(await linked.textContent('.notice')).toContain('replayed exactly');
    const typed = await browser.newPage();
    await typed.goto(server.url);
    await activate(typed, 'open-code');
    await tabTo(typed, 'code-input');
    await typed.keyboard.insertText(code);
    await typed.keyboard.press('Enter');
    await typed.waitForSelector('.debrief');
    expect(await debriefFacts(typed)).toEqual(mine);
    for (const p of [page, linked, typed]) await p.close();
  });

  it('a damaged code, or a hostile one, is refused with its reason and nothing else happens', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const code = encodeRun(s, runOf(s, botPlay(s, 'SLE', 3), 'Kai'));
    const damaged = `${code.slice(0, 10)}${code[10] === 'A' ? 'B' : 'A'}${code.slice(11)}`;
    await page.goto(`${server.url}?code=${encodeURIComponent(damaged)}`);
    await headingBecomes(page, 'Open a run code');
    expect(await heading(page)).toBe('Open a run code');
    expect(await page.textContent('#code-problem')).toContain('check character does not match');
    await page.goto(`${server.url}?code=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(await page.textContent('#code-problem')).toContain('not a Take the Floor run code');
    expect(await page.$('#code-problem img')).toBeNull();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('the class summary', () => {
  it('shows twelve runs side by side and exports a CSV that matches the engine cell by cell', async () => {
    const seats = ['USA', 'RUS', 'CHN', 'KOR', 'SLE', 'CHE', 'USA', 'RUS', 'GBR', 'DZA', 'JPN', 'MLT'];
    const runs = seats.map((seat, i) => ({ seat, state: botPlay(s, seat, 500 + i), name: `Student ${i + 1}` }));
    const codes = runs.map((r) => encodeRun(s, runOf(s, r.state, r.name)));
    const page = await browser.newPage();
    await page.goto(server.url);
    await activate(page, 'for-teachers');
    await activate(page, 'to-summary');
    await tabTo(page, 'codes');
    await page.keyboard.insertText(codes.map((c, i) => (i % 3 === 0 ? `${runs[i]!.name}: ${c}` : c)).join('\n'));
    await activate(page, 'codes-go');
    expect(await page.textContent('#summary-count')).toBe('12 runs read; 0 lines not read.');
    const [columns, ...rows] = await page.$$eval('#runs tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    rows.forEach((row, i) => {
      const d = debrief(s, runs[i]!.state)!;
      expect(row[0]).toBe(runs[i]!.name);
      expect(row[columns!.indexOf('Outcome')]).toBe(d.outcome.title);
      const meters = columns!.indexOf(s.meters[0]!.label);
      expect(row.slice(meters, meters + s.meters.length)).toEqual(s.meters.map((m) => String(d.finalMeters[m.id])));
    });
    await screenshot(page, 'class-summary');
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), activate(page, 'csv')]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = csv[0]!.split(',');
    expect(csv).toHaveLength(13);
    runs.forEach((r, i) => {
      const cells = csv[i + 1]!.split(',');
      const d = debrief(s, r.state)!;
      const at = (name: string) => cells[header.indexOf(name)];
      expect(at('Name')).toBe(r.name);
      expect(at('Outcome')).toBe(d.outcome.title);
      for (const m of s.meters) expect(at(m.label)).toBe(String(d.finalMeters[m.id]));
      expect(at('Objectives met')).toBe(String(d.objectives.filter((o) => o.met).length));
    });
    await page.close();
  });
});

describe('the class summary of a class meeting', () => {
  it('marks each code verified, altered, signed by a class this browser cannot check, or self-reported', async () => {
    const CLASS = 'KXRPMTQWH';
    const secret = makeClassSecret();
    const heard = { opening: s.presidency.options[1]!.id, statements: { USA: topicsFor(s, 'USA').slice(0, 2).map((t) => t.options[0]!.id) } };
    const classCode = (seat: string, seed: number, name: string) => encodeRun(s, { ...runOf(s, botPlay(s, seat, seed), name), heard });
    const ana = await signRunCode(classCode('MLT', 1, 'Ana'), CLASS, secret);
    // Ben's signed code, re-encoded in Chi's name (a valid check character) under Ben's signature.
    const ben = await signRunCode(classCode('JPN', 2, 'Ben'), CLASS, secret);
    const chi = `${classCode('JPN', 2, 'Chi')}.${ben.split('.').at(-1)}`;
    const dee = await signRunCode(classCode('KOR', 3, 'Dee'), 'BCDFGHJKM', makeClassSecret());
    const eve = encodeRun(s, runOf(s, botPlay(s, 'GBR', 4), 'Eve'));
    const page = await browser.newPage();
    await page.goto(server.url);
    // The President's page of class KXR-PMT-QWH kept its secret in this browser.
    await page.evaluate(([code, key]) => localStorage.setItem(`take-the-floor/class-secret/${code}`, key!), [CLASS, secret]);
    await activate(page, 'for-teachers');
    await activate(page, 'to-summary');
    await tabTo(page, 'codes');
    await page.keyboard.insertText([ana, chi, dee, eve, classCode('GBR', 4, 'Eve')].join('\n'));
    await activate(page, 'codes-go');
    await page.waitForFunction(() => !document.querySelector('#runs td.checking'));
    expect(await page.textContent('#summary-count')).toBe('4 runs read; 1 line not read.');
    expect(await page.textContent('.refused')).toContain('what it says was heard cannot be trusted');
    const marks = await page.$$eval('#runs tbody tr', (trs) => trs.map((tr) => [tr.children[0]!.textContent, tr.lastElementChild!.textContent]));
    expect(marks).toEqual([
      ['Ana', 'verified by the class server'],
      ['Chi', 'signature does not match: altered after the meeting'],
      ['Dee', 'signed by class BCD-FGH-JKM: open this summary in the President\'s browser to check it'],
      ['Eve', 'self-reported'],
    ]);
    expect(await page.textContent('#summary-altered')).toContain('line 2');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'class-summary-signatures');
    await page.close();
  });
});

describe('dealing seats', () => {
  it('gives each of 31 students a role, and each seat link opens that seat, ready to start', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await activate(page, 'for-teachers');
    await tabTo(page, 'class-size');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('31');
    await activate(page, 'deal-go');
    expect(await page.textContent('#plan-heading')).toBe('Seat plan for 31 students');
    const plan = await page.$$eval('.plan-table tbody tr', (trs) => trs.map((tr) => ({
      who: tr.querySelector('th')!.textContent!, role: tr.children[1]!.textContent!, link: tr.querySelector('a')?.getAttribute('href') ?? null,
    })));
    const students = plan.flatMap((p) => p.who.split(' & '));
    expect(new Set(students).size).toBe(31);
    expect(plan.filter((p) => p.link)).toHaveLength(15);
    await screenshot(page, 'seat-plan');
    expect(await axeViolations(page)).toEqual([]);
    for (const row of plan.filter((p) => p.link)) {
      const student = await browser.newPage();
      await student.goto(row.link!.replace(/^https?:\/\/[^/]+/, server.url.replace(/\/classroom\/take-the-floor\/$/, '')));
      await activate(student, 'new-game');
      const seat = new URL(row.link!).searchParams.get('seat')!;
      const name = s.delegations.find((d) => d.id === seat)!.name;
      expect(await student.textContent('.banner')).toContain(`${row.who}: your teacher's link gives you the seat of ${name}`);
      await activate(student, 'take-linked');
      expect(await heading(student)).toBe(`Preparation: ${name}`);
      await student.close();
    }
    await page.close();
  });
});

describe('the printed record', () => {
  it('carries the name, class and date as typed (no button to press), the run code and reflection questions, on one page; a hostile name stays text', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await playToDebrief(page, 'seed=12', 'ECU');
    for (const [id, text] of [['record-name', '<script>alert(1)</script> Zoë'], ['record-class', '10B'], ['record-date', '3 March']] as const) {
      await tabTo(page, id);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
    }
    // Typed, then printed at once: nothing else pressed.
    await page.emulateMedia({ media: 'print' });
    expect(await page.textContent('.record-student')).toBe('Name: <script>alert(1)</script> Zoë · Class: 10B · Date: 3 March');
    expect(await page.isVisible('.record-code')).toBe(true);
    expect(await page.textContent('.record-code')).toMatch(/Run code: TF1\./);
    // The seat's own questions from the scenario, then the general ones.
    const questions = await page.$$eval('.record-reflection li', (els) => els.map((e) => e.textContent ?? ''));
    const own = s.teaching!.questions.find((q) => q.seat === 'ECU')!.questions;
    expect(questions.slice(0, own.length)).toEqual(own);
    expect(questions.length).toBeGreaterThan(own.length);
    await screenshot(page, 'printed-record-named');
    const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length).toBe(1);
    // Kept in this browser: the record still carries them after a reload.
    await page.emulateMedia({ media: 'screen' });
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    await page.waitForSelector('.record-student', { state: 'attached' });
    expect(await page.textContent('.record-student')).toBe('Name: <script>alert(1)</script> Zoë · Class: 10B · Date: 3 March');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('carries the date the form shows when the student types none', async () => {
    const page = await browser.newPage();
    await playToDebrief(page, 'seed=13', 'GUY');
    const shown = await page.inputValue('#record-date');
    expect(shown).not.toBe('');
    await page.emulateMedia({ media: 'print' });
    expect(await page.textContent('.record-student')).toContain(`Date: ${shown}`);
    await page.close();
  });
});

describe('projector mode', () => {
  async function classTurn(query: string, seat: string) {
    const wide = await openBrowser({ width: 1920, height: 1080 });
    const page = await wide.newPage();
    await page.goto(`${server.url}?projector=1&${query}`);
    await activate(page, 'new-game');
    await activate(page, `seat-${seat}`);
    await activate(page, 'begin-top');
    for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
    return { wide, page };
  }

  it('letters the options with their seconds and guided previews, says which topic of how many, in type a room can read', async () => {
    const { wide, page } = await classTurn('seed=9&mode=guided', 'JPN');
    const topics = topicsFor(s, 'JPN');
    const first = topics[0]!;
    const current = `#topic-${first.topic.id}`;
    const letters = await page.$$eval(`${current} .letter`, (els) => els.map((e) => e.textContent));
    expect(letters).toEqual([...'ABCDEFGH'.slice(0, first.options.length + 1)]);
    expect(await page.textContent(`${current} .topic-count`)).toBe(`Topic 1 of ${topics.length}:`);
    expect(await page.isVisible(`${current} .topic-count`)).toBe(true);
    for (const o of first.options) {
      expect(await page.textContent(`label[for="pick-${o.id}"] .seconds`)).toBe(`${o.seconds} seconds`);
      expect(await page.isVisible(`label[for="pick-${o.id}"] .seconds`)).toBe(true);
      expect(await page.isVisible(`label[for="pick-${o.id}"] .preview`)).toBe(true);
    }
    // Body text of at least 28 px: the prompt, the options, their previews.
    const sizes = await page.$$eval(`${current} :is(.topic-prompt, .option-text, .preview, .option-head strong)`, (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
    // The nameplates the chamber draws on its canvas, at the size the page gives it.
    const canvas = await page.evaluate(() => { const c = document.getElementById('chamber')!; return { width: c.clientWidth, height: c.clientHeight }; });
    expect(chamberView(s, newGame(s, 'JPN', 9), canvas.width, canvas.height).plateFont).toBeGreaterThanOrEqual(20);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'projector-vote');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, `vote-${first.topic.id}`);
    // The meters and the chamber stay on screen while the class reads down to the vote.
    expect(await page.evaluate(() => document.getElementById('side')!.getBoundingClientRect().bottom)).toBeLessThanOrEqual(1080);
    await page.keyboard.type('b');
    await page.keyboard.press('Enter');
    expect(await page.isChecked(`#pick-${first.options[1]!.id}`)).toBe(true);
    await wide.close();
  });

  it('keeps the class on a topic whose winning letter does not fit, with the reason beside it', async () => {
    const { wide, page } = await classTurn('seed=9&mode=standard', 'USA');
    let target: { topic: string; letter: string } | null = null;
    for (const { topic } of topicsFor(s, 'USA')) {
      const choices = await page.$$eval(`#topic-${topic.id} .options .choice`, (els) => els.map((e) => ({
        disabled: e.classList.contains('disabled'), seconds: parseInt(e.querySelector('.seconds')?.textContent ?? '0', 10),
      })));
      const blocked = choices.findIndex((c) => c.disabled);
      if (blocked >= 0) { target = { topic: topic.id, letter: 'ABCDEFGH'[blocked]! }; break; }
      // The class spends its time on the longest option each time, until one no longer fits.
      const longest = choices.reduce((best, c, i) => (c.seconds > choices[best]!.seconds ? i : best), 0);
      await tabTo(page, `vote-${topic.id}`);
      await page.keyboard.type('ABCDEFGH'[longest]!);
      await page.keyboard.press('Enter');
    }
    expect(target).not.toBeNull();
    await tabTo(page, `vote-${target!.topic}`);
    await page.keyboard.type(target!.letter.toLowerCase());
    await page.keyboard.press('Enter');
    expect(await page.textContent(`#vote-${target!.topic}-problem`)).toBe(`${target!.letter} cannot be taken: Does not fit in the time you have left. The class stays on this topic: vote again.`);
    expect(await page.$eval('.builder .topic.current', (el) => el.id)).toBe(`topic-${target!.topic}`);
    expect(await page.$(`#topic-${target!.topic} input[type=radio]:checked`)).toBeNull();
    expect(await page.$('.error')).toBeNull();
    await screenshot(page, 'projector-vote-does-not-fit');
    // The letter for leaving the topic out always fits: the class moves on.
    const omit = await page.$$eval(`#topic-${target!.topic} .letter`, (els) => els.at(-1)!.textContent!);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(omit);
    await page.keyboard.press('Enter');
    expect(await page.textContent(`#vote-${target!.topic}-problem`)).toBe('');
    expect(await page.isChecked(`#pick-${target!.topic}-omit`)).toBe(true);
    await wide.close();
  });
});

describe('several saved games', () => {
  it('lists each seat\'s game on the title screen and never replaces one without asking', async () => {
    const page = await browser.newPage();
    await playToDebrief(page, 'seed=4&name=Lee', 'SVN');
    const second = await browser.newPage();
    await second.goto(`${server.url}?seed=4&name=Lee`);
    await activate(second, 'new-game');
    await activate(second, 'seat-MLT');
    const title = await browser.newPage();
    await title.goto(server.url);
    await title.waitForSelector('.saved-list button');
    const saved = await title.$$eval('.saved-list button', (els) => els.map((e) => e.textContent ?? ''));
    expect(saved.some((t) => t.includes('Republic of Slovenia') && t.includes('finished'))).toBe(true);
    expect(saved.some((t) => t.includes('Republic of Malta') && t.includes('in the meeting'))).toBe(true);
    await page.goto(`${server.url}?seed=4&name=Lee&seat=SVN`);
    await activate(page, 'new-game');
    await activate(page, 'take-linked');
    await headingBecomes(page, 'You already have this meeting saved');
    expect(await heading(page)).toBe('You already have this meeting saved');
    await activate(page, 'keep');
    await headingBecomes(page, 'Debrief: Republic of Slovenia');
    expect(await heading(page)).toBe('Debrief: Republic of Slovenia');
    for (const p of [page, second, title]) await p.close();
  });
});
