#!/usr/bin/env node
/**
 * Finds a Chromium-based browser for the browser tests: CHROME_PATH, Debian's and Ubuntu's paths,
 * an installed Google Chrome or Edge, macOS's and Windows' application folders. Run as a command,
 * it installs Debian's `chromium` when none is found and it runs as root on Debian or Ubuntu;
 * otherwise it stops at once with one line saying how to get one. Never downloads a browser itself.
 * It also makes sure Arabic and Chinese have a font (Debian's Noto fonts, installed the same way), so
 * that screenshots in those languages show their letters and not empty boxes.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { aptInstall } from './apt.mjs';

const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium',
  '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function main() {
  let found = findChrome();
  if (!found && process.env.CHROME_PATH) {
    console.error(`CHROME_PATH points to ${process.env.CHROME_PATH}, which does not exist: set it to a Chromium, Chrome or Edge executable.`);
    process.exit(1);
  }
  if (!found && aptInstall('chromium')) found = findChrome();
  if (!found) {
    console.error('No Chromium found for the browser tests: install one (Debian/Ubuntu: sudo apt-get install -y chromium; macOS or Windows: Google Chrome) or set CHROME_PATH to its executable.');
    process.exit(1);
  }
  console.log(`Browser tests use ${found}`);
  fontsForEveryLanguage();
}

/** The scripts the game's languages need beyond Latin and Cyrillic, and the Debian package with a font for each. */
const SCRIPTS = [['ar', 'fonts-noto-core'], ['zh', 'fonts-noto-cjk']];

function hasFont(lang) {
  try { return execSync(`fc-list :lang=${lang} family`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== ''; } catch { return true; /* no fontconfig: not Linux, the system has its own */ }
}

function fontsForEveryLanguage() {
  const missing = SCRIPTS.filter(([lang]) => !hasFont(lang));
  if (missing.length === 0) return;
  if (!aptInstall(missing.map(([, pkg]) => pkg).join(' '))) {
    console.log(`No font for ${missing.map(([lang]) => lang).join(' and ')}: the tests still run, but screenshots in those languages show empty boxes (Debian/Ubuntu: sudo apt-get install -y ${missing.map(([, pkg]) => pkg).join(' ')}).`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
