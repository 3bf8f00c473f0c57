/**
 * A seat belongs to the student, not the browser: on one shared computer (one browser profile) Ana
 * takes Malta and drafts, closes the tab; Ben opens the class in the same browser with his own name
 * and is asked whether he is Ana, says no, and sees Malta held by Ana, never her draft; Ana comes
 * back and finds her seat and draft. The President's page keeps the class's secret for the summary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { topicsFor } from '../../src/engine';
import { openBrowser } from './support/browser';
import { classServerWith, scenario, watchedTab, type TestClass } from './support/classServer';
import { axeViolations, screenshot } from './support/checks';
import { activate, chooseRadio, focusedId } from './support/keyboard';

const CHAIR_KEY = 'president-key-seats-0123456789';
const CODE = 'MKTSEATSB';

let server: TestClass;
let url = '';
let SECRET = '';
const contexts: BrowserContext[] = [];
const problems: string[] = [];

async function browser(): Promise<BrowserContext> {
  const context = await openBrowser();
  contexts.push(context);
  return context;
}

const tab = (context: BrowserContext): Promise<Page> => watchedTab(context, problems);

beforeAll(async () => {
  server = await classServerWith({ code: CODE, seed: 5, mode: 'guided', chairKey: CHAIR_KEY, chairName: 'Mr Okafor' });
  ({ url, secret: SECRET } = server);
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await server.stop();
});

const text = (p: Page, selector: string) => p.textContent(selector).then((x) => x?.trim() ?? '');

/** Opens the class in a new tab of this browser and sends the join form, as typed from the board. */
async function join(context: BrowserContext, name: string): Promise<Page> {
  const p = await tab(context);
  await p.goto(url);
  await activate(p, 'join-class');
  await activate(p, 'class-code');
  await p.keyboard.type('mkt-sea tsb');
  await p.keyboard.press('Tab');
  await p.keyboard.type(name);
  await p.keyboard.press('Enter');
  return p;
}

describe('one browser shared by two students in a class meeting', () => {
  const topic = topicsFor(scenario, 'MLT')[0]!;
  const drafted = topic.options[1]!.id;

  it('asks Ben whether he is Ana, gives him his own place, and gives Ana her seat and draft back', async () => {
    const shared = await browser();

    // Ana takes Malta, drafts, and closes the tab.
    const ana = await join(shared, 'Ana');
    await ana.waitForSelector('#take-MLT:not([disabled])');
    expect(await text(ana, '#screen-heading')).toBe('Class meeting MKT-SEA-TSB');
    await activate(ana, 'take-MLT');
    await ana.waitForSelector('#you-heading');
    await chooseRadio(ana, `topic-${topic.topic.id}`, `pick-${drafted}`);
    await ana.waitForFunction(() => (document.querySelector('.draft') as HTMLElement | null)?.innerText.trim().length);
    const draft = await text(ana, '.draft');
    await ana.close();

    // Ben, same browser, his own name: asked first, never handed Ana's seat.
    const ben = await join(shared, 'Ben');
    await ben.waitForSelector('#who-question');
    expect(await text(ben, '#who-question')).toBe('This browser was last used in this class by Ana. Are you Ana?');
    expect(await focusedId(ben)).toBe('who-question');
    expect(await ben.getAttribute('[role=group]', 'aria-labelledby')).toBe('who-question');
    expect(await text(ben, '#who-continue')).toBe('Continue as Ana');
    expect(await text(ben, '#who-else')).toBe('I am someone else');
    expect(await axeViolations(ben)).toEqual([]);
    await screenshot(ben, 'live-join-who');
    await activate(ben, 'who-else');
    await ben.waitForSelector('#take-MLT');
    await ben.waitForFunction(() => document.querySelector('#take-MLT')?.textContent?.includes('held by'));
    expect(await text(ben, '#take-MLT')).toBe('Malta (held by Ana)');
    expect(await ben.$('#take-MLT:not([disabled])')).toBeNull();
    expect(await ben.$('#you-heading')).toBeNull();
    expect(await ben.content()).not.toContain(drafted);
    await ben.close();

    // Ana comes back to the same browser: her name finds her key, her seat and her draft.
    const back = await join(shared, ' ana ');
    await back.waitForSelector('#you-heading');
    expect(await text(back, '#you-heading')).toContain('Malta');
    expect(await back.isChecked(`#pick-${drafted}`)).toBe(true);
    expect(await text(back, '.draft')).toBe(draft);
    await back.close();

    // Someone who answers "yes, I am Ana" is Ana.
    const again = await join(shared, 'A. Lopez');
    await again.waitForSelector('#who-question');
    await activate(again, 'who-continue');
    await again.waitForSelector('#you-heading');
    expect(await again.isChecked(`#pick-${drafted}`)).toBe(true);
    await again.close();
    expect(problems).toEqual([]);
  });

  it('in another browser, joins without asking; the President\'s page keeps the class\'s secret', async () => {
    const other = await join(await browser(), 'Chi');
    await other.waitForSelector('#take-USA:not([disabled])');
    expect(await other.$('#who-question')).toBeNull();
    expect(await text(other, '#take-MLT')).toBe('Malta (held by Ana)');

    const president = await tab(await browser());
    await president.goto(`${url}?class=${CODE}&chair=${CHAIR_KEY}`);
    await president.waitForSelector('#chair-heading');
    expect(await president.evaluate((code) => localStorage.getItem(`take-the-floor/class-secret/${code}`), CODE)).toBe(SECRET);
    // A student's browser keeps none.
    expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('secret')))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
