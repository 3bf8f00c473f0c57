/** Types for tools/chrome.mjs, a plain ES module so that it runs before anything is built. */
export function findChrome(): string | null;
