/**
 * A response answers what the player said: each align, rebut or attack line names, in `respondsTo`,
 * the positions it answers (topic option ids or position tags the options carry), and those
 * positions must be ones the line can honestly answer that way. A line that answers nothing the
 * player could have said is refused, so no response can put words in the player's mouth.
 */
import type { Checker, Path } from './crossCheck';
import { entries, isObj, list } from './crossCheck';
import { matchedOptions } from '../positions';

type Obj = Record<string, unknown>;
const RESPONSES = ['align', 'rebut', 'attack'] as const;

interface TopicOption { id: string; tags: string[]; stance: Obj; targets: string[] }

const strings = (v: unknown) => list(v).filter((x): x is string => typeof x === 'string');

function agreement(option: TopicOption, stance: unknown): number {
  let dot = 0;
  for (const [issue, v] of entries(option.stance)) {
    const w = isObj(stance) ? stance[issue] : undefined;
    if (typeof v === 'number' && typeof w === 'number') dot += v * w;
  }
  return dot;
}

export function checkResponses(c: Checker, s: Obj) {
  const options: TopicOption[] = list(s.topics).flatMap((t) => (isObj(t) ? list(t.options) : []).flatMap((o) => (
    isObj(o) && typeof o.id === 'string' ? [{ id: o.id, tags: strings(o.tags), stance: isObj(o.stance) ? o.stance : {}, targets: strings(o.targets) }] : []
  )));
  const known = new Set(options.flatMap((o) => [o.id, ...o.tags]));
  const elsewhere: [unknown, Path][] = [
    ...(isObj(s.rightOfReply) ? list(s.rightOfReply.options).map((o, i): [unknown, Path] => [o, ['rightOfReply', 'options', i]]) : []),
    ...(isObj(s.presidency) ? list(s.presidency.options).map((o, i): [unknown, Path] => [o, ['presidency', 'options', i]]) : []),
  ];
  for (const [o, path] of elsewhere) {
    if (isObj(o) && list(o.tags).length > 0) c.add([...path, 'tags'], 'position tags belong on a topic\'s options (the positions of a statement); responses never answer a reply or the chair');
  }
  list(s.delegations).forEach((d, di) => {
    if (!isObj(d) || !isObj(d.speech)) return;
    const name = typeof d.shortName === 'string' ? d.shortName : String(d.id);
    for (const kind of ['own', 'answer'] as const) {
      list(d.speech[kind]).forEach((line, li) => {
        if (isObj(line) && line.respondsTo !== undefined) {
          c.add(['delegations', di, 'speech', kind, li, 'respondsTo'], kind === 'own'
            ? 'a delegation\'s own position answers no one: respondsTo belongs on align, rebut and attack lines'
            : 'an answer to a right of reply answers the reply itself: respondsTo belongs on align, rebut and attack lines');
        }
      });
    }
    for (const kind of RESPONSES) {
      list(d.speech[kind]).forEach((line, li) => {
        if (!isObj(line)) return;
        const path: Path = ['delegations', di, 'speech', kind, li, 'respondsTo'];
        const wanted = strings(line.respondsTo);
        if (wanted.length === 0) {
          c.add(path, `this ${kind} line must say which of the player's positions it answers: list topic option ids or position tags in respondsTo, so it is said only when the player took one of them`);
          return;
        }
        wanted.forEach((w, wi) => {
          if (!known.has(w)) c.add([...path, wi], `"${w}" is neither a topic option's id nor a tag any topic option carries, so this line answers nothing the player can say`);
        });
        for (const o of matchedOptions(options, wanted)) {
          const dot = agreement(o, d.stance);
          const names = o.targets.includes(String(d.id));
          const wrong = kind === 'align' ? !(dot > 0)
            : kind === 'rebut' ? !(dot < 0 || names)
            : !names;
          if (!wrong) continue;
          const why = kind === 'align' ? `${name}'s stance does not agree with it (agreement ${dot})`
            : kind === 'rebut' ? `${name}'s stance does not oppose it (agreement ${dot}) and it does not name ${name}`
            : `it does not name ${name}`;
          c.add(path, `this ${kind} line answers option "${o.id}", but ${why}: ${kind === 'align' ? 'agreement' : kind === 'rebut' ? 'a rebuttal' : 'an attack'} must answer a position that warrants it`);
        }
      });
    }
  });
}
