/**
 * One meeting played with the keyboard by control ids alone, so it plays the same in every language:
 * the title's New meeting, the seat, the preparation, the opening, the speakers' list, the picks,
 * any right of reply and the President's closing, to the debrief. `onScreen` is called on each new
 * screen (for axe and screenshots).
 */
import type { Page } from 'playwright-core';
import { activate, chooseRadio, focusedId, tabTo } from './keyboard';

export interface KeyboardPlan { seat: string; seed: number; chair?: string; picks: Record<string, string>; reply?: string; adjourn?: string }

async function pressContinueWhileThere(page: Page, onScreen: (what: string) => Promise<void>, what: string) {
  for (let i = 0; i < 40 && (await page.$('#continue')); i++) {
    await onScreen(what);
    await tabTo(page, 'continue');
    await page.keyboard.press('Enter');
  }
}

/** On a phone the builder shows one topic at a time: the topic index (one Tab stop, then arrows) shows another. */
async function showTopic(page: Page, topic: string) {
  if (await page.$eval(`[name="topic-${topic}"]`, (el) => (el as HTMLElement).offsetParent !== null)) return;
  await tabTo(page, await page.$eval('.topic-index a[tabindex="0"]', (el) => el.id));
  for (let i = 0; i < 20 && (await focusedId(page)) !== `index-${topic}`; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

export async function playByKeyboard(page: Page, url: string, plan: KeyboardPlan, onScreen: (what: string) => Promise<void> = async () => {}): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('#screen-heading');
  await onScreen('title');
  await activate(page, 'new-game');
  await page.waitForSelector(`#seat-${plan.seat}`);
  await onScreen('seats');
  await activate(page, `seat-${plan.seat}`);
  await page.waitForSelector('#begin-top');
  await onScreen('preparation');
  await activate(page, 'begin-top');
  await onScreen('opening');
  if (plan.chair) {
    await chooseRadio(page, 'chair-option', `chair-${plan.chair}`);
    await activate(page, 'chair-submit');
  } else {
    await activate(page, 'continue');
  }
  await pressContinueWhileThere(page, onScreen, 'speakers');
  await page.waitForSelector('#deliver');
  for (const [topic, option] of Object.entries(plan.picks)) {
    await showTopic(page, topic);
    await chooseRadio(page, `topic-${topic}`, `pick-${option}`);
  }
  await onScreen('your-turn');
  await activate(page, 'deliver');
  await pressContinueWhileThere(page, onScreen, 'after-you');
  if (await page.$('input[name="reply-option"]')) {
    await onScreen('right-of-reply');
    const first = await page.$eval('input[name="reply-option"]', (el) => el.id);
    await chooseRadio(page, 'reply-option', plan.reply ? `reply-${plan.reply}` : first);
    await activate(page, 'reply-submit');
  }
  if (await page.$('input[name="adjourn-option"]')) {
    await onScreen('closing');
    const first = await page.$eval('input[name="adjourn-option"]', (el) => el.id);
    await chooseRadio(page, 'adjourn-option', plan.adjourn ? `adjourn-${plan.adjourn}` : first);
    await activate(page, 'adjourn-submit');
  }
  await page.waitForSelector('#to-debrief');
  await onScreen('outcome');
  await activate(page, 'to-debrief');
  await page.waitForSelector('.debrief');
  await onScreen('debrief');
}
