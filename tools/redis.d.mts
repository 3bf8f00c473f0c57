/** Types for tools/redis.mjs, a plain ES module so that it runs before anything is built. */
export function findRedis(): string | null;
