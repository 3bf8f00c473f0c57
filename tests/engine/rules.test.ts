import { describe, expect, it } from 'vitest';
import { applyChoice, availableChoices, debrief, newGame, previewOption, type GameEvent, type GameState } from '../../src/engine';
import { miniScenario } from '../support/mini';
import { advance, load, playThrough, step } from '../support/play';

const mini = load(miniScenario());
const meterEvents = (s: GameState) => s.log.filter((e): e is Extract<GameEvent, { type: 'meter' }> => e.type === 'meter');

describe('starting a meeting', () => {
  it('seats the player, starts meters from the scenario and support from shared stances', () => {
    const s = newGame(mini, 'A', 1);
    expect(s.phase).toBe('preparation');
    expect(s.meters).toMatchObject({ escalation: 50, credibility: 60 });
    // Avalon (gravity 2, restraint -1) and Carpathia (gravity 1, restraint 1): 4 × (2 − 1) = 4.
    expect(s.support.C).toBe(4);
    // Borduria (restraint 2): 4 × (−2) = −8.
    expect(s.support.B).toBe(-8);
    expect(s.support.A).toBeUndefined();
  });

  it('refuses a seat that is not a Council member', () => {
    expect(() => newGame(mini, 'U', 1)).toThrow(/not a playable seat/);
  });
});

describe('the meeting in order', () => {
  it('goes preparation → opening → speakers → your turn → reactions → rule 37 → outcome', () => {
    let s = newGame(mini, 'B', 3);
    const phases: string[] = [s.phase];
    for (let i = 0; i < 40 && s.phase !== 'outcome'; i++) {
      const choices = availableChoices(mini, s);
      const choice = s.phase === 'playerTurn' ? { type: 'deliver' as const } : s.phase === 'rightOfReply' ? choices[0]! : choices[0]!;
      s = step(mini, s, choice);
      if (phases.at(-1) !== s.phase) phases.push(s.phase);
    }
    expect(phases).toEqual(['preparation', 'opening', 'speakers', 'playerTurn', 'reactions', 'rule37', 'outcome']);
  });

  it('gives the opening to the player who presides', () => {
    let s = step(mini, newGame(mini, 'C', 1), { type: 'begin' });
    expect(availableChoices(mini, s)).toEqual([{ type: 'chair', option: 'chair-plain' }, { type: 'chair', option: 'chair-calm' }]);
    const refused = applyChoice(mini, s, { type: 'continue' });
    expect(refused.ok).toBe(false);
    s = step(mini, s, { type: 'chair', option: 'chair-calm' });
    expect(s.applied).toContain('chair-calm');
    expect(meterEvents(s).some((e) => e.cause.kind === 'chair' && e.meter === 'escalation' && e.to - e.from === -2)).toBe(true);
  });

  it('lets the player speak first when first on the list', () => {
    const s = advance(mini, newGame(mini, 'A', 1));
    expect(s.phase).toBe('playerTurn');
  });
});

describe('building the statement', () => {
  const atTurn = () => advance(mini, newGame(mini, 'A', 5));

  it('refuses a pick that overruns the speaking time, and keeps the state', () => {
    let s = step(mini, atTurn(), { type: 'pick', topic: 'deployment', option: 'dep-condemn' });
    const r = applyChoice(mini, s, { type: 'pick', topic: 'action', option: 'act-pressure' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ code: 'over-budget', message: 'that would take 85 s, over the 80 s your statement has' });
    expect(s.picks).toEqual({ deployment: 'dep-condemn' });
  });

  it('offers only the options that still fit', () => {
    const s = step(mini, atTurn(), { type: 'pick', topic: 'deployment', option: 'dep-condemn' });
    const fits = availableChoices(mini, s).filter((c) => c.type === 'pick' && c.topic === 'action').map((c) => c.type === 'pick' && c.option);
    expect(fits).toEqual([null, 'act-restraint', 'act-dismiss']);
  });

  it('returns error values for nonsense, never throwing', () => {
    const s = atTurn();
    expect(applyChoice(mini, s, { type: 'pick', topic: 'nope', option: null })).toMatchObject({ ok: false, error: { code: 'unknown-topic' } });
    expect(applyChoice(mini, s, { type: 'pick', topic: 'action', option: 'dep-condemn' })).toMatchObject({ ok: false, error: { code: 'unknown-option' } });
    expect(applyChoice(mini, s, { type: 'reply', option: 'reply-none' })).toMatchObject({ ok: false, error: { code: 'wrong-phase' } });
    expect(applyChoice(mini, s, { type: 'closing', text: 'x'.repeat(121) })).toMatchObject({ ok: false, error: { code: 'too-long' } });
    expect(applyChoice(mini, s, null as never)).toMatchObject({ ok: false, error: { code: 'bad-choice' } });
  });

  it('composes the statement in topic order, with the closing sentence quoted back', () => {
    const s = playThrough(mini, 'A', 5, { picks: { action: 'act-restraint', deployment: 'dep-concern' }, closing: '  Peace\nis   possible. ' });
    const statement = s.log.find((e) => e.type === 'statement');
    expect(statement?.type === 'statement' && statement.text).toBe(
      'Thank you, Madam President. I thank the briefer.\n\nWe are concerned by reports.\n\nWe call for restraint.\n\nPeace is possible.\n\nI thank you.',
    );
  });

  it('has the presiding member speak in its national capacity', () => {
    const s = playThrough(mini, 'C', 5, { picks: { action: 'act-restraint' } });
    const statement = s.log.find((e) => e.type === 'statement');
    expect(statement?.type === 'statement' && statement.text.startsWith('I now speak for my country. I thank the briefer.')).toBe(true);
  });
});

