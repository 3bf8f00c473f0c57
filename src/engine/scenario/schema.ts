/**
 * The scenario format, version 3 (version 2 plus the consultations after the meeting; version 2 was
 * version 1 plus seat scope, camps, targets and five kinds of line). A scenario is authored as YAML in `scenarios/` and read through
 * `loadScenario`, never by casting. Messages are written for an author, so every range and id rule
 * carries its own plain-English error.
 */
import { z } from 'zod';
import { Basis, Effects, Id, Scope, Stance, Targets, Variants, range, text } from './parts';
import { Consultations } from './consultationsSchema';

export { Id };
/** Version 2 files are read as they are: they have no consultations, so their games end with the meeting. */
export const SCENARIO_FORMAT_VERSION = 3;

export interface Condition {
  always?: true;
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  meter?: string;
  stance?: string;
  alignedOf?: string[];
  atLeast?: number;
  atMost?: number;
  chose?: string;
  addressed?: string;
  aligned?: string;
  attacked?: boolean;
  overclaimed?: boolean;
  news?: string;
  seat?: string;
  named?: string;
}

/** The heads a condition can have; exactly one per condition object. */
export const CONDITION_HEADS = [
  'always', 'all', 'any', 'not', 'meter', 'stance', 'alignedOf', 'chose', 'addressed', 'aligned',
  'attacked', 'overclaimed', 'news', 'seat', 'named',
] as const;
const COMPARABLE = new Set(['meter', 'stance', 'alignedOf']);

export const ConditionSchema: z.ZodType<Condition> = z
  .object({
    always: z.literal(true, { error: 'expected true' }).optional(),
    get all() { return z.array(ConditionSchema, { error: 'expected a list of conditions' }).min(1).optional(); },
    get any() { return z.array(ConditionSchema, { error: 'expected a list of conditions' }).min(1).optional(); },
    get not() { return ConditionSchema.optional(); },
    meter: Id.optional(),
    stance: Id.optional(),
    alignedOf: z.array(Id).min(1).optional(),
    atLeast: z.number({ error: 'expected a number' }).optional(),
    atMost: z.number({ error: 'expected a number' }).optional(),
    chose: Id.optional(),
    addressed: Id.optional(),
    aligned: Id.optional(),
    attacked: z.boolean({ error: 'expected true or false' }).optional(),
    overclaimed: z.boolean({ error: 'expected true or false' }).optional(),
    news: Id.optional(),
    seat: Id.optional(),
    named: Id.optional(),
  }, { error: 'expected a condition (an object such as { meter: escalation, atMost: 60 })' })
  .strict()
  .superRefine((c, ctx) => {
    const heads = CONDITION_HEADS.filter((h) => c[h] !== undefined);
    if (heads.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: heads.length === 0
          ? `a condition needs one of: ${CONDITION_HEADS.join(', ')}`
          : `a condition has one head, found ${heads.join(' and ')} (combine them with all/any)`,
      });
      return;
    }
    const comparable = COMPARABLE.has(heads[0]!);
    const hasBound = c.atLeast !== undefined || c.atMost !== undefined;
    if (comparable && !hasBound) ctx.addIssue({ code: 'custom', message: `"${heads[0]}" needs atLeast or atMost` });
    if (!comparable && hasBound) ctx.addIssue({ code: 'custom', message: `atLeast/atMost only go with meter, stance or alignedOf` });
  });

