#!/usr/bin/env node
/**
 * Finds `redis-server` for the test that runs two class-server processes on one Redis: REDIS_SERVER,
 * then the PATH. Run as a command, it installs Debian's `redis-server` when none is found and it runs
 * as root on Debian or Ubuntu; otherwise it stops at once with one line saying how to get one.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { aptInstall } from './apt.mjs';

export function findRedis() {
  const fromEnv = process.env.REDIS_SERVER;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const p of ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server']) if (existsSync(p)) return p;
  try { return execSync('command -v redis-server', { encoding: 'utf8', shell: '/bin/sh' }).trim() || null; } catch { return null; }
}

function main() {
  let found = findRedis();
  if (!found && !process.env.REDIS_SERVER && aptInstall('redis-server')) found = findRedis();
  if (!found) {
    console.error('No redis-server found for the two-process class-server test: install one (Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis) or set REDIS_SERVER to its executable.');
    process.exit(1);
  }
  console.log(`The two-process test uses ${found}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
