/**
 * The class server the load script measures, in a process of its own so that its memory is its own.
 * Loopback only. Writes "ready <port>" when listening; answers "memory" on stdin with its heap in JSON.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { matchMaker } from '@colyseus/core';
import { loadScenarioText } from '../../src/engine';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { createClassServer } from '../../server/app';
import { redisStore } from '../../server/redisStore';
import { memoryStore } from '../../server/store';

const loaded = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
if (!loaded.ok) throw new Error('the scenario does not load');
// Every simulated browser comes from 127.0.0.1: the door's per-address limits are lifted here (they are
// measured in tests/server/gate.test.ts); the per-connection message budget is the real one.
// With REDIS_URL, one of several processes on one Redis (presence, driver and the kept meetings), as
// server/process.ts runs them; PORT is then given, so the process can say how browsers reach it.
const redis = process.env.REDIS_URL;
const port = Number(process.env.PORT ?? 0);
const server = createClassServer({
  scenario: loaded.scenario, store: redis ? redisStore(redis) : memoryStore(), limits: { graceSeconds: 20, reservationSeconds: 60 },
  gate: { joinsPerMinute: 1e9, wrongCodesPerMinute: 1e9, placesPerAddress: 1e9, createsPerHour: 1e9, openClasses: 1e9 },
  ...(redis ? { presence: new RedisPresence(redis), driver: new RedisDriver(redis), publicAddress: `127.0.0.1:${port}` } : {}),
});
await server.listen(port, '127.0.0.1');
const address = (server.transport as unknown as { server: { address(): { port: number } } }).server.address();
console.log(`ready ${address.port}`);
createInterface({ input: process.stdin }).on('line', async (line) => {
  if (line.trim() !== 'memory') return;
  globalThis.gc?.();
  // This process's own rooms (with several processes, the driver lists everyone's).
  const rooms = matchMaker.stats.local.roomCount;
  console.log(`memory ${JSON.stringify({ heapUsed: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss, rooms })}`);
});
