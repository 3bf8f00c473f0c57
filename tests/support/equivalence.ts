/**
 * The audit's enumerator and the engine must play by the same rules. This replays runs the
 * enumerator produced through the engine's public moves and compares their endings.
 */
import { newGame, type Scenario } from '../../src/engine';
import { compileScenario } from '../../src/engine/model';
import { enumerateSeat } from '../../src/audit/enumerate';
import { playThrough } from './play';

export interface Mismatch { seat: string; plan: unknown; field: string; audit: unknown; engine: unknown }

export function compareWithEngine(scenario: Scenario, seat: string, every: number, limit: number): { compared: number; mismatches: Mismatch[] } {
  const model = compileScenario(scenario);
  const mismatches: Mismatch[] = [];
  const seedFor = new Map<number, number>();
  for (let seed = 0; seedFor.size < scenario.news.filter((n) => n.weight > 0).length && seed < 10_000; seed++) {
    const news = scenario.news.findIndex((n) => n.id === newGame(scenario, seat, seed).news);
    if (!seedFor.has(news)) seedFor.set(news, seed);
  }
  let i = 0;
  let compared = 0;
  enumerateSeat(model, seat, new Uint8Array(model.lines.length), (sit, outcome) => {
    if (i++ % every !== 0 || compared >= limit) return;
    compared++;
    const picked = (index: number) => sit.chosen[index] === 1;
    const picks: Record<string, string | null> = {};
    const d = model.delegationIndex.get(seat)!;
    scenario.topics.forEach((t, ti) => {
      if (model.seatTopicOptions[d]![ti]!.length === 0) return;
      picks[t.id] = model.seatTopicOptions[d]![ti]!.map((o) => model.options[o]!).find((o) => picked(o.index))?.id ?? null;
    });
    const plan = {
      chair: model.chairOptions.map((o) => model.options[o]!).find((o) => picked(o.index))?.id,
      reply: model.replyOptions.map((o) => model.options[o]!).find((o) => picked(o.index))?.id,
      picks,
    };
    const state = playThrough(scenario, seat, seedFor.get(sit.news)!, plan);
    const check = (field: string, audit: unknown, engine: unknown) => {
      if (JSON.stringify(audit) !== JSON.stringify(engine)) mismatches.push({ seat, plan, field, audit, engine });
    };
    model.meterIds.forEach((id, m) => check(id, sit.meters[m], state.meters[id]));
    check('outcome', scenario.outcomes[outcome]!.id, state.result!.outcome);
    check('attacked', sit.attacked, state.attackedBy.length > 0);
    check('support', model.delegations.map((x, i) => (i === d ? 0 : sit.support[i])), model.delegations.map((x) => (x.id === seat ? 0 : state.support[x.id])));
  });
  return { compared, mismatches };
}
