/**
 * Under the site's Content-Security-Policy, hostile text (a script in a closing sentence, a name, a
 * link) runs nothing and breaks no layout; a 200-character word wraps, on screen and on paper;
 * emoji and right-to-left text stay whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, chooseRadio, tabTo } from './support/keyboard';
import { screenshot } from './support/checks';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: BrowserContext;
beforeAll(async () => { server = await serveDist(); browser = await openBrowser({ width: 360, height: 740 }); });
afterAll(async () => { await browser?.close(); await server?.close(); });

const LONG = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(5).slice(0, 200);
const FAMILY = '👩‍👩‍👧‍👦';
const ARABIC = 'مجلس الأمن';

describe('hostile text under the Content-Security-Policy', () => {
  it('runs no script from a name, a link or a closing sentence, and keeps every layout inside the screen', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', (e) => errors.push(e.message));
    const name = `<img src=x onerror=alert(1)>${LONG}`;
    await page.goto(`${server.url}?seat=MOZ&seed=3&name=${encodeURIComponent(name)}&mode=${encodeURIComponent('\u202e<b>x</b>')}`);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    await activate(page, 'new-game');
    expect(await page.textContent('.banner')).toContain('<img src=x onerror=alert(1)>');
    expect(await page.$('.banner img')).toBeNull();
    await activate(page, 'take-linked');
    await activate(page, 'begin-top');
    for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
    await chooseRadio(page, 'topic-deployment', 'pick-a3-deployment-allegations');
    await tabTo(page, 'closing');
    await page.keyboard.insertText(`<script>alert(1)</script> ${LONG.slice(0, 120)} ${FAMILY} ${ARABIC}`);
    await page.keyboard.press('Tab');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await activate(page, 'deliver');
    for (let i = 0; i < 40 && (await page.$('#continue')); i++) await activate(page, 'continue');
    if (await page.$('#reply-submit')) await activate(page, 'reply-submit');
    await activate(page, 'to-debrief');
    expect(await overflow()).toBeLessThanOrEqual(0);
    const statement = await page.textContent('.debrief');
    expect(statement).toContain(FAMILY);
    expect(statement).toContain(ARABIC);
    expect(statement).toContain('<script>alert(1)</script>');
    expect(await page.$('.debrief script')).toBeNull();
    await screenshot(page, 'hostile-debrief-phone');
    await page.emulateMedia({ media: 'print' });
    const record = await page.$eval('.print-record', (el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(record.scroll).toBeLessThanOrEqual(record.client);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
