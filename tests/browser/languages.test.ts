/**
 * Every language the site has, played as a person would: a whole meeting by keyboard to the debrief,
 * axe clean on every screen, the debrief's figures those of the engine and its words the language's
 * own. Then what crosses languages: a run code made in French opened in Spanish, a save begun in one
 * language continued in another, the switcher and a link's unknown language; and Arabic's mirrored
 * layout on a phone and a projector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, tabTo } from './support/keyboard';
import { axeViolations, screenshot } from './support/checks';
import { playByKeyboard, type KeyboardPlan } from './support/playByKeyboard';
import { playThrough } from '../support/play';
import { nameAttackers } from '../../src/engine';
import { COMPLETE_LANGUAGES, LANGUAGES_IN_SITE as inSite, scenarioIn } from './support/languages';

const RUS: KeyboardPlan = { seat: 'RUS', seed: 1030, picks: { deployment: 'rus-deployment-assertions', treaty: 'rus-treaty-art51', longRange: 'rus-longrange-tomorrow', action: 'rus-action-realities' }, reply: 'rus-reply-sharp' };

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: BrowserContext;
const problems: string[] = [];

async function page(context = browser): Promise<Page> {
  const p = await context.newPage();
  p.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return p;
}

/** What the debrief shows, to compare with the engine: the outcome's title, the objectives, the last row of meters. */
async function debriefFigures(p: Page) {
  return {
    text: (await p.textContent('.debrief')) ?? '',
    met: await p.$$eval('.objectives li.met', (items) => items.length),
    objectives: await p.$$eval('.objectives li', (items) => items.map((li) => li.textContent ?? '')),
    meters: await p.$$eval('.meter-table tbody tr:last-child td', (cells) => cells.map((c) => Number(c.textContent))),
  };
}

beforeAll(async () => {
  server = await serveDist();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  expect(problems).toEqual([]);
});

