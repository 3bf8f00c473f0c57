/** The chamber's placement, checked without a canvas: the Phaser scene only draws what this returns. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chamberView, plateBox, type Box, type ChamberView } from '../../src/chamber/layout';
import { alignedWith, applyChoice, availableChoices, bandOf, loadScenarioText, newGame, topicsFor, type GameState, type Scenario } from '../../src/engine';
import { miniScenario } from '../support/mini';
import { load, playThrough } from '../support/play';
import { botPlay } from '../support/bot';

/** The mini scenario grown to a full Council of fifteen, with the real members' names and ids. */
function fullCouncil(): Scenario {
  // Reshaped freely as plain data; load() validates the result.
  const s: any = miniScenario();
  const model = s.delegations.find((d: { id: string }) => d.id === 'B');
  const extra = ([
    ['GBR', 'United Kingdom'], ['USA', 'United States'], ['KOR', 'Republic of Korea'], ['JPN', 'Japan'], ['SVN', 'Slovenia'],
    ['MLT', 'Malta'], ['CHE', 'Switzerland'], ['ECU', 'Ecuador'], ['GUY', 'Guyana'], ['SLE', 'Sierra Leone'], ['DZA', 'Algeria'], ['MOZ', 'Mozambique'],
  ] as const).map(([id, shortName]) => ({ ...model, id, name: shortName, shortName, speech: { own: [{ ...model.speech.own[0], id: `${id}-own` }] } }));
  s.delegations.push(...extra);
  // The new seats need two options on the deployment topic: "doubt" is opened to every seat.
  delete s.topics[0].options.find((o: { id: string }) => o.id === 'dep-doubt').for;
  s.speakersList.members.push(...extra.map((d) => d.id));
  const orders = s.instructions.find((i: { seat: string }) => i.seat === 'B');
  s.instructions.push(...extra.map((d) => ({ ...orders, seat: d.id, objectives: orders.objectives.map((o: { id: string }) => ({ ...o, id: `${d.id}-${o.id}` })) })));
  return load(s);
}

const real = loadScenarioText(readFileSync('scenarios/unsc-2024-10-30-ukraine-dprk.yaml', 'utf8'));
const councils: [string, Scenario][] = [['a full Council built from the mini scenario', fullCouncil()]];
// The real scenario is checked too whenever it validates (it is still being written alongside).
if (real.ok) councils.push(['the real meeting', real.scenario]);

const SIZES: [number, number][] = [[360, 300], [1920, 900], [288, 216], [328, 246], [360, 640], [560, 420], [700, 525], [1280, 720], [1920, 1080], [768, 1024]];

function seatOf(scenario: Scenario): string {
  return scenario.delegations.find((d) => d.kind === 'member' && d.id !== scenario.presidency.seat)!.id;
}

/** Every state of one meeting, from the first to the outcome, playing the first choice on offer. */
function meeting(scenario: Scenario, seat: string): GameState[] {
  return meetingFrom(scenario, seat, 11);
}

function meetingFrom(scenario: Scenario, seat: string, seed: number): GameState[] {
  const states = [newGame(scenario, seat, seed)];
  for (let i = 0; i < 200; i++) {
    const state = states[states.length - 1]!;
    const choices = availableChoices(scenario, state);
    if (choices.length === 0) break;
    // At the player's turn: pick each topic's cheapest option, then deliver.
    const entry = state.phase === 'playerTurn' ? topicsFor(scenario, seat).find((t) => !(t.topic.id in state.picks)) : undefined;
    const topic = entry?.topic;
    const cheapest = entry && [...entry.options].sort((a, b) => a.seconds - b.seconds)[0]!;
    const fits = cheapest && choices.some((c) => c.type === 'pick' && c.option === cheapest.id);
    const choice = state.phase === 'playerTurn' ? (topic ? { type: 'pick' as const, topic: topic.id, option: fits ? cheapest!.id : null } : { type: 'deliver' as const }) : choices[0]!;
    const step = applyChoice(scenario, state, choice);
    if (!step.ok) throw new Error(step.error.message);
    states.push(step.state);
  }
  return states;
}

