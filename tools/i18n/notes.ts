/**
 * A translator's note for each text: where it shows and what its placeholders stand for, from its
 * key (the interface's keys begin with their screen; the scenario's end with their field).
 */
const SCREENS: Record<string, string> = {
  title: 'the title screen', app: 'the page frame (header, help, errors)', help: 'the keyboard help', error: 'an error message',
  saveTrouble: 'a message when the browser cannot save', meeting: 'the meeting screen (transcript and turns)', seats: 'choosing a seat',
  builder: 'the statement builder', cause: 'why a meter moved', prep: 'the preparation screen (briefing pack)', mode: 'choosing a mode',
  confirm: 'a confirmation question', carried: 'a saved game opened in a newer version', preview: 'the preview of an option',
  tracker: 'the progress tracker', announce: 'a screen-reader announcement', code: 'the run code screen', meters: 'the meters panel',
  debrief: 'the debrief after the meeting', vote: 'the class vote (projector mode)', reply: 'the right of reply', moved: 'a meter change',
  live: 'the class meeting (live)', teacher: "the teacher's page", about: 'the About page', consult: 'the consultations after the meeting',
  summary: 'the class summary', record: 'the printed record', whatIf: 'the what-if comparison', printables: 'printables for the class',
  outcome: 'the outcome screen', glossary: 'the glossary', seatPlan: "the teacher's seat plan",
};

export function interfaceNote(key: string, english: string): string {
  const where = SCREENS[key.split('.')[0]!] ?? `the interface (${key.split('.')[0]})`;
  const vars = [...new Set([...english.matchAll(/\{(\w+)/g)].map((m) => m[1]!))];
  return [`Shown on ${where}.`, ...(vars.length ? [`Placeholders, kept exactly: ${vars.map((v) => `{${v}}`).join(' ')} (ICU MessageFormat: plural and select branches may be reworded, # is the number).`] : [])].join('\n');
}

const FIELDS: Record<string, string> = {
  text: 'Words said or written in the meeting, formal UN register.', why: 'Explains to the player what choosing this option does (second person, plain).',
  label: 'A short label or title.', variants: 'A delegation speaking in the chamber, first person, formal UN register.',
  questions: 'A reflection question for the student after the game.', points: 'What the speaker actually said at the meeting, paraphrased from the record; keep it a paraphrase.',
  definition: 'A glossary definition, plain language for a 15-year-old.', term: 'A glossary term: use the UN’s own term in this language.',
  summary: "The delegation's instructions from its capital, second person.", brief: 'A one-line description of the delegation.',
  role: 'What this speaker is expected to do at the meeting.', prompt: 'The question put to the player for this topic.',
  name: "A delegation's formal name: use the UN's formal name in this language.", shortName: "A delegation's short name: use the UN's short name in this language.",
  inText: 'The delegation named mid-sentence (with its article where the language has one).', selfNames: 'How the delegation names itself in its own speeches.',
  aliases: 'Other ways speakers refer to the delegation (its capital).', headline: 'A news headline.', opening: 'The President opening the meeting.',
  closing: 'Closing words.', reference: 'Where the record says this (document symbols stay as they are).', note: 'A note on the record.',
  confidence: 'How sure the paraphrase is.', intro: 'Introduction to the consultations.', reality: 'What really happened after the meeting.',
};

export function scenarioNote(key: string, english: string): string {
  const parts = key.split('/');
  const field = [...parts].reverse().find((p) => !/^\d+$/.test(p)) ?? '';
  const say = parts.at(-2) === 'say' ? `What ${parts.at(-1)} says about this amendment in the consultations, first person.` : null;
  const vars = [...new Set([...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
  const holders = vars.map((v) => (v === 'player' ? '{player} is the player\'s delegation as named mid-sentence ("the United States")'
    : v === 'attackers' ? '{attackers} becomes "the representative(s) of …", the delegations that attacked the player' : `{${v}}`));
  return [say ?? FIELDS[field] ?? `Scenario text (${field}).`, ...(holders.length ? [`Keep exactly: ${holders.join('; ')}.`] : [])].join('\n');
}