describe('the languages of the site', () => {
  it('has every language whose translation is complete, and at least English, French and Spanish', () => {
    expect(inSite).toEqual(COMPLETE_LANGUAGES);
    expect(inSite).toEqual(expect.arrayContaining(['en', 'es', 'fr']));
  });

  for (const code of inSite) {
    it(`${code}: a whole meeting by keyboard, every screen in ${code} and axe clean, the debrief the engine's`, async () => {
      // A browser of its own, as each language's student has (no save of another run in the way).
      const context = await openBrowser();
      const p = await page(context);
      const seen = new Set<string>();
      let outcomeScreen = '';
      await playByKeyboard(p, `${server.url}?lang=${code}&seed=${RUS.seed}`, RUS, async (what) => {
        if (what === 'outcome') outcomeScreen = (await p.textContent('#screen')) ?? '';
        if (seen.has(what)) return;
        seen.add(what);
        expect(await p.getAttribute('html', 'lang')).toBe(code);
        expect(await p.getAttribute('html', 'dir')).toBe(code === 'ar' ? 'rtl' : 'ltr');
        await screenshot(p, `lang-${code}-${what}`);
        const violations = await axeViolations(p);
        expect(violations, `${code} ${what}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      });
      const s = scenarioIn(code);
      const expected = playThrough(s, RUS.seat, RUS.seed, RUS);
      const shown = await debriefFigures(p);
      expect(shown.text).toContain(s.outcomes.find((o) => o.id === expected.result!.outcome)!.title);
      const ins = s.instructions.find((i) => i.seat === RUS.seat)!;
      for (const o of expected.result!.objectives) expect(shown.objectives.some((li) => li.includes(ins.objectives.find((x) => x.id === o.id)!.text))).toBe(true);
      expect(shown.met).toBe(expected.result!.objectives.filter((o) => o.met).length + expected.result!.redLines.filter((r) => !r.crossed).length);
      expect(shown.meters).toEqual(s.meters.map((m) => expected.meters[m.id]));
      // The player's reply names every delegation that attacked, as the engine does in this language
      // (the outcome screen shows only the last step of the log, which holds no attack itself).
      expect(expected.attackedBy.length).toBeGreaterThan(0);
      expect(outcomeScreen).toContain(nameAttackers(s, expected.attackedBy, s.rightOfReply.options.find((o) => o.id === RUS.reply)!.text));
      // The player's own statement, in the delegation's words in this language.
      expect(await p.textContent('#screen')).toContain(s.topics.flatMap((t) => t.options).find((o) => o.id === RUS.picks.deployment)!.text);
      // What delegations actually said is paraphrased from the English record: marked as translated in every other language.
      expect(!!(await p.$('#actual-translated'))).toBe(code !== 'en');
      // About says, in this language, which languages there are and who translated them, and invites corrections.
      await activate(p, 'home');
      await activate(p, 'about');
      await p.waitForSelector('#about-translation');
      const about = (await p.textContent('#about-translation'))!;
      for (const other of inSite) expect(about, `${code} About names ${other}`).toContain(new Intl.DisplayNames([code], { type: 'language' }).of(other)!);
      expect(await axeViolations(p)).toEqual([]);
      await context.close();
    });
  }
});

describe('what crosses languages', () => {
  it('a run code made in French opens in Spanish with the same result', async () => {
    const context = await openBrowser();
    const fr = await page(context);
    await playByKeyboard(fr, `${server.url}?lang=fr&seed=${RUS.seed}`, RUS);
    const code = (await fr.textContent('#run-code'))!.trim();
    const french = await debriefFigures(fr);
    const es = await page();
    await es.goto(`${server.url}?lang=es&code=${encodeURIComponent(code)}`);
    await es.waitForSelector('.debrief');
    expect(await es.getAttribute('html', 'lang')).toBe('es');
    const spanish = await debriefFigures(es);
    expect(spanish.meters).toEqual(french.meters);
    expect(spanish.met).toBe(french.met);
    const expected = playThrough(scenarioIn('es'), RUS.seat, RUS.seed, RUS);
    expect(spanish.text).toContain(scenarioIn('es').outcomes.find((o) => o.id === expected.result!.outcome)!.title);
    await context.close();
    await es.close();
  });

  it('a meeting begun in French continues in Spanish, everything said in Spanish; the choice is remembered', async () => {
    const context = await openBrowser();
    try {
      const p = await page(context);
      await p.goto(`${server.url}?seed=5`);
      await p.waitForSelector('#language-fr');
      // The switcher names each language in its own name and reopens the page in it.
      expect(await p.textContent('#language-fr')).toBe('Français');
      await activate(p, 'language-fr');
      await p.waitForFunction(() => document.documentElement.lang === 'fr');
      await activate(p, 'new-game');
      await activate(p, 'seat-JPN');
      await activate(p, 'begin-top');
      await activate(p, 'continue');
      await p.waitForSelector('#continue');
      const fr = scenarioIn('fr');
      expect(await p.textContent('#screen')).toContain(fr.presidency.opening[0]!);
      await activate(p, 'home');
      await activate(p, 'language-es');
      await p.waitForFunction(() => document.documentElement.lang === 'es');
      // Back in the meeting: what was said in French reads in Spanish.
      await p.waitForSelector('.saved-list #continue');
      await activate(p, 'continue');
      await p.waitForSelector('.transcript');
      const es = scenarioIn('es');
      const text = (await p.textContent('#screen'))!;
      expect(text).toContain(es.presidency.opening[0]!);
      expect(text).not.toContain(fr.presidency.opening[0]!);
      // A new visit without ?lang= opens in the language chosen last.
      const again = await page(context);
      await again.goto(server.url);
      await again.waitForSelector('#screen-heading');
      expect(await again.getAttribute('html', 'lang')).toBe('es');
      // A link asking for a language the site does not have says so, and opens in the remembered one.
      await again.goto(`${server.url}?lang=tlh`);
      await again.waitForSelector('#unknown-language');
      expect(await again.textContent('#unknown-language')).toContain('tlh');
      expect(await again.getAttribute('html', 'lang')).toBe('es');
    } finally {
      await context.close();
    }
  });
});

describe.skipIf(!inSite.includes('ar'))('Arabic, right to left', () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1920, height: 1080 }]) {
    it(`mirrors the whole interface and overflows nothing at ${viewport.width} px`, async () => {
      const context = await openBrowser(viewport);
      try {
        const p = await page(context);
        const checked: string[] = [];
        await playByKeyboard(p, `${server.url}?lang=ar&seed=${RUS.seed}`, RUS, async (what) => {
          if (checked.includes(what)) return;
          checked.push(what);
          await screenshot(p, `ar-${viewport.width}-${what}`);
          const layout = await p.evaluate(() => {
            const wide = document.documentElement.scrollWidth - window.innerWidth;
            // Each control's text stays inside it (a label pushed out of its button is the usual RTL bug).
            const spilled = [...document.querySelectorAll('button, label, h1, h2, .speaker')].filter((el) => !el.closest('.visually-hidden') && el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflowX !== 'visible').map((el) => el.id || el.textContent?.slice(0, 30));
            const heading = document.getElementById('screen-heading')!.getBoundingClientRect();
            const item = document.querySelector('.transcript li');
            return {
              wide, spilled, headingRight: heading.right, width: window.innerWidth,
              border: item ? [getComputedStyle(item).borderRightWidth, getComputedStyle(item).borderLeftWidth] : null,
            };
          });
          expect(layout.wide, `${what}: the page is wider than the screen`).toBeLessThanOrEqual(0);
          expect(layout.spilled, what).toEqual([]);
          // The heading starts at the right-hand side, and a speech's stripe is on its right.
          expect(layout.width - layout.headingRight, what).toBeLessThan(layout.width / 4);
          if (layout.border) expect(layout.border, what).toEqual(['4px', '0px']);
        });
        // The run code keeps its own left-to-right order inside the Arabic page.
        expect(await p.$eval('#run-code', (el) => getComputedStyle(el).direction)).toBe('ltr');
      } finally {
        await context.close();
      }
    });
  }
});
