/**
 * What they actually said: for the player's seat and each delegation the record covers, the real
 * argument beside what was said in this game. Where the record is silent, it says so.
 */
import { spokenText, type GameState, type Scenario } from '../../engine';
import { h, type View } from '../dom';
import { t } from '../i18n';
import { nameOf } from '../names';

function inThisGame(s: Scenario, game: GameState, id: string): string[] {
  if (id === game.seat) {
    const statement = game.log.find((e) => e.type === 'statement');
    return statement?.type === 'statement' ? spokenText(s, game.seat, game.attackedBy, statement).split('\n\n') : [];
  }
  return game.log.flatMap((e) => ((e.type === 'speech' && e.speaker === id && e.reaction !== 'close' && e.reaction !== 'chair') || (e.type === 'response' && e.speaker === id) ? [spokenText(s, game.seat, game.attackedBy, e)] : []));
}

export function actuallySaid(s: Scenario, game: GameState): View | null {
  const record = s.record;
  if (!record) return null;
  const order = [game.seat, ...record.delegations.map((d) => d.delegation).filter((id) => id !== game.seat)];
  // Folded under the debrief's summary like the rest; opened, it shows the player's own seat first.
  return h('details', { class: 'actually-said', id: 'actually-said' },
    h('summary', { id: 'actually-said-open' }, h('h2', { id: 'actually-heading' }, t('actual.heading'))),
    h('p', { class: 'help' }, record.source),
    // Quotations from the record are marked as translated wherever the game is not in English.
    (s.meta.language ?? 'en') !== 'en' ? h('p', { class: 'help', id: 'actual-translated' }, t('actual.translated')) : null,
    order.map((id, i) => {
      const entry = record.delegations.find((d) => d.delegation === id);
      const mine = id === game.seat;
      const said = inThisGame(s, game, id);
      const card = h('section', { class: `actual card${mine ? ' mine' : ''}`, id: `actual-${id}` },
        h('h3', {}, mine ? t('actual.yours', { name: nameOf(s, id) }) : nameOf(s, id)),
        h('div', { class: 'actual-columns' },
          h('div', {},
            h('h4', {}, t('actual.record')),
            !entry ? h('p', {}, t('actual.notCovered'))
              : !entry.found ? h('p', { class: 'not-found' }, entry.note ?? t('actual.notCovered'))
                : [h('ul', {}, entry.points.map((p) => h('li', {}, p))),
                  h('p', { class: 'cite' }, t('actual.reference', { reference: entry.reference ?? '' })),
                  entry.confidence ? h('p', { class: 'cite' }, t('actual.confidence', { note: entry.confidence })) : null]),
          h('div', {},
            h('h4', {}, mine ? t('actual.youSaid') : t('actual.gameSaid')),
            said.length ? said.map((p) => h('p', {}, p)) : h('p', {}, t('actual.silent')))));
      // The player's own seat is open; the other delegations are one click away each.
      return i === 0 ? card : h('details', { class: 'actual-other', id: `actual-more-${id}` }, h('summary', {}, nameOf(s, id)), card);
    }),
  );
}
