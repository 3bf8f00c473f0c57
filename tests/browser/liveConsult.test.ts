/**
 * The consultations after a class meeting, in real browsers, keyboard only: the President opens them
 * and closes each round and the silence; three students move for their own seats; the computer takes
 * every other seat; every screen ends with the same text, or the same blockers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { classBrowsers, classServerWith, joinClass, type TestClass } from './support/classServer';
import { axeViolations, screenshot } from './support/checks';
import { activate, chooseRadio } from './support/keyboard';

const CHAIR_KEY = 'president-key-consult-0123';
const CODE = 'QWRTQWRTQ';
let server: TestClass;
const browsers = classBrowsers();
const { problems } = browsers;
const page = browsers.page;

beforeAll(async () => { server = await classServerWith({ code: CODE, seed: 5, mode: 'standard', chairKey: CHAIR_KEY, chairName: 'Mr Okafor' }); });
afterAll(async () => {
  await browsers.closeAll();
  await server.stop();
});

const joinAs = (p: Page, name: string, seat: string) => joinClass(p, server.url, CODE, name, seat);

/** The radio whose label starts with these words, on a student's move form. */
const moveId = (p: Page, start: string) => p.$$eval('input[name=consult-move]', (xs, s) => xs.find((x) => (document.querySelector(`label[for="${x.id}"]`)?.textContent ?? '').includes(s))?.id ?? null, start);

describe('the consultations in a class meeting', () => {
  it('three students move for their own seats, the President closes the rounds and the silence, and all see the same end', async () => {
    const president = await page();
    await president.goto(`${server.url}?class=${CODE}&chair=${CHAIR_KEY}`);
    await president.waitForSelector('#chair-heading');
    const students: Record<string, Page> = {};
    for (const [name, seat] of [['Ana', 'RUS'], ['Ben', 'SLE'], ['Chi', 'USA']] as const) {
      students[seat] = await page();
      await joinAs(students[seat]!, name, seat);
    }
    await activate(president, 'open-meeting');
    // The meeting, quickly: whoever has the floor delivers; the President gives the floor and closes.
    for (let i = 0; i < 80 && !(await president.$('#open-consult')); i++) {
      if (await president.$('#move-on')) {
        // A student has the floor: that student delivers.
        for (const p of Object.values(students)) {
          if (await p.$('#your-floor')) { await activate(p, 'deliver'); break; }
        }
        await president.waitForFunction(() => !document.querySelector('#move-on'));
        continue;
      }
      const next = await president.$('#give-floor, #close-anyway, #close-meeting');
      if (next) await activate(president, (await next.getAttribute('id'))!);
      await president.waitForTimeout(150);
    }
    await activate(president, 'open-consult');
    await president.waitForSelector('#consult-next');
    for (const p of Object.values(students)) await p.waitForSelector('#consult-go');
    await screenshot(students.SLE!, 'live-consult-student');
    expect(await axeViolations(students.SLE!)).toEqual([]);
    // Round 1: Russia softens the deployment paragraph; Sierra Leone agrees; the United States does not move.
    const ana = students.RUS!;
    const soften = await moveId(ana, 'Call them unverified claims');
    expect(soften).not.toBeNull();
    await chooseRadio(ana, 'consult-move', soften!);
    await activate(ana, 'consult-go');
    await ana.waitForSelector('#consult-sent');
    await activate(students.SLE!, 'consult-go');
    await president.waitForFunction(() => document.getElementById('consult-moved-count')?.textContent?.startsWith('2 of 3'));
    expect(await president.textContent('.chair-panel')).toContain('Not yet moved: United States');
    // Nobody sees another student's move before the round closes.
    expect(await students.USA!.textContent('.class-consult')).not.toContain('Call them unverified claims”: ');
    await screenshot(president, 'live-consult-president');
    await activate(president, 'consult-next');
    // Once closed, everyone sees Russia's amendment in Russia's words.
    for (const p of Object.values(students)) await p.waitForFunction(() => document.getElementById('consult-legend')?.textContent?.includes('round 2'));
    expect(await students.USA!.textContent('.class-consult')).toContain('We will not let the Council dignify unverified reports');
    await activate(president, 'consult-next');
    await activate(president, 'consult-next');
    await ana.waitForFunction(() => document.getElementById('consult-legend')?.textContent?.includes('under silence'));
    // Under silence, Russia breaks it.
    await chooseRadio(ana, 'consult-move', (await moveId(ana, 'Break silence'))!);
    await activate(ana, 'consult-go');
    await ana.waitForSelector('#consult-sent');
    await activate(president, 'consult-next');
    const texts: string[] = [];
    for (const p of Object.values(students)) {
      await p.waitForSelector('#consult-result');
      texts.push((await p.textContent('#consult-result .press-elements'))!);
    }
    // The same text (or last draft) on every screen; Russia named as breaking silence on the others'.
    expect(new Set(texts).size).toBe(1);
    for (const seat of ['SLE', 'USA']) expect(await students[seat]!.textContent('#consult-result')).toMatch(/silence was broken by [^.]*Russia/);
    expect(await ana.textContent('#consult-result')).toMatch(/silence was broken by [^.]*you/);
    expect(await president.textContent('.chair-panel')).toContain('The consultations are over');
    await screenshot(students.SLE!, 'live-consult-end');
    expect(await axeViolations(students.SLE!)).toEqual([]);
    // Sierra Leone's signed run code, opened in another browser, replays the class's consultations.
    const ben = students.SLE!;
    await ben.waitForFunction(() => !!document.getElementById('live-debrief'));
    // The class server signs the code again once the consultations are over (a moment after).
    await ben.waitForTimeout(800);
    await activate(ben, 'live-debrief');
    await ben.waitForFunction(() => (document.getElementById('run-code')?.textContent ?? '').split('.').length === 4);
    const code = (await ben.textContent('#run-code'))!.trim();
    const teacher = await page();
    await teacher.goto(`${server.url}?code=${encodeURIComponent(code)}`);
    await teacher.waitForSelector('#to-consult');
    await activate(teacher, 'to-consult');
    await teacher.waitForSelector('#consult-result');
    expect(await teacher.textContent('#consult-result .press-elements')).toBe(texts[0]);
    expect(await teacher.textContent('.screen')).toContain('Keep silent');
    expect(problems).toEqual([]);
  });
});
