/**
 * A class server for the browser tests: the built game and the room on one loopback port, with one
 * class opened as `npm run class` opens it, and pages that report any error they raise.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { loadScenarioText, type Mode, type Scenario } from '../../../src/engine';
import { makeClassSecret } from '../../../src/live/signature';
import { createClassServer, openClass } from '../../../server/app';
import { holderOf } from '../../../server/keys';
import { memoryStore } from '../../../server/store';
import { openBrowser } from './browser';
import { activate } from './keyboard';

const loaded = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
if (!loaded.ok) throw new Error('the scenario does not load');
export const scenario: Scenario = loaded.scenario;

export interface TestClass { url: string; secret: string; stop(): Promise<void> }

export async function classServerWith(setup: { code: string; seed: number; mode: Mode; chairKey: string; chairName: string }): Promise<TestClass> {
  const server = createClassServer({ scenario, store: memoryStore(), dist: 'dist', limits: { graceSeconds: 30 } });
  await server.listen(0, '127.0.0.1');
  const address = (server.transport.server as unknown as { address(): { port: number } }).address();
  const secret = makeClassSecret();
  await openClass({ code: setup.code, seed: setup.seed, mode: setup.mode, chair: holderOf(setup.chairKey), chairName: setup.chairName, secret });
  return { url: `http://127.0.0.1:${address.port}/`, secret, stop: () => server.gracefullyShutdown(false).catch(() => {}) };
}

/** A new tab whose page errors and console errors (other than a dropped connection's) land in `problems`. */
export async function watchedTab(context: BrowserContext, problems: string[]): Promise<Page> {
  const p = await context.newPage();
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  p.on('console', (m) => { if (m.type() === 'error' && !/WebSocket|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text())) problems.push(`console error: ${m.text()}`); });
  return p;
}

/** A class's browsers in one test: each page in a browser of its own, watched for errors, all closed together. */
export function classBrowsers() {
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  return {
    problems,
    async page(viewport?: { width: number; height: number }): Promise<Page> {
      const context = await openBrowser(viewport);
      contexts.push(context);
      return watchedTab(context, problems);
    },
    async closeAll() { for (const c of contexts) await c.close().catch(() => {}); },
  };
}

/** A student joins a class as a person does, by keyboard: the class code as typed, their name, then their seat. */
export async function joinClass(p: Page, url: string, typedCode: string, name: string, seat: string): Promise<void> {
  await p.goto(url);
  await activate(p, 'join-class');
  await p.waitForSelector('#class-code');
  await activate(p, 'class-code');
  await p.keyboard.type(typedCode);
  await p.keyboard.press('Tab');
  await p.keyboard.type(name);
  await p.keyboard.press('Enter');
  await p.waitForSelector(`#take-${seat}:not([disabled])`);
  await activate(p, `take-${seat}`);
  await p.waitForSelector('#you-heading');
}
