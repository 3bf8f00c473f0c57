/**
 * The draft elements as they stand: each paragraph's wording, and who supports, asks to amend (in
 * its own words) or objects to it and why. On a phone, one paragraph at a time.
 */
import { stageOf, wording } from '../../engine/consultations';
import type { Choice, GameEvent, GameState, Scenario } from '../../engine';
import { h, type View } from '../dom';
import { list, t } from '../i18n';
import { shortNameOf } from '../names';

let current = 0;

export function draftView(s: Scenario, game: GameState): View {
  const stage = stageOf(s);
  const c = game.consultations!;
  const name = (id: string) => (id === game.seat ? t('consult.you') : shortNameOf(s, id));
  // This round's words: the amendments each member asked for, and why each objection.
  const said = game.log.filter((e): e is Extract<GameEvent, { type: 'consultMove' }> => e.type === 'consultMove' && e.round === c.round);
  const count = c.draft.length;
  if (current >= count) current = 0;
  // The pager only changes which paragraph a phone shows: the class is set here and kept by the next render.
  const show = (i: number) => {
    current = i;
    document.querySelectorAll('.consult-draft .paragraph').forEach((el, k) => el.classList.toggle('current', k === i));
    document.getElementById(`para-${c.draft[i]!.element}`)?.focus();
  };
  return h('section', { class: 'consult-draft', 'aria-labelledby': 'consult-draft-heading' },
    h('h2', { id: 'consult-draft-heading' }, t('consult.draft')),
    h('ol', {}, c.draft.map((p, i) => {
      const element = stage.elements.get(p.element)!;
      const stands = Object.entries(c.stands).map(([seat, st]) => [seat, st[p.element]] as const).filter(([, st]) => st !== undefined);
      const support = stands.filter(([, st]) => st === 'support').map(([seat]) => name(seat));
      const objecting = stands.filter(([, st]) => st === 'object').map(([seat]) => {
        const why = said.find((e) => e.seat === seat && e.move === 'object' && e.target === p.element)?.why;
        return why ? `${name(seat)} (${whyWords(s, why)})` : name(seat);
      });
      const amendments = [...new Set(stands.map(([, st]) => st).filter((st): st is string => st !== 'support' && st !== 'object'))];
      const w = wording(stage, p);
      return h('li', { class: `paragraph${i === current ? ' current' : ''}${p.out ? ' out' : ''}`, id: `para-${p.element}`, tabindex: -1 },
        h('h3', {}, h('span', { class: 'topic-count' }, t('consult.paragraph', { n: i + 1, count })), ' ', element.label,
          h('span', { class: 'version' }, ` (${p.version === null ? t('consult.original') : p.version === 'compromise' ? t('consult.compromise', { label: element.compromise!.label }) : t('consult.amended', { label: stage.amendments.get(p.version)!.amendment.label })})`)),
        w ? h('p', { class: 'element-text' }, w.text) : h('p', { class: 'element-text' }, t('consult.out')),
        p.out ? null : h('ul', { class: 'stands' },
          support.length ? h('li', { class: 'support' }, t('consult.support', { list: list(support) })) : null,
          amendments.map((a) => {
            const by = stands.filter(([, st]) => st === a).map(([seat]) => seat);
            const first = said.find((e) => (e.move === 'amend' || e.move === 'insist') && e.target === a);
            const insisting = said.filter((e) => e.move === 'insist' && e.target === a).map((e) => name(e.seat));
            return h('li', { class: 'amend' },
              t(by.length > 1 ? 'consult.amend' : 'consult.amendOne', { list: list(by.map(name)), label: stage.amendments.get(a)!.amendment.label }),
              insisting.length ? ` ${t('consult.insists', { name: list(insisting) })}` : '',
              first?.text ? h('span', { class: 'quote' }, ` ${t('consult.said', { name: name(first.seat), text: first.text })}`) : null);
          }),
          objecting.length ? h('li', { class: 'object' }, t('consult.object', { list: list(objecting) })) : null),
        h('p', { class: 'paragraph-steps' },
          i > 0 ? h('button', { type: 'button', id: `para-prev-${i}`, onclick: () => show(i - 1) }, t('consult.prev')) : null,
          i < count - 1 ? h('button', { type: 'button', id: `para-next-${i}`, onclick: () => show(i + 1) }, t('consult.next')) : null));
    })));
}

export function whyWords(s: Scenario, why: string): string {
  if (why === 'keepOut') return t('consult.why.keepOut');
  if (why === 'temper') return t('consult.why.temper');
  if (why.startsWith('needs:')) return t('consult.why.needs', { label: stageOf(s).elements.get(why.slice(6))?.label ?? '' });
  return t('consult.why.issue', { issue: s.issues.find((i) => i.id === why)?.label ?? why });
}

/** A move in words, and the words the player's delegation would say with it (an amendment in its own voice). */
export function moveLabel(s: Scenario, game: GameState, choice: Extract<Choice, { type: 'consult' }>, past = false): [string, string | null] {
  const stage = stageOf(s);
  const element = (id: string) => stage.elements.get(id)?.label ?? id;
  const pen = s.consultations!.penholder === game.seat;
  const a = choice.target ? stage.amendments.get(choice.target) : undefined;
  switch (choice.move) {
    case 'amend': {
      const camp = s.camps.find((c) => c.members.includes(game.seat))?.id ?? '';
      return [t('consult.move.amend', { element: a!.element.label, label: a!.amendment.label }), past ? null : a!.amendment.say[game.seat] ?? a!.amendment.say[camp] ?? null];
    }
    case 'insist': return [t('consult.move.insist', { label: a!.amendment.label }), null];
    case 'object': return [t('consult.move.object', { element: element(choice.target!) }), null];
    case 'compromise': return [t('consult.move.compromise', { element: element(choice.target!), label: stage.elements.get(choice.target!)!.compromise!.label }), null];
    case 'drop': return [t('consult.move.drop', { element: element(choice.target!) }), null];
    case 'silent': return [t(pen ? 'consult.move.silentPen' : 'consult.move.silent'), null];
    case 'break': return [t('consult.move.break'), null];
    case 'keep': return [t('consult.move.keep'), null];
    default: return [t('consult.move.agree'), null];
  }
}
