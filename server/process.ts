/**
 * One of several class-server processes sharing a Redis: Colyseus' Redis presence and driver let a
 * school or a conference run many class rooms across processes and machines, and a browser that
 * asks any process reaches its class's room, wherever it runs.
 *
 *   REDIS_URL=redis://127.0.0.1:6379 PORT=2567 PUBLIC_ADDRESS=10.0.0.5:2567 tsx server/process.ts
 *
 * PUBLIC_ADDRESS is how browsers reach this process (host:port). Each class's inputs are kept in the
 * same Redis (KEEP_DAYS, 14), so when a process stops, any other reopens its classes where they were;
 * KEEP=folder keeps them in KEEP_DIR (.class-data) instead, for one machine.
 */
import { readFileSync } from 'node:fs';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { loadScenarioText } from '../src/engine';
import { createClassServer } from './app';
import { redisStore } from './redisStore';
import { fileStore } from './store';

const SCENARIO = 'scenarios/unsc-2024-10-30-ukraine-dprk.yaml';
const loaded = loadScenarioText(readFileSync(SCENARIO, 'utf8'));
if (!loaded.ok) { console.error(`${SCENARIO} is not a valid scenario.`); process.exit(1); }

const port = Number(process.env.PORT ?? 2567);
const redis = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const server = createClassServer({
  scenario: loaded.scenario,
  store: process.env.KEEP === 'folder' ? fileStore(process.env.KEEP_DIR ?? '.class-data') : redisStore(redis, Number(process.env.KEEP_DAYS ?? 14)),
  dist: process.env.DIST ?? 'dist',
  limits: { graceSeconds: Number(process.env.GRACE_SECONDS ?? 60) },
  presence: new RedisPresence(redis),
  driver: new RedisDriver(redis),
  publicAddress: process.env.PUBLIC_ADDRESS ?? `127.0.0.1:${port}`,
});
await server.listen(port, process.env.HOST ?? '0.0.0.0');
console.log(`class server listening on ${port}`);
// A clean shutdown needs Redis (the rooms' listings are removed there); if Redis has gone too, the
// process still ends within three seconds instead of retrying for ever.
const stop = async () => {
  setTimeout(() => process.exit(0), 3000).unref();
  await server.gracefullyShutdown(false).catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// One class's fault is logged and the others go on.
process.on('uncaughtException', (error) => console.error(`class server: ${error.message} (the classes go on)`));