describe('meters, and why they moved', () => {
  it('charges credibility for asserting an allegation as established, and says which fact', () => {
    const s = playThrough(mini, 'A', 5, { picks: { deployment: 'dep-condemn' } });
    const overclaim = meterEvents(s).find((e) => e.cause.kind === 'overclaim');
    expect(overclaim).toMatchObject({ meter: 'credibility', from: 60, to: 20, cause: { option: 'dep-condemn', facts: ['troops'] }, citations: [3] });
  });

  it('records a cause and citations for every meter change', () => {
    const s = playThrough(mini, 'B', 2, { picks: { deployment: 'dep-concern', action: 'act-pressure' } });
    for (const e of meterEvents(s)) {
      expect(e.cause.kind).toBeTruthy();
      expect(Array.isArray(e.citations)).toBe(true);
    }
    expect(meterEvents(s).length).toBeGreaterThan(3);
  });

  it('counts the coalition from support and names who joined', () => {
    const s = playThrough(mini, 'B', 5, { picks: { deployment: 'dep-concern', action: 'act-restraint' } });
    const joined = meterEvents(s).filter((e) => e.meter === 'coalition' && e.joined?.length);
    expect(joined.flatMap((e) => e.joined)).toContain('C');
    expect(s.meters.coalition).toBe(Object.entries(s.support).filter(([id, v]) => id !== 'U' && v >= 20).length);
  });

  it('has speakers after the player state their position, then respond in proportion to what was said about them', () => {
    let s = advance(mini, newGame(mini, 'B', 9));
    s = step(mini, s, { type: 'pick', topic: 'action', option: 'act-dismiss' });
    s = advance(mini, step(mini, s, { type: 'deliver' }));
    const turns = s.log.flatMap((e) => {
      if (e.type === 'speech' && e.reaction === 'own' && (e.speaker === 'C' || e.speaker === 'U')) return [[e.speaker, 'own']];
      if (e.type === 'response') return [[e.speaker, e.response, e.strength]];
      return [];
    });
    // Carpathia (gravity 1) hears gravity dismissed and pushes back; Ukarnia (gravity 2) was also
    // named by the statement, so it attacks, twice as hard: named once, and moved 20 points against.
    expect(turns).toEqual([['C', 'own'], ['C', 'rebut', 1], ['U', 'own'], ['U', 'attack', 2]]);
    // The attack's 4 × 2 = 8 is held to the 6 that rules.maxSwing allows one speech.
    expect(meterEvents(s).filter((e) => e.cause.kind === 'reaction').map((e) => e.to - e.from)).toEqual([3, 6]);
    expect(s.attackedBy).toEqual(['U']);
    expect(s.phase).toBe('rightOfReply');
    expect(availableChoices(mini, s)).toEqual([{ type: 'reply', option: 'reply-none' }, { type: 'reply', option: 'reply-sharp' }]);
    s = step(mini, s, { type: 'reply', option: 'reply-sharp' });
    expect(s.phase).toBe('outcome');
  });

  it('names every attacker in the reply, lets each answer once, and has the President close the meeting', () => {
    const s = playThrough(mini, 'B', 9, { picks: { action: 'act-dismiss' }, reply: 'reply-sharp' });
    const tail = s.log.slice(s.log.findIndex((e) => e.type === 'phase' && e.phase === 'rightOfReply'));
    const said = tail.flatMap((e) => (e.type === 'speech' || e.type === 'response' ? [`${e.speaker}: ${e.text}`] : []));
    expect(said).toEqual(['B: We reject what the representative of Ukarnia said.', 'U: Ukarnia stands by its words.', 'C: The meeting is adjourned.']);
    const quiet = playThrough(mini, 'B', 9, { picks: { action: 'act-dismiss' }, reply: 'reply-none' });
    expect(quiet.log.some((e) => e.type === 'response' && e.response === 'answer')).toBe(false);
  });

  it('never counts hostility alone as an attack: a hostile speaker who was not named only pushes back', () => {
    const s = playThrough(mini, 'B', 9, { picks: { deployment: 'dep-doubt' } });
    expect(s.log.some((e) => e.type === 'response' && e.speaker === 'U' && e.response === 'rebut')).toBe(true);
    expect(s.attackedBy).toEqual([]);
  });

  it('never has a speaker attack the player before the player has spoken', () => {
    // Avalon may attack and disagrees with Borduria, but speaks first, before Borduria says anything.
    const s = playThrough(mini, 'B', 9, { picks: { action: 'act-dismiss' } });
    const avalon = s.log.filter((e) => (e.type === 'speech' || e.type === 'response') && e.speaker === 'A');
    expect(avalon.map((e) => e.type)).toEqual(['speech']);
    expect(avalon.every((e) => (e.type === 'speech' || e.type === 'response') && !e.attack)).toBe(true);
  });

  it('offers each seat only its own options and refuses another seat\'s', () => {
    const forA = availableChoices(mini, advance(mini, newGame(mini, 'A', 1))).flatMap((c) => (c.type === 'pick' && c.option ? [c.option] : []));
    expect(forA).not.toContain('dep-doubt');
    expect(forA).toContain('dep-condemn');
    let b = advance(mini, newGame(mini, 'B', 1));
    const refused = applyChoice(mini, b, { type: 'pick', topic: 'deployment', option: 'dep-condemn' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-option' } });
    b = step(mini, b, { type: 'pick', topic: 'deployment', option: 'dep-doubt' });
    expect(b.picks.deployment).toBe('dep-doubt');
  });

  it('does not give a right of reply when nobody attacked', () => {
    const s = playThrough(mini, 'B', 9, { picks: { action: 'act-restraint' } });
    expect(s.attackedBy).toEqual([]);
    expect(s.log.some((e) => e.type === 'phase' && e.phase === 'rightOfReply')).toBe(false);
  });

  it('previews direction and rough size, not numbers', () => {
    const s = advance(mini, newGame(mini, 'B', 1));
    const p = previewOption(mini, s, 'act-restraint');
    expect(p.meters.find((m) => m.meter === 'escalation')).toEqual({ meter: 'escalation', direction: 'down', size: 'medium', better: true });
    expect(p.warmer).toContain('C');
    expect(previewOption(mini, s, 'dep-condemn').overclaims).toEqual(['troops']);
  });
});

describe('the end of the meeting', () => {
  it('reaches an outcome and reads objectives and red lines for the seat', () => {
    const s = playThrough(mini, 'A', 5, { picks: { deployment: 'dep-condemn', action: 'act-dismiss' } });
    expect(s.result?.outcome).toBeDefined();
    expect(s.result?.objectives.find((o) => o.id === 'a-firm')?.met).toBe(true);
    expect(applyChoice(mini, s, { type: 'continue' })).toMatchObject({ ok: false, error: { code: 'game-over' } });
  });

  it('gives the debrief: meters over time, each choice with effects and reasons, trades', () => {
    const s = playThrough(mini, 'A', 5, { picks: { deployment: 'dep-condemn', action: 'act-dismiss' } });
    const d = debrief(mini, s)!;
    expect(d.history[0]!.label).toBe('start');
    expect(d.history.at(-1)!.meters).toEqual(s.meters);
    const condemn = d.choices.find((c) => c.option === 'dep-condemn')!;
    expect(condemn.why).toBe('Strong words.');
    expect(condemn.net.credibility).toBe(-40);
    expect(d.trades).toEqual([]);
    const t = playThrough(mini, 'B', 5, { picks: { deployment: 'dep-concern', action: 'act-pressure' } });
    expect(debrief(mini, t)!.trades.find((x) => x.option === 'act-pressure')).toEqual({ option: 'act-pressure', gained: ['credibility'], paid: ['escalation'] });
  });

  it('plays the same run from the same seat, seed and choices', () => {
    const plan = { picks: { deployment: 'dep-concern', action: 'act-pressure' } };
    expect(playThrough(mini, 'C', 77, plan)).toEqual(playThrough(mini, 'C', 77, plan));
  });
});
