/**
 * Each case breaks one thing in an otherwise valid scenario and expects the loader to point at it:
 * the exact path, and a message that tells the author what was expected.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioText } from '../../src/engine';
import { miniScenario } from '../support/mini';

type Mini = ReturnType<typeof miniScenario>;
// The cases edit a loosely typed copy: they exist to put wrong things where right ones belong.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const cases: [name: string, breakIt: (s: Loose) => void, path: string, message: string][] = [
  ['a stance out of range as a word', (s) => { s.delegations[1].stance.gravity = 'high'; },
    'delegations[1].stance.gravity', 'expected a whole number from -2 to 2, got "high"'],
  ['a stance of 3', (s) => { s.topics[0].options[0].stance.gravity = 3; },
    'topics[0].options[0].stance.gravity', 'expected a whole number from -2 to 2, got 3'],
  ['the wrong format version', (s) => { s.formatVersion = 4; }, 'formatVersion', 'expected formatVersion 3 (or 2, a file without consultations), got 4'],
  ['a version 1 file', (s) => { s.formatVersion = 1; }, 'formatVersion', 'this file is in format version 1, which offered every seat the same options'],
  ['a scope naming nobody', (s) => { s.topics[0].options[1].for = ['Z']; }, 'topics[0].options[1].for[0]', '"Z" is neither a Council member nor a camp'],
  ['an option aimed at the seat offered it', (s) => { s.topics[0].options[0].targets = ['A']; },
    'topics[0].options[0].targets', '"A" is offered this option, which criticises "A" itself'],
  ['a seat left with one option on a topic', (s) => { s.topics[0].options[1].for = ['C']; },
    'topics[0].options', '"B" sees this topic with only 1 option'],
  ['rivals that share a menu', (s) => { s.rivals = [['hawks', 'B']]; }, 'rivals[0]', '"hawks" and "B" share'],
  ['a camp with a stranger in it', (s) => { s.camps[0].members.push('U'); }, 'camps[0].members[1]', '"U" is not a Council member'],
  ['a record entry without its reference', (s) => { s.facts[0].basis = 'record'; }, 'facts[0].record', 'an entry based on the record must say which'],
  ['a line that moves a meter more than one speech may', (s) => { s.delegations[1].speech.own[0].effects = { escalation: 9 }; },
    'delegations[1].speech.own[0].effects.escalation', '9 is more than one speech may move escalation (rules.maxSwing allows 6)'],
  ['attack lines for a delegation that never attacks', (s) => { s.delegations[2].speech.attack = s.delegations[4].speech.attack; },
    'delegations[2].speech', 'attack and answer lines need mayAttack: true'],
  ['a last own line with a condition', (s) => { s.delegations[3].speech.own[0].if = { attacked: true }; },
    'delegations[3].speech.own', 'the last own line must have no "if" and no "for"'],
  ['a missing title', (s) => { delete s.meta.title; }, 'meta.title', 'the field is missing'],
  ['a misspelt field', (s) => { s.topics[1].options[0].secs = 30; }, 'topics[1].options[0].secs', 'unknown field'],
  ['an id with spaces', (s) => { s.facts[0].id = 'two words'; }, 'facts[0].id', 'expected an id made of letters, digits and dashes'],
  ['a date in the wrong form', (s) => { s.meta.date = '30/10/2024'; }, 'meta.date', 'expected a date as YYYY-MM-DD, got "30/10/2024"'],
  ['an unknown delegation in the speakers list', (s) => { s.speakersList.members[1] = 'Z'; },
    'speakersList.members[1]', '"Z" is not a Council member'],
  ['a member left off the speakers list', (s) => { s.speakersList.members.pop(); },
    'speakersList.members', 'member "C" is missing from the speakers\' list'],
  ['an effect on an undeclared meter', (s) => { s.topics[0].options[1].effects = { tension: 3 }; },
    'topics[0].options[1].effects.tension', 'effect on undeclared meter "tension"'],
  ['an effect on the derived coalition meter', (s) => { s.news[1].effects = { coalition: 1 }; },
    'news[1].effects.coalition', 'is counted from support, so no effect can move it directly'],
  ['a stance on an unknown issue', (s) => { s.delegations[2].stance = { sanctions: 1 }; },
    'delegations[2].stance.sanctions', 'unknown issue "sanctions"'],
  ['a claim about an unknown fact', (s) => { s.topics[0].options[0].claims[0].fact = 'ghost'; },
    'topics[0].options[0].claims[0].fact', 'unknown fact "ghost"'],
  ['a fact with an unknown evidence level', (s) => { s.facts[1].evidence = 'rumour'; },
    'facts[1].evidence', 'unknown evidence level "rumour"'],
  ['a citation outside the source', (s) => { s.facts[0].cite = [3, 18]; },
    'facts[0].cite[1]', 'paragraph 18 is outside the source, which has body paragraphs 1 to 5'],
  ['a sourced entry that cites nothing', (s) => { s.topics[1].cite = []; },
    'topics[1].cite', 'a sourced entry must cite at least one paragraph'],
  ['an assumption without a rationale', (s) => { delete s.news[0].rationale; },
    'news[0].rationale', 'a design assumption needs a one-line rationale'],
  ['duplicate option ids across topics', (s) => { s.topics[1].options[0].id = 'dep-condemn'; },
    'topics[1].options[0].id', 'duplicate option id "dep-condemn" (also used at topics[0].options[0])'],
  ['duplicate delegation ids', (s) => { s.delegations[3].id = 'B'; },
    'delegations[3].id', 'duplicate delegation id "B"'],
  ['an objective that names an unknown option', (s) => { s.instructions[0].objectives[0].when = { chose: 'dep-denounce' }; },
    'instructions[0].objectives[0].when.chose', 'unknown option "dep-denounce"'],
  ['an objective that names nothing', (s) => { s.instructions[1].objectives[1].when = { always: true }; },
    'instructions[1].objectives[1].when', 'this names nothing'],
  ['an objective no run can meet', (s) => { s.instructions[2].objectives[0].when = { meter: 'credibility', atLeast: 150 }; },
    'instructions[2].objectives[0].when', 'no run can ever meet this condition'],
  ['a condition with two heads', (s) => { s.outcomeRules[0].when = { meter: 'coalition', atLeast: 2, chose: 'dep-condemn' }; },
    'outcomeRules[0].when', 'a condition has one head, found meter and chose'],
  ['a meter condition without bounds', (s) => { s.outcomeRules[1].when = { meter: 'escalation' }; },
    'outcomeRules[1].when', '"meter" needs atLeast or atMost'],
  ['an outcome no rule reaches', (s) => { s.outcomeRules.splice(1, 1); },
    'outcomes[1]', 'no outcome rule can reach outcome "heated"'],
  ['a rule after the catch-all', (s) => { s.outcomeRules.push({ outcome: 'united', when: { meter: 'escalation', atMost: 10 } }); },
    'outcomeRules[3]', 'no run reaches this rule: rule 2 before it always applies'],
  ['no catch-all rule at the end', (s) => { s.outcomeRules[2].when = { meter: 'escalation', atMost: 40 }; },
    'outcomeRules[2].when', 'the last outcome rule must be { always: true }'],
  ['an outcome rule naming an unknown outcome', (s) => { s.outcomeRules[0].outcome = 'triumph'; },
    'outcomeRules[0].outcome', 'unknown outcome "triumph"'],
  ['a seat without instructions', (s) => { s.instructions.pop(); },
    'instructions', 'member "C" has no instructions from capital, so it cannot be played'],
  ['one objective only', (s) => { s.instructions[0].objectives.pop(); },
    'instructions[0].objectives', 'expected two to four objectives'],
  ['a start value outside the meter', (s) => { s.meters[0].start = 120; }, 'meters[0].start', 'start 120 is outside 0..100'],
  ['bands that go down', (s) => { s.meters[2].bands[1].from = -5; }, 'meters[2].bands[1].from', 'bands must go up'],
  ['an option longer than any statement', (s) => { s.topics[0].options[0].seconds = 90; },
    'topics[0].options[0].seconds', '90 s is more than the 80 s a statement has for options'],
  ['a briefer that is a member', (s) => { s.briefing.speaker = 'A'; }, 'briefing.speaker', '"A" is not a delegation of kind briefer'],
  ['the President not a member', (s) => { s.presidency.seat = 'U'; }, 'presidency.seat', 'the President\'s seat "U" is not a Council member'],
  ['a topic with one option', (s) => { s.topics[1].options.splice(1); }, 'topics[1].options', 'a topic needs at least two options'],
];

describe('a malformed scenario is refused with the path and a plain message', () => {
  it.each(cases)('%s', (_name, breakIt, path, message) => {
    const s: Mini = miniScenario();
    breakIt(s as Loose);
    const result = loadScenario(s);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const hit = result.problems.find((p) => p.path === path && p.message.includes(message));
    expect(hit, `expected "${path}: …${message}…" among:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`).toBeDefined();
  });

  it('reports every problem at once, not just the first', () => {
    const s = miniScenario() as Loose;
    s.delegations[1].stance.gravity = 'high';
    s.facts[0].cite = [99];
    s.topics[0].options[0].effects = { tension: 1 };
    const result = loadScenario(s);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining([
      'delegations[1].stance.gravity', 'facts[0].cite[0]', 'topics[0].options[0].effects.tension',
    ]));
  });

  it('says where invalid YAML breaks', () => {
    const result = loadScenarioText('formatVersion: 1\nid: [unclosed\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^not valid YAML/);
  });

  it('says so when the file is empty', () => {
    const result = loadScenarioText('');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path: '(the whole file)', message: 'the file is empty' });
  });

  it('accepts the untouched mini scenario', () => {
    const result = loadScenario(miniScenario());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
