/** own: the delegation's position; align/rebut/attack: its response to the player; answer: to a reply. */
export const SPEECH_KINDS = ['own', 'align', 'rebut', 'attack', 'answer'] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];