function overlapping(boxes: Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${JSON.stringify(a)} / ${JSON.stringify(b)}`);
  }));
  return found;
}

function outside(view: ChamberView): string[] {
  const boxes: [string, Box][] = [
    ...[...view.plates, ...view.guests].map((p): [string, Box] => [`plate ${p.id}`, plateBox(p)]),
    ...view.plates.map((p): [string, Box] => [`chair ${p.id}`, { x: p.chair.x - p.chair.r, y: p.chair.y - p.chair.r, width: 2 * p.chair.r, height: 2 * p.chair.r }]),
    ...view.meters.flatMap((m): [string, Box][] => [[`meter ${m.id}`, m.box], [`bar ${m.id}`, m.bar]]),
    ['ticker', view.ticker],
    ...view.table.outline.map((p): [string, Box] => ['table', { x: p.x, y: p.y, width: 0, height: 0 }]),
  ];
  const eps = 0.001;
  return boxes.filter(([, b]) => b.x < -eps || b.y < -eps || b.x + b.width > view.width + eps || b.y + b.height > view.height + eps).map(([name]) => name);
}

describe.each(councils)('the chamber for %s', (_name, scenario) => {
  const seat = seatOf(scenario);
  const members = scenario.delegations.filter((d) => d.kind === 'member').map((d) => d.id);
  const start = newGame(scenario, seat, 3);

  it('has a nameplate for each of the fifteen members, and the others at the open end', () => {
    const view = chamberView(scenario, start, 1280, 720);
    expect(view.plates).toHaveLength(15);
    expect(view.plates.map((p) => p.id).sort()).toEqual([...members].sort());
    expect(view.guests.map((g) => g.id).sort()).toEqual(scenario.delegations.filter((d) => d.kind !== 'member').map((d) => d.id).sort());
    const lowestPlate = Math.max(...view.plates.map((p) => p.y));
    for (const g of view.guests) expect(g.y).toBeGreaterThanOrEqual(lowestPlate - g.height);
  });

  it.each(SIZES)('places no two plates over each other, and everything inside, at %i×%i', (width, height) => {
    const view = chamberView(scenario, start, width, height);
    expect(overlapping([...view.plates, ...view.guests].map(plateBox))).toEqual([]);
    expect(outside(view)).toEqual([]);
  });

  it('seats the President at the top centre, and no one above', () => {
    for (const [width, height] of SIZES) {
      const view = chamberView(scenario, start, width, height);
      const chair = view.plates.find((p) => p.presides)!;
      expect(chair.id).toBe(scenario.presidency.seat);
      expect(chair.x).toBeCloseTo(width / 2, 0);
      for (const p of view.plates) if (p !== chair) expect(p.y).toBeGreaterThan(chair.y);
    }
  });

  it('shows names on a projector and the plates go compact, never overlapping, on a phone', () => {
    const wide = chamberView(scenario, start, 1920, 900);
    expect(wide.compact).toBe(false);
    for (const p of wide.plates) expect(p.label.replace('\n', ' ')).toBe(scenario.delegations.find((d) => d.id === p.id)!.shortName);
    const phone = chamberView(scenario, start, 288, 216);
    expect(phone.plateFont).toBeLessThanOrEqual(wide.plateFont);
    for (const p of phone.plates) expect([p.id, scenario.delegations.find((d) => d.id === p.id)!.shortName]).toContain(p.label.replace('\n', ' '));
  });

  it('lights exactly the members who stand with the player, and marks the player', () => {
    const states = members.flatMap((m) => [...meeting(scenario, m), playThrough(scenario, m, 5, { picks: {} }), ...[1, 2, 3].map((seed) => botPlay(scenario, m, seed))]);
    expect(new Set(states.map((s) => alignedWith(scenario, s).join())).size).toBeGreaterThan(2);
    for (const state of states) {
      const view = chamberView(scenario, state, 700, 525);
      expect(view.plates.filter((p) => p.lit).map((p) => p.id).sort()).toEqual(alignedWith(scenario, state).sort());
      expect(view.plates.filter((p) => p.isPlayer).map((p) => p.id)).toEqual([state.seat]);
      expect(view.guests.some((g) => g.lit || g.isPlayer)).toBe(false);
    }
  });

  it('marks whoever made the last speech as speaking, and only them', () => {
    let seen = 0;
    for (const state of meeting(scenario, seat)) {
      const view = chamberView(scenario, state, 560, 420);
      const speaking = [...view.plates, ...view.guests].filter((p) => p.speaking).map((p) => p.id);
      expect(speaking.length).toBeLessThanOrEqual(1);
      const last = state.log.filter((e) => e.type !== 'meter' && e.type !== 'attacked').at(-1);
      if (last?.type === 'speech') { expect(speaking).toEqual([last.speaker]); seen++; }
      if (state.phase === 'playerTurn') expect(speaking).toEqual([seat]);
    }
    expect(seen).toBeGreaterThan(2);
  });

  it('carries the meters with their bands, and the headline once the news has arrived', () => {
    const states = meeting(scenario, seat);
    for (const state of [states[0]!, states.at(-1)!]) {
      const view = chamberView(scenario, state, 700, 525);
      expect(view.meters.map((m) => m.id)).toEqual(scenario.meters.map((m) => m.id));
      for (const m of view.meters) {
        expect(m.value).toBe(state.meters[m.id]);
        expect(m.band).toBe(bandOf(scenario, m.id, m.value));
      }
    }
    const before = states.find((s) => !s.newsArrived)!, after = states.find((s) => s.newsArrived)!;
    expect(chamberView(scenario, before, 700, 525).news).toBeNull();
    const drawn = scenario.news.find((n) => n.id === after.news)!;
    const quiet = Object.keys(drawn.effects).length === 0 && Object.keys(drawn.support).length === 0;
    // A quiet draw ("no new reports") is no news: no red strip for it.
    expect(chamberView(scenario, after, 700, 525).news?.text ?? null).toBe(quiet ? null : drawn.headline);
  });

  it('shows no news strip for a draw that brings no news', () => {
    const quiet = scenario.news.find((n) => Object.keys(n.effects).length === 0 && Object.keys(n.support).length === 0);
    if (!quiet) return;
    let seed = 0;
    while (newGame(scenario, seat, seed).news !== quiet.id) seed++;
    const state = meetingFrom(scenario, seat, seed).find((x) => x.newsArrived)!;
    expect(chamberView(scenario, state, 700, 525).news).toBeNull();
  });

  it('leaves the middle of the horseshoe as open floor: no unlabelled box sits there', () => {
    const view = chamberView(scenario, meeting(scenario, seat).at(-1)!, 700, 525);
    expect(Object.keys(view.table).sort()).toEqual(['floor', 'outline', 'thickness']);
  });

  it('draws an empty table before a game, and the bare table with no scenario at all', () => {
    const empty = chamberView(scenario, null, 560, 420);
    expect(empty.plates).toHaveLength(15);
    expect([...empty.plates, ...empty.guests].some((p) => p.lit || p.speaking || p.isPlayer)).toBe(false);
    expect(empty.meters).toEqual([]);
    expect(empty.news).toBeNull();
    const bare = chamberView(null, null, 560, 420);
    expect(bare.plates).toEqual([]);
    expect(bare.guests).toEqual([]);
    expect(() => chamberView(scenario, start, 0, 0)).not.toThrow();
  });

  // A canvas asked to draw a negative size throws (the Canvas renderer's arc() refuses a negative radius).
  it('never gives a box a negative size, even on a canvas one pixel across', () => {
    for (const [w, h] of [[1, 1], [0, 0], [8, 8], [20, 300], [300, 20], [60, 40]] as const) {
      const view = chamberView(scenario, start, w, h);
      const boxes: Box[] = [view.ticker, ...view.meters.flatMap((m) => [m.box, m.bar]), ...[...view.plates, ...view.guests].map(plateBox)];
      for (const b of boxes) {
        expect(b.width, `${w}×${h}`).toBeGreaterThanOrEqual(0);
        expect(b.height, `${w}×${h}`).toBeGreaterThanOrEqual(0);
      }
      for (const p of [...view.plates, ...view.guests]) expect(p.chair.r, `${w}×${h}`).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('the chamber for a small meeting', () => {
  it('still puts the President at the top centre with three members', () => {
    const scenario = load(miniScenario());
    const view = chamberView(scenario, newGame(scenario, 'A', 1), 360, 300);
    expect(view.plates).toHaveLength(3);
    const chair = view.plates.find((p) => p.presides)!;
    expect(chair.id).toBe('C');
    expect(chair.x).toBeCloseTo(180, 0);
    expect(overlapping([...view.plates, ...view.guests].map(plateBox))).toEqual([]);
  });
});
