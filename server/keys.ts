/**
 * Keys, holders and secrets on the class server. A browser's key is its password to its seat: the
 * server keeps only its hash (the holder the rules know), so a kept file or a log never holds one.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { CODE_LETTERS } from '../src/live/types';

export const holderOf = (key: string): string => createHash('sha256').update(`take-the-floor/holder\u0000${key}`).digest('base64url');

/** A key for the President's link (`npm run class`). */
export const newKey = (): string => randomBytes(18).toString('base64url');

/** Nine letters with no look-alikes: 22^9, a little over 2^40. */
export function classCode(): string {
  return Array.from({ length: 9 }, () => CODE_LETTERS[randomInt(CODE_LETTERS.length)]).join('');
}
