/**
 * A class meeting with students in three languages, like interpretation in the chamber: the room
 * sends each statement as the options it was made of, and each browser reads it in its reader's
 * language. The President runs the meeting in English; Ana reads it in French, Ben in Spanish (or
 * Arabic, once the site has it), Chi in English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { composeStatement } from '../../src/engine';
import { LANGUAGES_IN_SITE, scenarioIn } from './support/languages';
import { classBrowsers, classServerWith, joinClass, type TestClass } from './support/classServer';
import { axeViolations, screenshot } from './support/checks';
import { activate, chooseRadio } from './support/keyboard';

const CHAIR_KEY = 'president-key-languages-0123';
const CODE = 'TRNSMTNSX';
const third = LANGUAGES_IN_SITE.includes('ar') ? 'ar' : 'es';
const STUDENTS = [
  { name: 'Ana', seat: 'KOR', lang: 'fr', pick: 'kor-deployment-nis' },
  { name: 'Ben', seat: 'USA', lang: third, pick: 'usa-deployment-desperation' },
  { name: 'Chi', seat: 'RUS', lang: 'en', pick: 'rus-deployment-assertions' },
] as const;

let server: TestClass;
const browsers = classBrowsers();

beforeAll(async () => {
  server = await classServerWith({ code: CODE, seed: 11, mode: 'guided', chairKey: CHAIR_KEY, chairName: 'Ms Rivera' });
});

afterAll(async () => {
  await browsers.closeAll();
  await server.stop();
});

/** Gives the floor (or a reply) until the meeting is over; a student with the floor delivers at once. */
async function runMeeting(president: Page, students: Record<string, Page>) {
  for (let i = 0; i < 80; i++) {
    if (await president.$('#results-heading')) return;
    let delivered = false;
    for (const p of Object.values(students)) {
      if (await p.$('#your-floor')) {
        await activate(p, 'deliver');
        await p.waitForFunction(() => !document.querySelector('#your-floor'));
        delivered = true;
      }
    }
    if (delivered) continue;
    const give = await president.$('#give-floor, #close-meeting');
    if (!give || (await president.$('#owed-list'))) {
      for (const p of Object.values(students)) if (await p.$('#ask-reply:not([disabled])')) await activate(p, 'ask-reply');
      const grant = await president.waitForSelector('[id^=grant-], #close-meeting.primary', { timeout: 10_000 });
      const id = (await grant.getAttribute('id'))!;
      if (id === 'close-meeting') { await activate(president, id); continue; }
      await activate(president, id);
      const seat = id.slice('grant-'.length);
      await students[seat]!.waitForSelector('#reply-submit');
      await activate(students[seat]!, 'reply-submit');
      continue;
    }
    const id = (await give.getAttribute('id'))!;
    const before = await president.textContent('.live-list');
    await activate(president, id);
    if (id === 'close-meeting') {
      if (await president.$('#close-anyway')) await activate(president, 'close-anyway');
      continue;
    }
    await president.waitForFunction((b) => document.querySelector('.live-list')?.textContent !== b || !!document.querySelector('#move-on'), before);
  }
  throw new Error('the meeting did not end');
}

describe('a class meeting read in three languages', () => {
  it('shows every statement in each reader\'s language, from the same options', async () => {
    const president = await browsers.page();
    await president.goto(`${server.url}?class=${CODE}&chair=${CHAIR_KEY}`);
    await president.waitForSelector('#chair-heading');
    const students: Record<string, Page> = {};
    for (const s of STUDENTS) {
      const p = await browsers.page(s.lang === 'ar' ? { width: 360, height: 740 } : undefined);
      students[s.seat] = p;
      await joinClass(p, `${server.url}?lang=${s.lang}`, CODE, s.name, s.seat);
      expect(await p.getAttribute('html', 'lang')).toBe(s.lang);
      await chooseRadio(p, 'topic-deployment', `pick-${s.pick}`);
    }
    await president.waitForFunction(() => document.querySelectorAll('.seat-plan tr.held').length === 3);
    await activate(president, 'open-meeting');
    await president.waitForSelector('#give-floor');
    await runMeeting(president, students);

    // Each student's delegation spoke in its own student's words; every other browser reads them in its own language.
    for (const reader of STUDENTS) {
      const page = students[reader.seat]!;
      const shown = (await page.textContent('#screen'))!;
      const s = scenarioIn(reader.lang);
      for (const speaker of STUDENTS.filter((x) => x.seat !== reader.seat)) {
        const option = s.topics.flatMap((t) => t.options).find((o) => o.id === speaker.pick)!;
        expect(shown, `${reader.name} (${reader.lang}) reads ${speaker.name}'s statement`).toContain(option.text);
        if (reader.lang !== speaker.lang) {
          const theirs = scenarioIn(speaker.lang).topics.flatMap((t) => t.options).find((o) => o.id === speaker.pick)!.text;
          expect(shown, `${reader.name} never sees ${speaker.name}'s ${speaker.lang} words`).not.toContain(theirs);
        }
      }
      await screenshot(page, `class-languages-${reader.lang}-${reader.seat}`);
      expect(await axeViolations(page)).toEqual([]);
    }
    // The President reads the whole meeting in English, each statement composed from its options.
    const english = scenarioIn('en');
    const presidentSees = (await president.textContent('#screen'))!;
    for (const speaker of STUDENTS) {
      const first = composeStatement(english, speaker.seat, [speaker.pick], '').split('\n\n')[1]!;
      expect(presidentSees).toContain(first);
    }
    expect(browsers.problems).toEqual([]);
  });
});
