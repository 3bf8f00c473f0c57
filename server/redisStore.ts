/**
 * Meetings kept in Redis, beside Colyseus' presence and driver: with several class-server processes
 * on one Redis, a class whose process stopped is reopened by whichever process a browser reaches.
 *
 * A class is one Redis list of the same framed lines as the folder's file (its setup first, then
 * every accepted input, each with its checksum), read back by the same reader. Each write renews
 * the list's lifetime, so a class untouched for `keepDays` is removed by Redis itself.
 */
import { Redis } from 'ioredis';
import { CLASS_CODE } from '../src/live/types';
import { frame, readKept, type MeetingStore } from './store';

const keyOf = (code: string) => {
  if (!CLASS_CODE.test(code)) throw new Error(`not a class code: ${code}`);
  return `take-the-floor:class:${code}`;
};

export function redisStore(url: string, keepDays = 14): MeetingStore & { close(): Promise<void> } {
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  // A lost Redis is logged once per failure; the meeting in memory goes on, and the room's own net catches the rest.
  redis.on('error', (error) => console.error(`class server: Redis store: ${error.message}`));
  const ttl = Math.round(keepDays * 86_400);
  return {
    async start(setup, played) {
      const key = keyOf(setup.code);
      await redis.multi().del(key).rpush(key, frame({ ...played, setup }).trimEnd()).expire(key, ttl).exec();
    },
    append(code, input) {
      const key = keyOf(code);
      // Sent in order on one connection: the list grows in the order the room accepted its inputs.
      redis.multi().rpush(key, frame(input).trimEnd()).expire(key, ttl).exec().catch((error: Error) => {
        console.error(`class ${code}: an input could not be kept in Redis (${error.message}); the meeting goes on`);
      });
    },
    async load(code) {
      if (!CLASS_CODE.test(code)) return null;
      const lines = await redis.lrange(keyOf(code), 0, -1);
      if (lines.length === 0) return null;
      return readKept(`${lines.join('\n')}\n`, `Redis (class ${code})`);
    },
    async exists(code) {
      return CLASS_CODE.test(code) && (await redis.exists(keyOf(code))) === 1;
    },
    // Redis removes a class untouched for keepDays itself.
    expire: () => 0,
    async close() { await redis.quit(); },
  };
}
