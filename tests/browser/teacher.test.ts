/**
 * The teacher's page and printables, used by keyboard as a teacher would: the page prints the
 * lesson plan and every question, in its own formatting; the seat plan starts guided, with short
 * links, a QR code each and Copy all; a seat link opens on the title with its banner; and each
 * printable opens its own view and prints on A4 and on Letter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist } from './support/server';
import { openBrowser } from './support/browser';
import { activate, tabTo } from './support/keyboard';
import { axeViolations, screenshot } from './support/checks';
import { realScenario } from '../support/scenario';

const s = realScenario();
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: BrowserContext;
beforeAll(async () => { server = await serveDist(); browser = await openBrowser(); });
afterAll(async () => { await browser?.close(); await server?.close(); });

const pages = async (page: Page, format: 'A4' | 'Letter') => (await page.pdf({ format })).toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
const visibleText = (page: Page, selector: string) => page.$$eval(selector, (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || (e as HTMLElement).getClientRects().length > 0).map((e) => (e as HTMLElement).innerText).join('\n'));

/** The browser's print dialog, stood in for: it notes which part of the page was asked for. */
const printed = (page: Page) => page.evaluate(() => (window as unknown as { asked: string[] }).asked);

async function teacherPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.evaluate(() => { const w = window as unknown as { asked: string[] }; w.asked = []; window.print = () => { w.asked.push(document.body.dataset.print ?? ''); }; });
  await activate(page, 'for-teachers');
  await page.waitForSelector('.guide');
  return page;
}

describe('the teacher page', () => {
  it('prints the lesson plan and every seat\'s questions, in its own formatting, and says what a class meeting needs', async () => {
    const page = await teacherPage();
    expect(await page.textContent('.teacher')).toContain('needs one computer on the class\'s network running the class server');
    const guide = await page.innerText('.guide');
    expect(guide).not.toMatch(/`|\*[^*\s][^*]*\*/);
    expect(await page.$$eval('.guide code', (els) => els.map((e) => e.textContent))).toContain('npm run class');
    expect(await page.$$eval('.guide em', (els) => els.map((e) => e.textContent))).toContain('Join a class meeting');
    await screenshot(page, 'teacher-page');
    await activate(page, 'print-guide');
    expect(await printed(page)).toEqual(['guide']);
    await page.emulateMedia({ media: 'print' });
    const onPaper = await visibleText(page, '.guide');
    expect(onPaper).toContain('A 50-minute lesson');
    for (const q of s.teaching!.questions) expect(onPaper).toContain(q.questions.at(-1)!.slice(0, 60));
    expect(await page.isVisible('#deal-form')).toBe(false);
    expect(await pages(page, 'A4')).toBeGreaterThan(4);
    expect(await pages(page, 'Letter')).toBeGreaterThan(4);
    await screenshot(page, 'teacher-page-printed');
    await page.close();
  });

  it('deals guided seats with short links, a QR code each, and copies them all', async () => {
    await browser.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await teacherPage();
    expect(await page.$eval('#class-mode', (el) => (el as HTMLSelectElement).value)).toBe('guided');
    await tabTo(page, 'class-size');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('15');
    await activate(page, 'deal-go');
    const links = await page.$$eval('.plan-table a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(15);
    for (const link of links) expect(new URL(link).search).toMatch(/^\?seat=[A-Z]{3}&m=g&s=1030&name=Student\+\d+$/);
    expect(await page.$$('.plan-table svg.qr')).toHaveLength(15);
    await activate(page, 'copy-links');
    await page.waitForFunction(() => document.getElementById('copy-said')?.textContent);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toHaveLength(15);
    for (const link of links) expect(copied).toContain(link);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'seat-plan-qr');
    await activate(page, 'print-plan');
    expect(await printed(page)).toEqual(['plan']);
    // What the seat plan's button prints: the plan, with its QR codes, and not the guide.
    await page.evaluate(() => { document.body.dataset.print = 'plan'; });
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.guide')).toBe(false);
    expect(await page.$$eval('.plan-table svg.qr', (qs) => qs.filter((q) => q.getBoundingClientRect().width > 0).length)).toBe(15);
    await screenshot(page, 'seat-plan-printed');
    await page.close();
  });

  it('selects the links for Ctrl+C where the browser will not copy', async () => {
    const page = await teacherPage();
    await page.evaluate(() => { Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }); });
    await activate(page, 'deal-go');
    await activate(page, 'copy-links');
    await page.waitForFunction(() => document.activeElement?.id === 'plan-links');
    const selected = await page.evaluate(() => { const box = document.getElementById('plan-links') as HTMLTextAreaElement; return box.value.slice(box.selectionStart, box.selectionEnd); });
    expect(selected.split('\n')).toHaveLength(15);
    expect(await page.textContent('#copy-said')).toContain('Ctrl+C');
    await page.close();
  });
});

describe('a seat link', () => {
  it('opens on the title screen with its banner there at once, short or long, and takes the seat in one press', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}?seat=KOR&m=g&s=1030&name=Ana`);
    await page.waitForSelector('.title-screen .banner');
    expect(await page.textContent('#screen-heading')).toBe('Take the Floor');
    expect(await page.textContent('.banner')).toContain('Ana: your teacher\'s link gives you the seat of Republic of Korea.');
    await screenshot(page, 'title-seat-banner');
    await activate(page, 'take-linked');
    expect(await page.textContent('#screen-heading')).toBe('Preparation: Republic of Korea');
    const old = await browser.newPage();
    await old.goto(`${server.url}?seat=FRA&seed=4&mode=briefing`);
    await old.waitForSelector('.title-screen .banner');
    await activate(old, 'new-game');
    expect(await old.$eval('#mode-briefing', (el) => (el as HTMLInputElement).checked)).toBe(true);
    for (const p of [page, old]) await p.close();
  });
});

