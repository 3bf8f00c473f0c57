/**
 * A class meeting in real browsers, keyboard only: the President's page and three students' pages
 * on the class server (the game and the room on one port), every other seat played by the computer,
 * one student's Wi-Fi dropping mid-meeting, to each student's debrief with a run code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { matchMaker } from '@colyseus/core';
import type { CouncilRoom } from '../../server/councilRoom';
import { decodeRun, replayRun } from '../../src/engine';
import { makeClassSecret, verifyRunCode } from '../../src/live/signature';
import { classBrowsers, classServerWith, joinClass, scenario, type TestClass } from './support/classServer';
import { axeViolations, screenshot } from './support/checks';
import { activate, chooseRadio, tabTo } from './support/keyboard';

const CHAIR_KEY = 'president-key-0123456789';
const CODE = 'KVTSKVTSK';

let server: TestClass;
let url = '';
let SECRET = '';
const browsers = classBrowsers();
const { problems } = browsers;
const page = browsers.page;

beforeAll(async () => {
  server = await classServerWith({ code: CODE, seed: 11, mode: 'guided', chairKey: CHAIR_KEY, chairName: 'Ms Rivera' });
  ({ url, secret: SECRET } = server);
});

afterAll(async () => {
  await browsers.closeAll();
  await server.stop();
});

const text = (p: Page, selector: string) => p.textContent(selector).then((x) => x?.trim() ?? '');

/** Joins as the students in this test do: the code typed in lower case, with a hyphen and a space. */
const joinAs = (p: Page, name: string, seat: string) => joinClass(p, url, `${CODE.slice(0, 3)}-${CODE.slice(3, 6)} ${CODE.slice(6)}`.toLowerCase(), name, seat);

