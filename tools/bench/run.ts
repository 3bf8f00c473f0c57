/**
 * `npm run bench`: builds the site and a default Phaser 4 page, serves both compressed, and measures
 * in headless Chromium: bytes before the first control and in all; time to the first control and to
 * the first chamber frame, unthrottled and at 4× CPU on a 1.6 Mbit/s, 150 ms link; p95 frame time
 * while the meeting advances; the JS heap after a full game; the audit's runs per second. Medians of
 * several runs, a table, and test-results/bench.json. Times are reported, never asserted: the
 * machine is shared, so the Phaser page beside it gives a ratio that drifts less.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChrome } from '../chrome.mjs';
import { serveCompressed } from './serve';
import { BEFORE_FIRST_CONTROL_BUDGET, IN_ALL_BUDGET, siteBytes } from './bytes';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SLOW = { cpu: 4, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8, latency: 150 };
const median = (xs: number[]) => { const v = [...xs].sort((a, b) => a - b); return v.length ? v[Math.floor((v.length - 1) / 2)]! : NaN; };

async function browser() {
  const chrome = findChrome();
  if (!chrome) throw new Error('no Chromium found: run node tools/chrome.mjs');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ttf-bench-')), {
    executablePath: chrome, headless: true, viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function throttle(page: Page, slow: boolean) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slow) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW.latency, downloadThroughput: SLOW.download, uploadThroughput: SLOW.upload });
  }
  return cdp;
}

async function press(page: Page, id: string) {
  await page.focus(`#${id}`);
  await page.keyboard.press('Enter');
}

/** The game: first control, then (from the click) the first chamber frame. */
async function gameTimes(url: string, slow: boolean) {
  const ctx = await browser();
  const page = await ctx.newPage();
  await throttle(page, slow);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('#new-game');
  const firstControl = await page.evaluate(() => performance.now());
  await page.waitForSelector('.saved-list, #for-teachers');
  await press(page, 'new-game');
  await page.waitForSelector('#seat-KOR');
  await press(page, 'seat-KOR');
  await page.waitForSelector('#begin-top');
  const clicked = await page.evaluate(() => performance.now());
  await press(page, 'begin-top');
  await page.waitForSelector('#chamber canvas', { timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const chamber = (await page.evaluate(() => performance.now())) - clicked;
  await ctx.close();
  return { firstControl, chamber };
}

/** The baseline page: its first frame. */
async function baselineTime(url: string, slow: boolean) {
  const ctx = await browser();
  const page = await ctx.newPage();
  await throttle(page, slow);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { firstFrame?: number }).firstFrame !== undefined, null, { timeout: 120_000 });
  const t = await page.evaluate(() => (window as unknown as { firstFrame: number }).firstFrame);
  await ctx.close();
  return t;
}

