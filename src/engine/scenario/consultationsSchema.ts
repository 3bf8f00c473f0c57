/**
 * The consultations section (format version 3): after the open meeting, members try to agree on
 * press elements that the penholder circulates. Elements, their amendments, who voices each
 * amendment, and what each capital wants in, kept out or cannot do without.
 */
import { z } from 'zod';
import { Basis, Id, Stance, range, text } from './parts';

export interface ConsultCondition {
  all?: ConsultCondition[];
  any?: ConsultCondition[];
  not?: ConsultCondition;
  agreed?: string;
  amended?: string;
  product?: boolean;
  blockedBy?: string;
  dropped?: string;
}

export const CONSULT_HEADS = ['all', 'any', 'not', 'agreed', 'amended', 'product', 'blockedBy', 'dropped'] as const;

export const ConsultConditionSchema: z.ZodType<ConsultCondition> = z
  .object({
    get all() { return z.array(ConsultConditionSchema, { error: 'expected a list of conditions' }).min(1).optional(); },
    get any() { return z.array(ConsultConditionSchema, { error: 'expected a list of conditions' }).min(1).optional(); },
    get not() { return ConsultConditionSchema.optional(); },
    agreed: Id.optional(),
    amended: Id.optional(),
    product: z.boolean({ error: 'expected true or false' }).optional(),
    blockedBy: Id.optional(),
    dropped: Id.optional(),
  }, { error: 'expected a condition on the elements (an object such as { agreed: el-concern })' })
  .strict()
  .superRefine((c, ctx) => {
    const heads = CONSULT_HEADS.filter((h) => c[h] !== undefined);
    if (heads.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: heads.length === 0
          ? `a condition on the elements needs one of: ${CONSULT_HEADS.join(', ')}`
          : `a condition has one head, found ${heads.join(' and ')} (combine them with all/any)`,
      });
    }
  });

export const AMENDMENT_KINDS = ['soften', 'harden', 'delete', 'balance'] as const;

const Amendment = z.object({
  id: Id,
  kind: z.enum(AMENDMENT_KINDS, { error: 'expected "soften", "harden", "delete" or "balance"' }),
  label: text('a short label for the menu'),
  /** The whole paragraph as amended; a deletion has none. */
  text: text('the paragraph as amended').optional(),
  stance: Stance.default({}),
  /** Who proposes it, and in what words: seat or camp ids. */
  say: z.record(Id, text('the words that delegation proposes it with'), { error: 'expected a map of seat or camp id to the words it proposes the amendment with' }),
  // An amendment rests on its element's basis: it rewords a position some members took.
}).strict();

const Element = z.object({
  id: Id,
  label: text('a short label'),
  text: text('the paragraph in Council language'),
  stance: Stance.default({}),
  amendments: z.array(Amendment).min(1, { error: 'an element needs at least one amendment members can propose' }),
  /** The penholder's own middle ground, offered in the last round where members still object. */
  compromise: z.object({ label: text(), text: text(), stance: Stance.default({}) }).strict().optional(),
  ...Basis,
}).strict();

const ElementObjective = z.object({ id: Id, text: text(), when: ConsultConditionSchema, ...Basis }).strict();

/** What a capital instructs its delegation for the elements. */
const Brief = z.object({
  seat: Id,
  summary: text('what the capital wants in, kept out of, or traded in the elements'),
  wants: z.array(Id, { error: 'expected a list of element ids' }).default([]),
  keepOut: z.array(Id, { error: 'expected a list of element ids' }).default([]),
  /** A paragraph kept out that this delegation lets through (its keep-out set aside) while another it wants is in the text. */
  trades: z.array(z.object({ give: Id, for: Id }).strict(), { error: 'expected a list of { give: element, for: element }' }).default([]),
  /** Elements without which this delegation breaks silence on the whole text. */
  needs: z.array(Id, { error: 'expected a list of element ids' }).default([]),
  objectives: z.array(ElementObjective).min(1, { error: 'expected one to three objectives' }).max(3, { error: 'expected one to three objectives' }),
  redLines: z.array(ElementObjective).default([]),
}).strict();

export const Consultations = z.object({
  product: text('what the members try to agree, e.g. "press elements"'),
  penholder: Id,
  rounds: range(2, 3, true),
  intro: text(),
  reality: text('what really happened after the meeting'),
  realityBasis: z.enum(['source', 'record'], { error: 'expected "source" or "record": what really happened is never an assumption' }),
  elements: z.array(Element).min(3, { error: 'expected three to six elements' }).max(6, { error: 'expected three to six elements' }),
  instructions: z.array(Brief).min(1),
  ...Basis,
}).strict();

export type ConsultationsSection = z.infer<typeof Consultations>;
export type ElementEntry = ConsultationsSection['elements'][number];
export type AmendmentEntry = ElementEntry['amendments'][number];
export type ElementBrief = ConsultationsSection['instructions'][number];
