/**
 * A QR code drawn in the page as SVG (no network, no image request), for an address a student
 * points a phone at. Dark modules are one path, so a class of thirty codes stays light.
 */
import { encode } from 'uqr';
import { h, type View } from '../dom';

/** A text too long for any QR code (a name pasted a thousand times) gets none: the link beside it is still there. */
export function qrCode(text: string, label: string, size = 160): View | null {
  let data: boolean[][];
  try { ({ data } = encode(text, { ecc: 'M', border: 2 })); } catch { return null; }
  const n = data.length;
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => { if (dark) d += `M${x} ${y}h1v1h-1z`; }));
  return h('svg', { class: 'qr', role: 'img', 'aria-label': label, viewBox: `0 0 ${n} ${n}`, width: size, height: size, 'shape-rendering': 'crispEdges' },
    h('rect', { width: n, height: n, fill: '#fff' }),
    h('path', { d, fill: '#000' }));
}
