/**
 * The consultations after the meeting, played by keyboard as a student would: from the debrief into
 * the closed consultations, a move each round, the silence procedure, and what the President reads.
 * On a phone one paragraph shows at a time; on a projector the class votes on the move by letter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, chooseRadio, focusedId } from './support/keyboard';
import { axeViolations, screenshot } from './support/checks';

let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => { server = await serveDist(); });
afterAll(async () => { await server?.close(); });

const heading = async (page: Page) => (await page.textContent('#screen-heading'))?.trim() ?? '';

/** From the title to the debrief of a meeting, by keyboard: the same route every browser test takes. */
async function meetingToDebrief(page: Page, seat: string) {
  await activate(page, 'new-game');
  await activate(page, `seat-${seat}`);
  await activate(page, 'begin-top');
  if (await page.$('#chair-submit')) await activate(page, 'chair-submit');
  for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
  if (await page.$('#deliver')) await activate(page, 'deliver');
  for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
  if (await page.$('#reply-submit')) await activate(page, 'reply-submit');
  if (await page.$('#adjourn-submit')) await activate(page, 'adjourn-submit');
  await activate(page, 'to-debrief');
}

async function intoConsultations(page: Page) {
  await activate(page, 'to-consult');
  await page.waitForSelector('#consult-begin');
  expect(await heading(page)).toBe('Consultations on press elements');
  expect(await page.textContent('.whatif')).toContain('What if');
  expect(await page.textContent('#consult-brief')).toContain('Objectives for the elements');
  await activate(page, 'consult-begin');
  await page.waitForSelector('#consult-go');
}

describe('the consultations, by keyboard', () => {
  it('Sierra Leone: a move each round, silence kept, the text read or its blockers named, and what really happened', async () => {
    const browser = await openBrowser();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await meetingToDebrief(page, 'SLE');
    await intoConsultations(page);
    await screenshot(page, 'consult-round-1');
    expect(await axeViolations(page)).toEqual([]);
    // Round 1: propose the amendment Sierra Leone voices (its own words shown with it).
    const amend = await page.$$eval('input[name=consult-move]', (xs) => xs.map((x) => x.id).find((id, i) => (document.querySelector(`label[for="${id}"]`)?.textContent ?? '').startsWith('Propose') && i > 0) ?? null);
    if (amend) await chooseRadio(page, 'consult-move', amend);
    await activate(page, 'consult-go');
    expect(await focusedId(page)).toBe('consult-moved');
    expect(await page.textContent('#consult-legend')).toContain('round 2 of 3');
    expect(await page.textContent('#announcer')).not.toBe('');
    // Rounds 2 and 3: agree to the draft as it stands (the first move, already selected).
    await activate(page, 'consult-go');
    await activate(page, 'consult-go');
    expect(await page.textContent('#consult-legend')).toContain('under silence');
    await screenshot(page, 'consult-silence');
    await activate(page, 'consult-go');
    await page.waitForSelector('#consult-result');
    const result = await page.textContent('#consult-result');
    expect(result).toMatch(/Read to the press by the President|Nothing is read to the press/);
    expect(await page.textContent('.screen')).toContain('What really happened');
    await screenshot(page, 'consult-result');
    expect(await axeViolations(page)).toEqual([]);
    await activate(page, 'consult-back');
    expect(await heading(page)).toContain('Debrief');
    // A reload keeps the consultations: they are in the save.
    await page.reload();
    await activate(page, 'to-consult');
    await page.waitForSelector('#consult-result');
    expect(errors).toEqual([]);
    await browser.close();
  });

  it('Switzerland holds the pen: compromise language, keeping the draft, and putting it under silence', async () => {
    const browser = await openBrowser();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await meetingToDebrief(page, 'CHE');
    await intoConsultations(page);
    const labels = await page.$$eval('input[name=consult-move] + label', (xs) => xs.map((x) => x.textContent ?? ''));
    expect(labels[0]).toContain('Keep the draft as it stands');
    const compromise = labels.findIndex((l) => l.startsWith('Offer your compromise'));
    expect(compromise).toBeGreaterThan(0);
    await chooseRadio(page, 'consult-move', `move-${compromise}`);
    await activate(page, 'consult-go');
    expect(await page.textContent('#consult-moved + ul')).toContain('now reads');
    await activate(page, 'consult-go');
    await activate(page, 'consult-go');
    expect(await page.textContent('#consult-legend')).toContain('under silence');
    expect(await page.textContent('label[for=move-0]')).toContain('Put the text under silence');
    await activate(page, 'consult-go');
    await page.waitForSelector('#consult-result');
    await screenshot(page, 'consult-penholder-result');
    expect(errors).toEqual([]);
    await browser.close();
  });

  it('on a phone shows one paragraph at a time, with keys to move between them', async () => {
    const browser = await openBrowser({ width: 390, height: 844 });
    const page = await browser.newPage();
    await page.goto(server.url);
    await meetingToDebrief(page, 'MLT');
    await intoConsultations(page);
    const visible = await page.$$eval('.consult-draft .paragraph', (xs) => xs.filter((x) => (x as HTMLElement).offsetParent !== null).length);
    expect(visible).toBe(1);
    await activate(page, 'para-next-0');
    expect(await focusedId(page)).toMatch(/^para-/);
    const shown = await page.$$eval('.consult-draft .paragraph', (xs) => xs.findIndex((x) => (x as HTMLElement).offsetParent !== null));
    expect(shown).toBe(1);
    await screenshot(page, 'consult-phone');
    await browser.close();
  });

  it('on a projector the class votes on the move by letter', async () => {
    const browser = await openBrowser({ width: 1920, height: 1080 });
    const page = await browser.newPage();
    await page.goto(`${server.url}?projector=1`);
    await meetingToDebrief(page, 'FRA');
    await intoConsultations(page);
    expect(await page.$$eval('.consult-move .letter', (xs) => xs.length)).toBeGreaterThan(1);
    await page.focus('#consult-vote');
    await page.keyboard.type('A');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('consult-legend')?.textContent?.includes('round 2'));
    await screenshot(page, 'consult-projector');
    await browser.close();
  });
});