describe('a class meeting in three students\' browsers', () => {
  it('is joined by code, played to the end with a drop on the way, and gives each student a debrief and run code', async () => {
    const president = await page();
    await president.goto(`${url}?class=${CODE}&chair=${CHAIR_KEY}`);
    await president.waitForSelector('#chair-heading');
    // The President's key leaves the address bar (a projector shows it) and survives a reload.
    expect(president.url()).not.toContain('chair=');
    await president.reload();
    await president.waitForSelector('#chair-heading');
    const students: Record<string, Page> = {};
    // Ana is on a phone.
    for (const [name, seat] of [['Ana', 'KOR'], ['Ben', 'USA'], ['Chi', 'RUS']] as const) {
      students[seat] = await page(seat === 'KOR' ? { width: 360, height: 740 } : undefined);
      await joinAs(students[seat]!, name, seat);
    }
    // The President sees who holds which seat.
    await president.waitForFunction(() => document.querySelectorAll('.seat-plan tr.held').length === 3);
    expect(await text(president, '.seat-plan')).toMatch(/Republic of Korea\s*Ana/);
    await screenshot(president, 'live-president-gathering');
    expect(await axeViolations(president)).toEqual([]);

    // A student drafts before the meeting opens: only that student's screen shows it.
    const ben = students.USA!;
    await chooseRadio(ben, 'topic-deployment', 'pick-usa-deployment-desperation');
    await ben.waitForFunction(() => (document.querySelector('.draft') as HTMLElement | null)?.innerText.includes('desperate'));
    await screenshot(ben, 'live-student-drafting');
    expect(await axeViolations(ben)).toEqual([]);
    expect(await president.content()).not.toContain('usa-deployment-desperation');
    const ana = students.KOR!;
    await screenshot(ana, 'live-phone-drafting');
    expect(await axeViolations(ana)).toEqual([]);
    expect(await ana.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await activate(president, 'open-meeting');
    await president.waitForSelector('#give-floor');

    let dropped = false;
    for (let i = 0; i < 80; i++) {
      // The meeting is over once the President's screen shows the results.
      if (await president.$('#results-heading')) break;
      const floorOf = await president.evaluate(() => document.querySelector('#move-on') ? (document.querySelector('.chair-panel [role=status]')?.textContent ?? '') : '');
      if (floorOf) {
        const seat = floorOf.startsWith('Republic of Korea') ? 'KOR' : floorOf.startsWith('United States') ? 'USA' : 'RUS';
        const p = students[seat]!;
        if (seat === 'USA' && !dropped) {
          // Ben's Wi-Fi drops while he has the floor; he comes back to the same seat and draft.
          dropped = true;
          await p.context().setOffline(true);
          // Emulated offline leaves an open WebSocket alone, so the connection is cut as a lost
          // network cuts it: abruptly, with no goodbye.
          const room = matchMaker.getLocalRoomById(CODE) as unknown as CouncilRoom;
          const { holders, clients } = room as unknown as { holders: Map<string, string>; clients: { sessionId: string; ref: { terminate(): void } }[] };
          const ben = room.meeting.seats.USA!.holder;
          for (const c of clients) if (holders.get(c.sessionId) === ben) c.ref.terminate();
          await p.waitForSelector('#live-status.reconnecting', { timeout: 20_000 });
          await screenshot(p, 'live-student-reconnecting');
          await p.context().setOffline(false);
          await p.waitForSelector('#live-status.connected', { timeout: 30_000 });
          await p.waitForSelector('#your-floor');
          expect(await text(p, '.draft')).toContain('desperate');
          // The student's own meters sit beside the meeting, and M says what they mean.
          expect(await text(p, '#side')).toMatch(/Escalation\s*\d+ of 100/);
          await p.keyboard.press('m');
          await p.waitForSelector('#help-meters-heading');
          await p.keyboard.press('Escape');
        }
        await p.waitForSelector('#your-floor');
        await activate(p, 'deliver');
        await president.waitForFunction(() => !document.querySelector('#move-on'));
        continue;
      }
      const give = await president.$('#give-floor, #close-meeting');
      if (!give || (await president.$('#owed-list'))) {
        // Rights of reply: each student who was attacked asks, and the President gives each owed reply the floor in turn.
        for (const p of Object.values(students)) if (await p.$('#ask-reply:not([disabled])')) await activate(p, 'ask-reply');
        const grant = await president.waitForSelector('[id^=grant-], #close-meeting.primary', { timeout: 10_000 });
        const id = await grant.getAttribute('id');
        if (id === 'close-meeting') { await activate(president, 'close-meeting'); break; }
        const seat = id!.slice('grant-'.length);
        await activate(president, id!);
        await students[seat]!.waitForSelector('#reply-submit');
        await activate(students[seat]!, 'reply-submit');
        continue;
      }
      const before = await text(president, '.live-list');
      const id = (await give.getAttribute('id'))!;
      await activate(president, id);
      if (id === 'close-meeting') break;
      await president.waitForFunction((b) => document.querySelector('.live-list')?.textContent?.trim() !== b || !!document.querySelector('#move-on'), before);
    }
    expect(dropped).toBe(true);
    await screenshot(president, 'live-president-end');

    await students.RUS!.waitForSelector('#live-debrief', { timeout: 20_000 });
    await screenshot(students.RUS!, 'live-student-end');
    expect(await axeViolations(students.RUS!)).toEqual([]);
    const codes: string[] = [];
    for (const [seat, p] of Object.entries(students)) {
      await p.waitForSelector('#live-debrief', { timeout: 20_000 });
      await activate(p, 'live-debrief');
      await p.waitForSelector('.debrief');
      expect(await text(p, '#screen-heading')).toContain(scenario.delegations.find((d) => d.id === seat)!.name);
      // The code to hand in is the one the class server signed (it may come a moment after the debrief).
      await p.waitForSelector('#run-code-signed');
      const code = (await text(p, '#run-code'));
      expect(code, `${seat}'s run code`).toMatch(new RegExp(`^TF1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]\\.${CODE}[A-Za-z0-9_-]{22}$`));
      expect(await verifyRunCode(code, SECRET)).toBe(true);
      expect(await text(p, '.record-code')).toContain(code);
      const run = decodeRun(scenario, code);
      expect(run).toMatchObject({ ok: true, signedBy: CODE });
      expect(run.ok && Object.keys(run.run.heard?.statements ?? {}).sort()).toEqual(['KOR', 'RUS', 'USA'].filter((x) => x !== seat));
      expect(run.ok && replayRun(scenario, run.run).ok).toBe(true);
      // What was heard cannot be changed without the class's secret: the same code unsigned is refused.
      expect(decodeRun(scenario, code.slice(0, code.lastIndexOf('.')))).toMatchObject({ ok: false, reason: expect.stringContaining('cannot be trusted') });
      codes.push(code);
    }
    await screenshot(students.KOR!, 'live-student-debrief');

    // The President's browser kept the class's secret: its class summary verifies the three codes.
    await activate(president, 'home');
    await activate(president, 'for-teachers');
    await activate(president, 'to-summary');
    await tabTo(president, 'codes');
    await president.keyboard.insertText(codes.join('\n'));
    await activate(president, 'codes-go');
    await president.waitForFunction(() => !document.querySelector('#runs td.checking'));
    expect(await president.$$eval('#runs tbody td.mark', (tds) => tds.map((td) => td.textContent))).toEqual(codes.map(() => 'verified by the class server'));
    expect(problems).toEqual([]);
  });
});

describe('joining a class meeting that is not there', () => {
  it('says plainly that no meeting has that code, keeps what was typed, and a hostile link stays text', async () => {
    const p = await page();
    await p.goto(url);
    await activate(p, 'join-class');
    await activate(p, 'class-code');
    await p.keyboard.type('zzz-zzz-zzz');
    await p.keyboard.press('Tab');
    await p.keyboard.type('Dana');
    await p.keyboard.press('Enter');
    await p.waitForSelector('#join-problem');
    expect(await text(p, '#join-problem')).toBe('No class meeting has the code ZZZ-ZZZ-ZZZ. Check the code on the board.');
    expect(await p.inputValue('#class-name')).toBe('Dana');
    expect(await axeViolations(p)).toEqual([]);
    await screenshot(p, 'live-join-unknown-code');
    await p.goto(`${url}?class=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await p.waitForSelector('#class-code');
    expect(await p.$('img[src=x]')).toBeNull();
    expect(problems).toEqual([]);
  });
});
