/** The building blocks every section of the scenario format shares: ids, texts, ranges, sources. */
import { z } from 'zod';

export const text = (what = 'text') =>
  z.string({ error: `expected ${what}` }).trim().min(1, { error: `expected ${what}, not an empty string` });

export const range = (min: number, max: number, integer = false) => {
  const msg = `expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`;
  const base = z.number({ error: msg }).min(min, { error: msg }).max(max, { error: msg });
  return integer ? base.int({ error: msg }) : base;
};

/** Names every JavaScript object already has: as ids they would collide with its own properties. */
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

export const Id = z
  .string({ error: 'expected an id' })
  .max(100, { error: 'expected an id of at most 100 characters' })
  .regex(/^[A-Za-z][A-Za-z0-9-]*$/, { error: 'expected an id made of letters, digits and dashes, starting with a letter' })
  .refine((id) => !RESERVED.has(id), { error: 'this id is reserved (it is the name of a built-in property); choose another' });

/** Body paragraphs of the source document that back an entry. */
export const Cite = z.array(range(1, 10_000, true), { error: 'expected a list of paragraph numbers' });

/**
 * Every entry says where it comes from: the source document (cited by paragraph), the meeting's
 * record (named by document and speaker), or a design assumption (with a reason).
 */
export const Basis = {
  basis: z.enum(['source', 'record', 'assumption'], { error: 'expected "source", "record" or "assumption"' }).default('source'),
  record: text('the record it follows, e.g. "SC/15877, Sierra Leone"').optional(),
  rationale: text('a one-line rationale').optional(),
  cite: Cite.default([]),
};

/** Which seats an entry is for: seat ids or camp ids. Absent means every seat. */
export const Scope = z.array(Id, { error: 'expected a list of seat or camp ids' }).min(1, { error: 'expected at least one seat or camp id' }).optional();
export const Targets = z.array(Id, { error: 'expected a list of delegation ids' }).default([]);

export const Stance = z.record(Id, range(-2, 2, true), { error: 'expected a map of issue id to a number from -2 to 2' });
export const Effects = z.record(Id, range(-100, 100), { error: 'expected a map of meter id to a change' });
export const Variants = z.array(text(), { error: 'expected a list of texts' }).min(1, { error: 'expected at least one text' });