const Meta = z.object({
  title: text(),
  date: z.string({ error: 'expected a date' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' }),
  agendaItem: text(),
  meetingType: text(),
  body: text(),
  presidentAddress: text('how speakers address the President, e.g. "Madam President"'),
  /** The language of the scenario's texts (a BCP 47 code, "en" when absent): a translation sets it. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language code such as "fr"' }).optional(),
  source: z.object({
    title: text(),
    publisher: text(),
    posted: text(),
    file: text(),
    paragraphs: range(1, 10_000, true),
    counting: text('how body paragraphs are counted'),
  }).strict(),
}).strict();

const Level = z.object({ id: Id, label: text(), rank: range(0, 10, true), description: text() }).strict();

const Band = z.object({ from: z.number({ error: 'expected a number' }), label: text() }).strict();
const Meter = z.object({
  id: Id,
  label: text(),
  description: text(),
  kind: z.enum(['tally', 'alignment'], { error: 'expected "tally" (moved by effects) or "alignment" (counts aligned members)' }),
  min: z.number({ error: 'expected a number' }),
  max: z.number({ error: 'expected a number' }),
  start: z.number({ error: 'expected a number' }).optional(),
  better: z.enum(['higher', 'lower'], { error: 'expected "higher" or "lower"' }),
  bands: z.array(Band).min(1, { error: 'expected at least one band' }),
}).strict();

const Line = z.object({
  id: Id,
  if: ConditionSchema.optional(),
  for: Scope,
  variants: Variants,
  effects: Effects.default({}),
  targets: Targets,
  respondsTo: z.array(Id, { error: 'expected a list of option ids or position tags' }).optional(),
  ...Basis,
}).strict();

import { SPEECH_KINDS } from '../kinds';
export { SPEECH_KINDS };
const Speech = z.object({
  own: z.array(Line).default([]),
  align: z.array(Line).default([]),
  rebut: z.array(Line).default([]),
  attack: z.array(Line).default([]),
  answer: z.array(Line).default([]),
}).strict();

const Delegation = z.object({
  id: Id,
  name: text(),
  shortName: text(),
  inText: text('how the delegation is named mid-sentence, e.g. "the United States"').optional(),
  kind: z.enum(['member', 'briefer', 'rule37'], { error: 'expected "member", "briefer" or "rule37"' }),
  permanent: z.boolean().default(false),
  group: text(),
  role: text(),
  brief: text('a one-line brief'),
  stance: Stance.default({}),
  evidenceMinded: range(0, 2, true).default(0),
  mayAttack: z.boolean().default(false),
  reactionScale: range(0, 3).default(1),
  selfNames: z.array(text(), { error: 'expected a list of names' }).default([]),
  aliases: z.array(text(), { error: 'expected a list of names' }).default([]),
  speech: Speech.default({ own: [], align: [], rebut: [], attack: [], answer: [] }),
  attackedOnRecord: text('who criticised this delegation by name at the real meeting, so that being attacked in almost every game is true to the record').optional(),
  ...Basis,
}).strict();

const Fact = z.object({
  id: Id,
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'expected a date as YYYY-MM-DD or YYYY-MM' }).optional(),
  text: text(),
  evidence: Id,
  ...Basis,
}).strict();

const Claim = z.object({ fact: Id, certainty: Id }).strict();

const Option = z.object({
  id: Id,
  label: text('a short label'),
  text: text('the option in the Council register'),
  seconds: range(0, 600, true),
  effects: Effects.default({}),
  stance: Stance.default({}),
  claims: z.array(Claim).default([]),
  why: text('a one-line reason for its effects'),
  for: Scope,
  targets: Targets,
  answers: z.boolean({ error: 'expected true or false' }).default(false),
  tags: z.array(Id, { error: 'expected a list of position tags' }).default([]),
  ...Basis,
}).strict();

const Topic = z.object({
  id: Id,
  label: text(),
  prompt: text(),
  for: Scope,
  options: z.array(Option).min(2, { error: 'a topic needs at least two options' }),
  ...Basis,
}).strict();

const News = z.object({
  id: Id,
  weight: range(0, 100),
  headline: text(),
  text: text(),
  effects: Effects.default({}),
  support: z.record(Id, range(-100, 100)).default({}),
  ...Basis,
}).strict();

const Objective = z.object({ id: Id, text: text(), when: ConditionSchema, ...Basis }).strict();
const Instructions = z.object({
  seat: Id,
  summary: text(),
  objectives: z.array(Objective).min(2, { error: 'expected two to four objectives' }).max(4, { error: 'expected two to four objectives' }),
  redLines: z.array(Objective).default([]),
}).strict();

const Outcome = z.object({ id: Id, title: text(), headline: text(), text: text(), ...Basis }).strict();
const OutcomeRule = z.object({ outcome: Id, when: ConditionSchema }).strict();

const Rules = z.object({
  supportRange: z.tuple([z.number(), z.number()]),
  affinityPerStance: z.number(),
  supportPerStance: z.number(),
  alignAt: z.number({ error: 'expected the support at which a member stands with you' }),
  reactAt: z.number({ error: 'expected the size of statement impact that makes a speaker react' }).positive(),
  reactionEffects: z.object({ align: Effects, rebut: Effects, attack: Effects, answer: Effects }).strict(),
  maxSwing: z.record(Id, range(0, 1000), { error: 'expected a map of meter id to the most one speech may move it' }),
  overclaim: z.object({ effects: Effects, supportPerStep: z.number() }).strict(),
  speakingTime: z.object({ budget: range(30, 1200, true), frame: range(0, 300, true) }).strict(),
  closingSentenceMax: range(0, 500, true),
}).strict();

const Presidency = z.object({
  seat: Id,
  opening: z.array(text()).min(1),
  closing: z.array(text()).min(1, { error: 'expected the President\'s closing words' }),
  options: z.array(Option).min(2, { error: 'the chair needs at least two ways to open' }),
  /**
   * The President's own ways to close the meeting, when the player presides (procedural words: they
   * move no meter). Without them, the closing words above are said for a presiding player too.
   */
  closingOptions: z.array(z.object({ id: Id, label: text(), text: text(), ...Basis }).strict())
    .min(2, { error: 'a presiding player needs at least two ways to close the meeting' }).optional(),
  ...Basis,
}).strict();

/** What each delegation actually argued at the meeting, paraphrased; "found: false" where the record is silent. */
const RecordSection = z.object({
  source: text('one sentence naming the record and how it was paraphrased'),
  delegations: z.array(z.object({
    delegation: Id,
    found: z.boolean({ error: 'expected true or false' }),
    reference: text('the document and speaker').optional(),
    confidence: text().optional(),
    points: z.array(text()).default([]),
    note: text('why nothing is shown').optional(),
  }).strict()).min(1),
}).strict();

/** For the teacher page: learning objectives, and discussion questions per seat tied to its choices. */
const Teaching = z.object({
  objectives: z.array(text()).min(1),
  questions: z.array(z.object({ seat: Id, questions: z.array(text()).min(1) }).strict()).default([]),
}).strict();

export const ScenarioSchema = z.object({
  $schema: z.string().optional(),
  formatVersion: z.union([z.literal(2), z.literal(3)], {
    error: (issue) => (issue.input === 1
      ? 'this file is in format version 1, which offered every seat the same options; version 2 scopes options, topics and lines to seats and camps (see docs/scenario-format.md, "Moving from version 1")'
      : `expected formatVersion ${SCENARIO_FORMAT_VERSION} (or 2, a file without consultations)`),
  }),
  id: Id,
  version: range(1, 1_000_000, true),
  meta: Meta,
  evidenceLevels: z.array(Level).min(1),
  certainties: z.array(Level).min(1),
  issues: z.array(z.object({ id: Id, label: text(), description: text() }).strict()).min(1),
  camps: z.array(z.object({ id: Id, label: text(), members: z.array(Id).min(1), ...Basis }).strict()).default([]),
  rivals: z.array(z.tuple([Id, Id], { error: 'expected a pair of seat or camp ids' })).default([]),
  meters: z.array(Meter).min(1),
  rules: Rules,
  statementFrame: z.object({
    salutation: text(), thanksBriefer: text(), nationalCapacity: text(), closing: text(), resumePresidency: text(),
    /** How a right of reply names those it answers: "{names}" becomes the delegations, listed in the scenario's language. */
    representativeOf: text('how a reply names one delegation that attacked, with {names}'),
    representativesOf: text('how a reply names several delegations that attacked, with {names}'),
  }).strict(),
  presidency: Presidency,
  briefing: z.object({ speaker: Id, variants: Variants, ...Basis }).strict(),
  speakersList: z.object({ members: z.array(Id).min(1), rule37: z.array(Id).default([]), ...Basis }).strict(),
  delegations: z.array(Delegation).min(2),
  facts: z.array(Fact).min(1),
  topics: z.array(Topic).min(1),
  news: z.array(News).min(1),
  rightOfReply: z.object({ prompt: text(), options: z.array(Option).min(2) }).strict(),
  instructions: z.array(Instructions).min(1),
  outcomes: z.array(Outcome).min(1),
  outcomeRules: z.array(OutcomeRule).min(1),
  glossary: z.array(z.object({ term: text(), definition: text() }).strict()).default([]),
  record: RecordSection.optional(),
  teaching: Teaching.optional(),
  /** Format version 3: the closed consultations after the meeting. */
  consultations: Consultations.optional(),
}).strict();

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Delegation = Scenario['delegations'][number];
export type Topic = Scenario['topics'][number];
export type Option = Topic['options'][number];
export type Meter = Scenario['meters'][number];
export type Fact = Scenario['facts'][number];
export type NewsEvent = Scenario['news'][number];
export type Line = Delegation['speech']['own'][number];
export type { SpeechKind } from '../kinds';
export type Camp = Scenario['camps'][number];
export type RecordEntry = NonNullable<Scenario['record']>['delegations'][number];
export type Objective = Scenario['instructions'][number]['objectives'][number];
