/**
 * A small, valid scenario written for the tests: three members, two topics. Malformed-scenario tests
 * start from it and break one thing each.
 */
import type { ScenarioInput } from '../../src/engine';

const line = (id: string, text: string, respondsTo?: string[]) => ({ id, variants: [text], basis: 'assumption' as const, rationale: 'test line', ...(respondsTo ? { respondsTo } : {}) });

export function miniScenario(): ScenarioInput & Record<string, unknown> {
  return {
    formatVersion: 2,
    id: 'mini',
    version: 1,
    meta: {
      title: 'Mini meeting', date: '2024-10-30', agendaItem: 'Test item', meetingType: 'Briefing',
      body: 'Test Council', presidentAddress: 'Madam President',
      source: { title: 'Test', publisher: 'Tests', posted: '30 October 2024', file: 'test.txt', paragraphs: 5, counting: 'Body paragraphs from 1.' },
    },
    evidenceLevels: [
      { id: 'allegation', label: 'Allegation', rank: 1, description: 'A party says so.' },
      { id: 'record', label: 'Official record', rank: 5, description: 'On the record.' },
    ],
    certainties: [
      { id: 'alleged', label: 'Alleged', rank: 1, description: 'Said to be.' },
      { id: 'established', label: 'Established', rank: 5, description: 'Stated as fact.' },
    ],
    camps: [{ id: 'hawks', label: 'The hawks', members: ['A'], basis: 'assumption', rationale: 'test' }],
    issues: [
      { id: 'gravity', label: 'Gravity', description: 'How serious it is.' },
      { id: 'restraint', label: 'Restraint', description: 'Calm on all sides.' },
    ],
    meters: [
      { id: 'escalation', label: 'Escalation', description: 'Tension.', kind: 'tally', min: 0, max: 100, start: 50, better: 'lower', bands: [{ from: 0, label: 'Calm' }, { from: 60, label: 'Heated' }] },
      { id: 'coalition', label: 'Coalition', description: 'Who stands with you.', kind: 'alignment', min: 0, max: 2, better: 'higher', bands: [{ from: 0, label: 'Alone' }, { from: 2, label: 'All' }] },
      { id: 'credibility', label: 'Credibility', description: 'Claims match evidence.', kind: 'tally', min: 0, max: 100, start: 60, better: 'higher', bands: [{ from: 0, label: 'Low' }, { from: 50, label: 'Good' }] },
    ],
    rules: {
      supportRange: [-100, 100], affinityPerStance: 4, supportPerStance: 5, alignAt: 20, reactAt: 10,
      reactionEffects: { align: { escalation: -1 }, rebut: { escalation: 3 }, attack: { escalation: 4 }, answer: { escalation: 2 } },
      maxSwing: { escalation: 6, credibility: 6 },
      overclaim: { effects: { credibility: -10 }, supportPerStep: -2 },
      speakingTime: { budget: 100, frame: 20 }, closingSentenceMax: 120,
    },
    statementFrame: { salutation: 'Thank you, Madam President.', thanksBriefer: 'I thank the briefer.', nationalCapacity: 'I now speak for my country.', closing: 'I thank you.', resumePresidency: 'I resume the chair.', representativeOf: 'the representative of {names}', representativesOf: 'the representatives of {names}' },
    presidency: {
      seat: 'C', opening: ['The meeting is called to order.'], closing: ['The meeting is adjourned.'], basis: 'assumption', rationale: 'test',
      options: [
        { id: 'chair-plain', label: 'Plain', text: 'The agenda is adopted.', seconds: 0, why: 'Procedure only.', basis: 'assumption', rationale: 'test' },
        { id: 'chair-calm', label: 'Calm', text: 'I urge calm.', seconds: 0, effects: { escalation: -2 }, stance: { restraint: 1 }, why: 'A chair calling for calm.', basis: 'assumption', rationale: 'test' },
      ],
    },
    briefing: { speaker: 'BR', variants: ['The briefer briefs.'], cite: [1] },
    speakersList: { members: ['A', 'B', 'C'], rule37: ['U'], basis: 'assumption', rationale: 'test' },
    delegations: [
      { id: 'BR', name: 'The Briefer', shortName: 'Briefer', kind: 'briefer', group: 'Secretariat', role: 'Briefs', brief: 'Briefs.', cite: [1] },
      { id: 'A', name: 'Avalon', shortName: 'Avalon', kind: 'member', permanent: true, group: 'P5', role: 'Requested the meeting', brief: 'Hawkish.', stance: { gravity: 2, restraint: -1 }, mayAttack: true, cite: [1],
        speech: { own: [line('a-own', 'Avalon speaks.')], align: [line('a-align', 'Avalon joins {player} on how grave this is.', ['grave', 'act-pressure'])], rebut: [line('a-rebut', 'Avalon rejects the doubts {player} raised.', ['doubt', 'act-restraint'])] } },
      { id: 'B', name: 'Borduria', shortName: 'Borduria', kind: 'member', group: 'E10', role: 'Elected', brief: 'Cautious.', stance: { restraint: 2 }, evidenceMinded: 2, cite: [2],
        speech: { own: [line('b-own', 'Borduria speaks.')], align: [line('b-align', 'Borduria agrees with {player} on restraint.', ['restraint'])], rebut: [line('b-rebut', 'Borduria disagrees with the pressure {player} called for.', ['pressure'])] } },
      { id: 'C', name: 'Carpathia', shortName: 'Carpathia', kind: 'member', group: 'E10', role: 'Presides', brief: 'Neutral chair.', stance: { gravity: 1, restraint: 1 }, cite: [2],
        speech: { own: [line('c-own', 'Carpathia speaks.')], rebut: [line('c-rebut', 'Carpathia cannot follow {player} there.', ['doubt', 'pressure'])] } },
      { id: 'U', name: 'Ukarnia', shortName: 'Ukarnia', kind: 'rule37', group: 'Invited', role: 'Rule 37', brief: 'Invited.', stance: { gravity: 2 }, mayAttack: true, cite: [3],
        speech: { own: [line('u-own', 'Ukarnia speaks.')], rebut: [line('u-rebut', 'Ukarnia rebuts the doubts of {player}.', ['doubt'])],
          attack: [line('u-attack', 'Ukarnia rejects what {player} said about it.', ['names-u'])], answer: [line('u-answer', 'Ukarnia stands by its words.')] } },
    ],
    facts: [
      { id: 'troops', date: '2024-10-18', text: 'Troops are said to be there.', evidence: 'allegation', cite: [3] },
      { id: 'resolution', text: 'A resolution exists.', evidence: 'record', cite: [4] },
    ],
    topics: [
      { id: 'deployment', label: 'The deployment', prompt: 'How do you describe it?', cite: [3], options: [
        { id: 'dep-condemn', for: ['hawks', 'C'], targets: ['U'], label: 'Condemn', text: 'We condemn the deployment and Ukarnia\'s silence.', seconds: 40, effects: { escalation: 6 }, stance: { gravity: 2 }, claims: [{ fact: 'troops', certainty: 'established' }], tags: ['grave', 'names-u'], why: 'Strong words.', cite: [3] },
        { id: 'dep-doubt', for: ['B', 'C'], label: 'Doubt', text: 'My delegation has seen no proof.', seconds: 15, effects: { escalation: 1 }, stance: { gravity: -1 }, tags: ['doubt'], why: 'Doubts the reports.', cite: [3] },
        { id: 'dep-concern', label: 'Concern', text: 'We are concerned by reports.', seconds: 20, effects: { escalation: 1 }, stance: { gravity: 1, restraint: 1 }, claims: [{ fact: 'troops', certainty: 'alleged' }], why: 'Careful words.', cite: [3] },
      ] },
      { id: 'action', label: 'What next', prompt: 'What do you call for?', cite: [4], options: [
        { id: 'act-restraint', label: 'Restraint', text: 'We call for restraint.', seconds: 30, effects: { escalation: -4 }, stance: { restraint: 2 }, tags: ['restraint'], why: 'Cools things.', cite: [4] },
        { id: 'act-pressure', label: 'Pressure', text: 'We call for pressure.', seconds: 45, effects: { escalation: 4, credibility: 2 }, stance: { gravity: 1, restraint: -2 }, tags: ['pressure'], why: 'Raises the stakes.', cite: [4] },
        { id: 'act-dismiss', targets: ['U'], label: 'Dismiss', text: 'These reports, and the claims of Ukarnia, are unfounded.', seconds: 20, effects: { escalation: 2 }, stance: { gravity: -2 }, tags: ['doubt', 'names-u'], why: 'Denies the problem.', cite: [4] },
      ] },
    ],
    news: [
      { id: 'quiet', weight: 1, headline: 'No news', text: 'Nothing new.', basis: 'assumption', rationale: 'test' },
      { id: 'report', weight: 1, headline: 'A report', text: 'A new report.', effects: { escalation: 3 }, support: { B: -5 }, cite: [3] },
    ],
    rightOfReply: { prompt: 'You were attacked. Reply?', options: [
      { id: 'reply-none', label: 'Decline', text: 'We decline to reply.', seconds: 0, effects: { escalation: -1 }, why: 'Restraint.', basis: 'assumption', rationale: 'test' },
      { id: 'reply-sharp', label: 'Sharp', text: 'We reject what {attackers} said.', seconds: 20, effects: { escalation: 4 }, stance: { gravity: 1 }, answers: true, why: 'Heat.', basis: 'assumption', rationale: 'test' },
    ] },
    instructions: [
      { seat: 'A', summary: 'Be firm.', objectives: [
        { id: 'a-firm', text: 'Condemn it.', when: { chose: 'dep-condemn' }, basis: 'assumption', rationale: 'test' },
        { id: 'a-friends', text: 'Keep Borduria.', when: { aligned: 'B' }, basis: 'assumption', rationale: 'test' },
      ], redLines: [{ id: 'a-heat', text: 'Escalation over 70.', when: { meter: 'escalation', atLeast: 70 }, basis: 'assumption', rationale: 'test' }] },
      { seat: 'B', summary: 'Be calm.', objectives: [
        { id: 'b-calm', text: 'Keep escalation under 52.', when: { meter: 'escalation', atMost: 52 }, basis: 'assumption', rationale: 'test' },
        { id: 'b-restraint', text: 'Call for restraint.', when: { stance: 'restraint', atLeast: 2 }, basis: 'assumption', rationale: 'test' },
      ] },
      { seat: 'C', summary: 'Chair well.', objectives: [
        { id: 'c-credible', text: 'Stay credible.', when: { meter: 'credibility', atLeast: 60 }, basis: 'assumption', rationale: 'test' },
        { id: 'c-broad', text: 'Everyone with you.', when: { meter: 'coalition', atLeast: 2 }, basis: 'assumption', rationale: 'test' },
      ] },
    ],
    outcomes: [
      { id: 'united', title: 'United', headline: 'Council united', text: 'All together.', basis: 'assumption', rationale: 'test' },
      { id: 'heated', title: 'Heated', headline: 'Tempers flare', text: 'Hot words.', basis: 'assumption', rationale: 'test' },
      { id: 'divided', title: 'Divided', headline: 'Council divided', text: 'No agreement.', basis: 'assumption', rationale: 'test' },
    ],
    outcomeRules: [
      { outcome: 'united', when: { meter: 'coalition', atLeast: 2 } },
      { outcome: 'heated', when: { meter: 'escalation', atLeast: 58 } },
      { outcome: 'divided', when: { always: true } },
    ],
    glossary: [{ term: 'Rule 37', definition: 'Lets non-members take part.' }],
  };
}