describe('printables', () => {
  async function openPrintable(id: string): Promise<Page> {
    const page = await teacherPage();
    await activate(page, 'to-printables');
    await page.waitForSelector('.printable-list');
    await activate(page, `printable-${id}`);
    await page.waitForSelector('.printable');
    return page;
  }

  it('prints a role card per seat, one page each, on A4 and on Letter', async () => {
    const page = await openPrintable('roles');
    expect(await page.textContent('#screen-heading')).toBe('Role cards, one page per seat');
    const cards = await page.$$eval('.role-card h2', (els) => els.map((e) => e.textContent));
    expect(cards).toHaveLength(15);
    const rus = await page.innerText('#role-RUS');
    const ins = s.instructions.find((i) => i.seat === 'RUS')!;
    for (const o of [...ins.objectives, ...ins.redLines]) expect(rus).toContain(o.text);
    expect(rus).toMatch(/¶\d+/);
    await page.$eval('#role-RUS', (el) => el.scrollIntoView());
    await screenshot(page, 'role-cards');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#print-this')).toBe(false);
    expect(await pages(page, 'A4')).toBe(15);
    expect(await pages(page, 'Letter')).toBe(15);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: 'test-results/screenshots/role-card-printed.png' });
    await page.close();
  });

  it('prints the worksheets, the rubric and the notes; each opens its own view and comes back', async () => {
    const page = await openPrintable('rubric');
    expect(await page.$$('.rubric tbody tr')).toHaveLength(s.teaching!.objectives.length);
    await activate(page, 'printables-back');
    await page.waitForFunction(() => document.activeElement?.id === 'printable-rubric');
    for (const id of ['observer', 'press']) {
      await activate(page, `printable-${id}`);
      await page.waitForSelector('.worksheet');
      await page.emulateMedia({ media: 'print' });
      expect(await visibleText(page, '.worksheet')).toContain('Name');
      await screenshot(page, `worksheet-${id}-printed`);
      await page.emulateMedia({ media: 'screen' });
      await activate(page, 'printables-back');
    }
    await activate(page, 'printable-notes');
    await tabTo(page, 'notes-seat');
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelectorAll('.option-note').length < 60);
    expect(await page.textContent('.notes')).toContain('Follows');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'teacher-notes');
    await page.close();
  });
});
