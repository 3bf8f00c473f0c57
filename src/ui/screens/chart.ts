/** Meters over the meeting: an SVG chart for the eye and the same numbers as a table for everyone. */
import type { MeterSnapshot, Scenario } from '../../engine';
import { h, type View } from '../dom';
import { labelled, t, type MessageKey } from '../i18n';
import { shortNameOf } from '../names';

const DASHES = ['', '8 4', '2 4', '12 4 2 4'];
const COLOURS = ['#b3261e', '#0b57d0', '#146c2e', '#6f4e00'];

/** A row of the meters' history: the delegation that spoke, or the moment in the reader's language. */
const MOMENTS = ['start', 'opening', 'statement', 'reply', 'adjourn', 'continue', 'consult'];
function stepLabel(s: Scenario, label: string): string {
  if (s.delegations.some((d) => d.id === label)) return shortNameOf(s, label);
  return MOMENTS.includes(label) ? t(`debrief.stepLabel.${label}` as MessageKey) : label;
}

export function meterChart(s: Scenario, history: MeterSnapshot[]): View {
  const width = 640;
  const height = 240;
  const pad = 40;
  const n = Math.max(history.length - 1, 1);
  // Time runs left to right in every language, as graphs do in Arabic too (the caption says so); an
  // Arabic label is anchored by its own left or right edge as an English one is.
  const x = (i: number) => pad + (i / n) * (width - 2 * pad);
  const label = (text: string, x0: number, y0: number, anchor: 'start' | 'end') =>
    h('text', { x: x0, y: y0, 'text-anchor': anchor, 'font-size': 13, fill: '#1b1c1e', direction: 'ltr', 'unicode-bidi': 'plaintext' }, text);
  const chart = h('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title', class: 'chart' },
    h('title', { id: 'chart-title' }, s.meters.map((m) => labelled(m.label, `${history[0]!.meters[m.id]} → ${history.at(-1)!.meters[m.id]}`)).join('; ')),
    h('rect', { x: pad, y: pad / 2, width: width - 2 * pad, height: height - 1.5 * pad, fill: 'none', stroke: '#5f6368' }),
    label(t('debrief.axisStart'), pad, height - 4, 'start'),
    label(t('debrief.axisEnd'), width - pad, height - 4, 'end'),
    label(t('debrief.axisHigh'), pad - 4, pad / 2 + 12, 'end'),
    label(t('debrief.axisLow'), pad - 4, height - pad, 'end'),
    s.meters.map((m, k) => {
      const y = (v: number) => height - pad - ((v - m.min) / (m.max - m.min)) * (height - 1.5 * pad);
      const points = history.map((snap, i) => `${x(i)},${y(snap.meters[m.id] ?? m.min)}`).join(' ');
      return h('polyline', { points, fill: 'none', stroke: COLOURS[k % 4]!, 'stroke-width': 3, 'stroke-dasharray': DASHES[k % 4]! });
    }));
  const legend = h('ul', { class: 'legend' }, s.meters.map((m, k) =>
    h('li', {}, h('span', { class: `swatch swatch-${k % 4}`, 'aria-hidden': 'true' }), `${m.label} (${m.min}–${m.max})`)));
  const table = h('table', { class: 'meter-table' },
    h('caption', {}, t('debrief.chartTable')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('debrief.step')), s.meters.map((m) => h('th', { scope: 'col' }, m.label)))),
    h('tbody', {}, history.map((snap) => h('tr', {},
      h('th', { scope: 'row' }, stepLabel(s, snap.label)),
      s.meters.map((m) => h('td', {}, String(snap.meters[m.id])))))));
  const figure = h('figure', { class: 'chart-figure' }, h('figcaption', {}, t('debrief.chartHow')), chart, legend);
  return h('div', {}, figure, h('details', {}, h('summary', {}, t('debrief.chartTable')), table));
}
