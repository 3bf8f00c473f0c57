/**
 * Whole meetings played in Chromium with the keyboard alone, from the title screen to the debrief,
 * for several seats (Switzerland, presiding, among them). The debrief must show what the engine
 * computes for the same seat, seed and choices.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, chooseRadio, focusedId, tabTo } from './support/keyboard';
import { axeViolations, screenshot } from './support/checks';
import { realScenario } from '../support/scenario';
import { playThrough } from '../support/play';
import { repliesFor, whatIf } from '../../src/engine';

const scenario = realScenario();
type Plan = { chair?: string; picks: Record<string, string>; closing?: string; reply?: string };

const RUNS: { seat: string; seed: number; plan: Plan }[] = [
  { seat: 'CHE', seed: 7, plan: { chair: 'chair-restraint', picks: { deployment: 'che-deployment-troubling', sanctions: 'che-sanctions-clear', action: 'che-action-ihl' }, reply: 'neutral-reply-correct' } },
  { seat: 'KOR', seed: 2024, plan: { picks: { deployment: 'kor-deployment-nis', sanctions: 'kor-sanctions-illegal', spillover: 'kor-spillover-threat' }, closing: 'We will answer with prudence <b>and</b> resolve.', reply: 'kor-reply-correct' } },
  { seat: 'RUS', seed: 1030, plan: { picks: { deployment: 'rus-deployment-assertions', treaty: 'rus-treaty-art51', longRange: 'rus-longrange-tomorrow', action: 'rus-action-realities' }, reply: 'rus-reply-sharp' } },
];

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: BrowserContext;
const problems: string[] = [];

function watch(page: Page) {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A request cut short by the test's own reload is not a failure of the game.
  page.on('requestfailed', (r) => { if (!/ABORTED/.test(r.failure()?.errorText ?? '')) problems.push(`request failed: ${r.url()}`); });
}

async function heading(page: Page): Promise<string> {
  return (await page.textContent('#screen-heading'))?.trim() ?? '';
}

/** Checks the screen against axe and keeps a screenshot, once per phase. */
async function checkpoint(page: Page, name: string, seen: Set<string>) {
  const phase = await heading(page);
  if (seen.has(phase)) return;
  seen.add(phase);
  await screenshot(page, name);
  const violations = await axeViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

async function playMeeting(page: Page, run: (typeof RUNS)[number], label: string) {
  const seen = new Set<string>();
  let n = 0;
  const shot = (what: string) => checkpoint(page, `${label}-${String(++n).padStart(2, '0')}-${what}`, seen);
  await page.goto(`${server.url}?seed=${run.seed}`);
  await page.waitForSelector('#screen-heading');
  await shot('title');
  await activate(page, 'new-game');
  expect(await heading(page)).toBe('Choose your seat');
  await shot('seats');
  await activate(page, `seat-${run.seat}`);
  await shot('preparation');
  await activate(page, 'begin-top');
  await shot('opening');
  if (run.seat === scenario.presidency.seat) {
    await chooseRadio(page, 'chair-option', `chair-${run.plan.chair}`);
    await activate(page, 'chair-submit');
  } else {
    // A player who does not preside is never handed the President's job.
    expect(await page.textContent('#continue')).toBe('Continue: the President (Switzerland) opens the meeting');
    await activate(page, 'continue');
  }
  // The speakers' list: each Enter gives the floor to the next speaker, and focus stays on Continue.
  for (let i = 0; i < 40 && (await page.$('#continue')); i++) {
    await shot('speakers');
    await tabTo(page, 'continue');
    await page.keyboard.press('Enter');
  }
  expect(await heading(page)).toBe('Your turn');
  expect(await focusedId(page)).toBe('screen-heading');
  for (const [topic, option] of Object.entries(run.plan.picks)) await chooseRadio(page, `topic-${topic}`, `pick-${option}`);
  if (run.plan.closing) {
    await tabTo(page, 'closing');
    await page.keyboard.type(run.plan.closing);
  }
  await shot('your-turn');
  await activate(page, 'deliver');
  for (let i = 0; i < 40 && (await page.$('#continue')); i++) {
    await shot('after-you');
    await tabTo(page, 'continue');
    await page.keyboard.press('Enter');
  }
  if ((await heading(page)) === 'Right of reply') {
    await shot('right-of-reply');
    await chooseRadio(page, 'reply-option', `reply-${run.plan.reply ?? repliesFor(scenario, run.seat)[0]!.id}`);
    await activate(page, 'reply-submit');
  }
  if (run.seat === scenario.presidency.seat) {
    // The President closes the meeting in its own words, after every speech and reply has been seen.
    expect(await heading(page)).toBe('Closing the meeting');
    await shot('closing');
    await chooseRadio(page, 'adjourn-option', `adjourn-${scenario.presidency.closingOptions![1]!.id}`);
    await activate(page, 'adjourn-submit');
  }
  expect(await heading(page)).toBe('The outcome');
  await shot('outcome');
  await activate(page, 'to-debrief');
  await shot('debrief');
}

beforeAll(async () => {
  server = await serveDist();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a whole meeting, keyboard only', () => {
  for (const run of RUNS) {
    it(`${run.seat}: from the title screen to a debrief that matches the engine`, async () => {
      const page = await browser.newPage();
      watch(page);
      await playMeeting(page, run, run.seat);
      const expected = playThrough(scenario, run.seat, run.seed, run.plan);
      const outcome = scenario.outcomes.find((o) => o.id === expected.result!.outcome)!;
      expect(await page.textContent('.debrief')).toContain(`Outcome: ${outcome.title}`);
      const objectives = await page.$$eval('.objectives li', (items) => items.map((li) => li.textContent ?? ''));
      const ins = scenario.instructions.find((i) => i.seat === run.seat)!;
      for (const o of expected.result!.objectives) {
        const text = ins.objectives.find((x) => x.id === o.id)!.text;
        expect(objectives).toContain(`${o.met ? 'Met' : 'Missed'}: ${text}`);
      }
      const finalRow = await page.$$eval('.meter-table tbody tr:last-child td', (cells) => cells.map((c) => Number(c.textContent)));
      expect(finalRow).toEqual(scenario.meters.map((m) => expected.meters[m.id]));
      if (run.plan.closing) expect(await page.textContent('.debrief')).toContain(run.plan.closing);
      // The rest of the debrief is folded under its summary: open it, then What if: the first
      // alternative on offer, chosen with the keyboard, compared with the engine's replay.
      await activate(page, 'debrief-more-open');
      await tabTo(page, 'what-if-choice');
      const value = await page.$eval('#what-if-choice', (el) => (el as HTMLSelectElement).value);
      await activate(page, 'what-if-go');
      const [kind, a = '', b = ''] = value.split(':');
      const change = kind === 'topic' ? { topic: a, option: b || null } : kind === 'reply' ? { reply: a } : { chair: a };
      const other = whatIf(scenario, expected, change);
      const cells = await page.$$eval('.compare tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
      if (other.ok) {
        expect(cells[0]).toEqual([outcome.title, scenario.outcomes.find((o) => o.id === other.state.result!.outcome)!.title]);
        expect(cells.slice(1, 1 + scenario.meters.length)).toEqual(scenario.meters.map((m) => [String(expected.meters[m.id]), String(other.state.meters[m.id])]));
      } else {
        expect(await page.textContent('.what-if-result, .notice')).toContain(other.reason);
      }
      await screenshot(page, `${run.seat}-24b-what-if`);
      expect(await axeViolations(page)).toEqual([]);
      // The record to hand in prints on one page.
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, `${run.seat}-25-printed-record`);
      const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length).toBe(1);
      await page.emulateMedia({ media: 'screen' });
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

describe('save and resume', () => {
  it('a reload in the middle of the meeting resumes exactly where it was', async () => {
    const page = await browser.newPage();
    watch(page);
    await page.goto(`${server.url}?seed=55`);
    await activate(page, 'new-game');
    await activate(page, 'seat-SLE');
    await activate(page, 'begin-top');
    // Two presses: each gives the floor to a group of speakers; Sierra Leone is eighth on the list.
    for (let i = 0; i < 2; i++) await activate(page, 'continue');
    const before = {
      heading: await heading(page),
      transcript: await page.$$eval('.transcript li', (items) => items.map((li) => li.textContent)),
      meters: await page.$$eval('.meter-value', (items) => items.map((x) => x.textContent)),
    };
    await page.reload();
    await page.waitForSelector('#screen-heading');
    expect({
      heading: await heading(page),
      transcript: await page.$$eval('.transcript li', (items) => items.map((li) => li.textContent)),
      meters: await page.$$eval('.meter-value', (items) => items.map((x) => x.textContent)),
    }).toEqual(before);
    await activate(page, 'continue');
    expect((await page.$$('.transcript li')).length).toBeGreaterThan(before.transcript.length);
    // A new visit starts at the title screen, where Continue offers the same meeting.
    const fresh = await browser.newPage();
    watch(fresh);
    await fresh.goto(server.url);
    await fresh.waitForSelector('#continue');
    expect(await fresh.textContent('#continue')).toContain('Sierra Leone');
    await activate(fresh, 'continue');
    expect(await heading(fresh)).toBe(before.heading);
    expect(problems).toEqual([]);
    await page.close();
    await fresh.close();
  });

  it('a save that is not even JSON is reported on the title screen and kept', async () => {
    const page = await browser.newPage();
    watch(page);
    await page.goto(server.url);
    await page.evaluate((id) => { localStorage.clear(); localStorage.setItem(`take-the-floor/save/${id}`, '{{{ not json'); }, scenario.id);
    await page.reload();
    await page.waitForSelector('#new-game');
    expect(await page.$('#continue')).toBeNull();
    expect(await page.textContent('.notice')).toContain('the save is damaged');
    expect(await page.evaluate((id) => localStorage.getItem(`take-the-floor/save/${id}`), scenario.id)).toBe('{{{ not json');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a corrupted save is reported and kept, and a new game still starts', async () => {
    const page = await browser.newPage();
    watch(page);
    await page.goto(server.url);
    await page.evaluate((id) => { localStorage.clear(); localStorage.setItem(`take-the-floor/save/${id}`, '{"format":"take-the-floor/save","saveVersion":1,"seat":"KOR","choices":[{"type":"teleport"}]}'); }, scenario.id);
    await page.reload();
    await page.waitForSelector('#new-game');
    expect(await page.textContent('.notice')).toContain('could not be resumed');
    expect(await page.evaluate((id) => localStorage.getItem(`take-the-floor/save/${id}`), scenario.id)).toContain('teleport');
    await activate(page, 'new-game');
    expect(await heading(page)).toBe('Choose your seat');
    expect(problems).toEqual([]);
    await page.close();
  });
});
