/**
 * A monkey at the keyboard and the mouse: thousands of random inputs (700 for each of three seeds)
 * across every screen. No uncaught error, focus never dropped to the page body, and a visible enabled
 * control on every screen but one: while the meeting loads ("Loading the meeting…", after a link
 * opened the page again) there is none, and the moments the monkey sees it are counted and reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';

let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => { server = await serveDist(); });
afterAll(async () => { await server?.close(); });

const STEPS = Number(process.env.MONKEY_STEPS ?? 700);
// Printing, copying and downloading leave the page to the browser: the monkey leaves them alone.
const SPARE = '#print, #print-plan, #print-summary, #csv, #copy-code, [id^=download-], input[type=file], a[href^="http"]';

function random(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = Math.imul(s ^ (s >>> 15), s | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

async function controls(page: Page) {
  return page.$$eval(`button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, a[href], summary`, (els, spare) =>
    els.filter((e) => !e.matches(spare) && (e as HTMLElement).offsetParent !== null).map((e, i) => { if (!e.id) e.setAttribute('data-monkey', String(i)); return e.id ? `#${CSS.escape(e.id)}` : `[data-monkey="${i}"]`; }), SPARE);
}

describe('a monkey at the keyboard', () => {
  for (const seed of [11, 22, 33]) {
    it(`seed ${seed}: ${STEPS} random inputs, no error, a control enabled once loaded, focus never on the body`, async () => {
      const browser = await openBrowser();
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
      await page.goto(`${server.url}?seed=${seed}`);
      await page.waitForSelector('#new-game');
      await page.waitForSelector('#for-teachers');
      const rand = random(seed);
      const keys = ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Enter', 'Enter', 'Space', 'ArrowDown', 'ArrowUp', 'Escape', 'm', 'g', 'a', '3'];
      let before = 'screen-heading';
      // Controls a person can see and use (a hidden button, such as the header's on the title, is not one).
      const look = () => page.evaluate(() => ({
        body: document.activeElement === document.body || document.activeElement === null,
        focused: document.activeElement?.id || document.activeElement?.tagName || '',
        enabled: [...document.querySelectorAll('button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, a[href], summary')].filter((e) => (e as HTMLElement).checkVisibility()).length,
        heading: document.getElementById('screen-heading')?.textContent ?? '',
        page: (document.getElementById('app')?.textContent ?? '').slice(0, 60),
      }));
      const LOADING = 'Loading the meeting…';
      // Moments seen with no visible enabled control, by what the page showed.
      const bare: string[] = [];
      for (let i = 0; i < STEPS; i++) {
        let action: string;
        const url = page.url();
        if (rand() < 0.8) {
          action = keys[Math.floor(rand() * keys.length)]!;
          await page.keyboard.press(action);
        } else {
          const list = await controls(page);
          action = list.length ? `click ${list[Math.floor(rand() * list.length)]}` : 'nothing to click';
          if (list.length) await page.click(action.slice(6), { timeout: 2_000 }).catch(() => { /* covered or moved: the next input goes on */ });
        }
        let state = await look().catch(async () => { await page.waitForSelector('#screen-heading', { timeout: 10_000 }); return look(); });
        // Tab past the last control leaves the page for the browser's own controls, as it should;
        // the next Tab comes back in. That is not focus lost.
        if (/Tab$/.test(action) && state.body) {
          await page.keyboard.press(action);
          action = `${action} twice`;
          state = await look();
        }
        // A link that opens another address (a seat link on the teacher's page) loads a new page: the
        // monkey waits for it, as a person does, rather than counting the blank moment before it.
        if (state.enabled === 0 && page.url() !== url) {
          await page.waitForSelector('#screen-heading', { timeout: 10_000 });
          state = await look();
        }
        if (state.enabled === 0) bare.push(state.heading || state.page || '(an empty page)');
        if (!state.heading || state.heading === LOADING) {
          await page.waitForFunction((loading) => { const h = document.getElementById('screen-heading')?.textContent; return h && h !== loading; }, LOADING, { timeout: 10_000 });
          state = await look();
        }
        expect(state.enabled, `step ${i} on ${state.heading}`).toBeGreaterThan(0);
        expect(state.body, `step ${i}: focus fell to the page body on ${state.heading} after ${action} from ${before}`).toBe(false);
        before = state.focused;
      }
      console.log(`monkey seed ${seed}: ${bare.length} moments of ${STEPS} inputs without a visible enabled control${bare.length ? `: ${[...new Set(bare)].map((b) => `"${b}" ${bare.filter((x) => x === b).length}`).join(', ')}` : ''}`);
      // Only while the meeting loads: once a screen is drawn, it always has a control.
      expect(bare.filter((b) => b !== LOADING)).toEqual([]);
      expect(errors).toEqual([]);
      await browser.close();
    });
  }
});
