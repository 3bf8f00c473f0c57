/**
 * Playing as a keyboard user does: Tab to a control, Enter or Space to use it, arrow keys inside a
 * radio group. No clicks anywhere in the browser tests.
 */
import type { Page } from 'playwright-core';

const active = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLInputElement | null;
  return { id: el?.id ?? '', name: el?.name ?? '', tag: el?.tagName ?? '' };
});

/** Presses Tab until the element with this id has focus (or fails after `limit` presses). */
export async function tabTo(page: Page, id: string, limit = 200): Promise<void> {
  // A person waits until the control is there (the scenario arrives after the title) before tabbing.
  await page.waitForSelector(`[id="${id}"]`, { state: 'attached', timeout: 15_000 }).catch(() => { /* reported below */ });
  for (let i = 0; i < limit; i++) {
    if ((await active(page)).id === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id} (focus is on #${(await active(page)).id})`);
}

export async function activate(page: Page, id: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.press('Enter');
}

/** Tabs into a radio group, then arrows to the wanted radio; arrows select as they move. */
export async function chooseRadio(page: Page, group: string, id: string): Promise<void> {
  for (let i = 0; i < 300 && (await active(page)).name !== group; i++) await page.keyboard.press('Tab');
  if ((await active(page)).name !== group) throw new Error(`Tab never reached radio group ${group}`);
  for (let i = 0; i < 12; i++) {
    const now = await active(page);
    if (now.id === id) {
      if (!(await page.evaluate((x) => (document.getElementById(x) as HTMLInputElement).checked, id))) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`arrow keys never reached #${id} in ${group}`);
}

export async function focusedId(page: Page): Promise<string> {
  return (await active(page)).id;
}