/** p95 frame time while the speakers' list advances (meters animate), and the heap after a whole game. */
async function frameAndHeap(url: string) {
  const ctx = await browser();
  const page = await ctx.newPage();
  const cdp = await throttle(page, false);
  await page.goto(url);
  await page.waitForSelector('.saved-list, #for-teachers');
  await press(page, 'new-game');
  await page.waitForSelector('#seat-SLE');
  await press(page, 'seat-SLE');
  await press(page, 'begin-top');
  await page.waitForSelector('#chamber canvas', { timeout: 60_000 });
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.frames_ = [];
    let last = performance.now();
    const tick = (now) => { window.frames_.push(now - last); last = now; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  for (let i = 0; i < 12 && (await page.$('#continue')); i++) { await press(page, 'continue'); await page.waitForTimeout(250); }
  const frames = await page.evaluate(() => (window as unknown as { frames_: number[] }).frames_.slice(2));
  const sorted = [...frames].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? NaN;
  for (let i = 0; i < 60 && (await page.$('#continue')); i++) await press(page, 'continue');
  if (await page.$('#deliver')) await press(page, 'deliver');
  for (let i = 0; i < 60 && (await page.$('#continue')); i++) await press(page, 'continue');
  if (await page.$('#reply-submit')) await press(page, 'reply-submit');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await ctx.close();
  return { p95, heap };
}

async function main() {
  console.log('Building the site and the Phaser baseline…');
  execSync('npx vite build --configLoader runner --logLevel warn', { stdio: 'inherit' });
  execSync('npx vite build tools/bench/baseline --logLevel warn --outDir ../../../node_modules/.cache/bench-baseline --emptyOutDir --base ./', { stdio: 'inherit' });
  const site = await serveCompressed('dist');
  const base = await serveCompressed('node_modules/.cache/bench-baseline');
  const bytes = siteBytes();
  const results: Record<string, number[]> = {};
  const add = (k: string, v: number) => { (results[k] ??= []).push(v); };
  for (let i = 0; i < RUNS; i++) {
    for (const slow of [false, true]) {
      const tag = slow ? 'slow' : 'fast';
      const g = await gameTimes(site.url, slow);
      add(`firstControl.${tag}`, g.firstControl);
      add(`chamber.${tag}`, g.chamber);
      add(`baseline.${tag}`, await baselineTime(base.url, slow));
    }
    const f = await frameAndHeap(site.url);
    add('p95frame', f.p95);
    add('heap', f.heap);
    process.stdout.write(`run ${i + 1} of ${RUNS} done\n`);
  }
  await site.close();
  await base.close();
  const auditOut = execSync('npm run audit --silent', { encoding: 'utf8' });
  const runsPerSecond = Number(/([\d,]+) runs per second/.exec(auditOut)?.[1]?.replace(/,/g, '') ?? NaN);
  const m = (k: string) => median(results[k] ?? []);
  const rows: [string, string, string, string][] = [
    ['bytes before the first control (compressed)', `${(bytes.beforeFirstControl / 1000).toFixed(1)} KB`, `≤ ${BEFORE_FIRST_CONTROL_BUDGET / 1000} KB`, bytes.beforeFirstControl <= BEFORE_FIRST_CONTROL_BUDGET ? 'met' : 'missed'],
    ['bytes in all (every file, the offline copy included)', `${(bytes.inAll / 1000).toFixed(1)} KB`, `≤ ${IN_ALL_BUDGET / 1000} KB`, bytes.inAll <= IN_ALL_BUDGET ? 'met' : 'missed'],
    ['bytes of the class-meeting line (fetched only in a class)', `${(bytes.liveClient / 1000).toFixed(1)} KB`, '≤ 45 KB', bytes.liveClient <= 45_000 ? 'met' : 'missed'],
    ['first usable control, unthrottled', `${m('firstControl.fast').toFixed(0)} ms`, '', ''],
    ['first usable control, 4× CPU + 1.6 Mbit/s, 150 ms', `${m('firstControl.slow').toFixed(0)} ms`, '≤ 1000 ms', m('firstControl.slow') <= 1000 ? 'met' : 'missed'],
    ['first chamber frame from the click, unthrottled', `${m('chamber.fast').toFixed(0)} ms`, '', ''],
    ['first chamber frame from the click, throttled', `${m('chamber.slow').toFixed(0)} ms`, '≤ 2500 ms', m('chamber.slow') <= 2500 ? 'met' : 'missed'],
    ['Phaser 4 baseline first frame, unthrottled', `${m('baseline.fast').toFixed(0)} ms`, '', ''],
    ['Phaser 4 baseline first frame, throttled', `${m('baseline.slow').toFixed(0)} ms`, '', ''],
    ['ratio: our first chamber frame / baseline first frame (throttled)', (m('chamber.slow') / m('baseline.slow')).toFixed(2), '', ''],
    ['p95 frame time while the meeting advances, unthrottled', `${m('p95frame').toFixed(1)} ms`, '≤ 17 ms', m('p95frame') <= 17 ? 'met' : 'missed'],
    ['JS heap after a full game', `${(m('heap') / 1e6).toFixed(1)} MB`, '≤ 30 MB', m('heap') <= 30e6 ? 'met' : 'missed'],
    ['audit runs per second', runsPerSecond.toLocaleString('en'), '≥ 1,000,000', runsPerSecond >= 1e6 ? 'met' : 'missed'],
  ];
  console.log(`\nMedians of ${RUNS} runs:\n`);
  console.log('| measure | figure | target | |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', `${JSON.stringify({ runs: RUNS, bytes, raw: results, runsPerSecond, table: rows }, null, 2)}\n`);
  console.log('\nWritten to test-results/bench.json');
}

await main();
