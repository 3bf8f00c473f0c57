/**
 * What the chamber picture shows and where, as plain numbers: the Phaser scene only draws this.
 * Pure TypeScript (no Phaser, no DOM) so that the placement can be tested without a canvas.
 * Who is lit, who has the floor and which band a meter is in come from the engine's view helpers;
 * nothing here decides a game rule.
 */
import { alignedWith, bandOf, currentSpeaker, type GameState, type Scenario } from '../engine';

export interface Box { x: number; y: number; width: number; height: number }
export interface Point { x: number; y: number }

export interface Plate {
  id: string;
  /** The delegation's short name, or its id where the plates are narrow; '\n' splits two lines. */
  label: string;
  /** Centre of the nameplate; plates are drawn upright. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Radians, from the plate towards its delegate's chair (away from the floor). */
  angle: number;
  chair: Point & { r: number };
  lit: boolean;
  speaking: boolean;
  isPlayer: boolean;
  presides: boolean;
}

export interface MeterBar {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  band: string;
  better: 'higher' | 'lower';
  box: Box;
  bar: Box;
  /** Tops of the label and band texts. The band sits right of the label, below the bar, or (on a very
   * small canvas) is left to the DOM. */
  labelY: number;
  bandY: number;
  bandAt: 'right' | 'below' | 'hidden';
}

export interface Headline { id: string; text: string }

export interface ChamberView {
  width: number;
  height: number;
  fontSize: number;
  /** The font the nameplates fitted at (at most fontSize). */
  plateFont: number;
  /** Plates show delegation ids rather than names (a narrow canvas). */
  compact: boolean;
  /** The horseshoe as one closed polygon, the floor inside it (its inner edge, open at the bottom),
   * and the Secretariat's table in the middle (null if there is no room). */
  table: { outline: Point[]; floor: Point[]; thickness: number };
  /** The Council's members: the President at the top centre, the others clockwise in English alphabetical order. */
  plates: Plate[];
  /** Briefers and rule 37 participants, at the open end of the horseshoe. */
  guests: Plate[];
  meters: MeterBar[];
  meterFont: number;
  ticker: Box;
  news: Headline | null;
}

const MIN_FONT = 9;

/** A rough width for a bold sans-serif label; the scene shrinks any text that turns out wider. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += ch === ' ' ? 0.32 : /[.,'’iIlj]/.test(ch) ? 0.34 : /[A-Z0-9mw]/.test(ch) ? 0.78 : 0.64;
  return em * size;
}

function wrap(label: string): string {
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return label;
  const mid = label.length / 2;
  const at = spaces.reduce((best, i) => (Math.abs(i - mid) < Math.abs(best - mid) ? i : best));
  return `${label.slice(0, at)}\n${label.slice(at + 1)}`;
}

type Mode = 'full' | 'wrap' | 'id';
type Seat = { id: string; short: string };

function labelFor(seat: Seat, mode: Mode): string {
  return mode === 'id' ? seat.id : mode === 'wrap' ? wrap(seat.short) : seat.short;
}

/**
 * Plates are [marker | label]: the marker shows a tick or a hollow ring, so being lit is not told by
 * colour alone. Compact plates (ids) drop the marker to stay narrow; their chairs carry it instead.
 */
export function plateMetrics(font: number, compact: boolean) {
  return { padX: Math.round(font * 0.35), marker: compact ? 0 : Math.round(font * 0.7), markerGap: compact ? 0 : Math.round(font * 0.3) };
}

function plateSize(label: string, font: number, rows: number, compact: boolean) {
  const m = plateMetrics(font, compact);
  const text = Math.max(font * 1.8, ...label.split('\n').map((l) => textWidth(l, font)));
  return { width: Math.ceil(text + 2 * m.padX + m.marker + m.markerGap), height: Math.ceil(font * 1.2 * rows + font * 0.6) };
}

function sizes(labels: string[], font: number, compact: boolean) {
  const rows = Math.max(1, ...labels.map((l) => l.split('\n').length));
  return labels.map((l) => plateSize(l, font, rows, compact));
}

/** How far from a plate's centre, going along (nx, ny), one leaves the plate. */
function exitDistance(width: number, height: number, nx: number, ny: number): number {
  return Math.min(nx ? width / 2 / Math.abs(nx) : Infinity, ny ? height / 2 / Math.abs(ny) : Infinity);
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

export function plateBox(p: { x: number; y: number; width: number; height: number }): Box {
  return { x: p.x - p.width / 2, y: p.y - p.height / 2, width: p.width, height: p.height };
}

function inside(b: Box, width: number, height: number): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height;
}

/** The centre line of the horseshoe: up the left arm, over the top, down the right arm. */
function horseshoePath(cx: number, cy: number, rx: number, ry: number, bottom: number, unit?: { x: number; y: number }) {
  const pts: { x: number; y: number; nx: number; ny: number }[] = [{ x: cx - rx, y: bottom, nx: -1, ny: 0 }];
  const steps = 96;
  for (let i = 0; i <= steps; i++) {
    const t = Math.PI - (Math.PI * i) / steps;
    const gx = Math.cos(t) / rx, gy = -Math.sin(t) / ry;
    const n = Math.hypot(gx, gy);
    pts.push({ x: cx + rx * Math.cos(t), y: cy - ry * Math.sin(t), nx: gx / n, ny: gy / n });
  }
  pts.push({ x: cx + rx, y: bottom, nx: 1, ny: 0 });
  const at: number[] = [0];
  // Distance is plain length, or (packed) the larger of plate-widths across and plate-heights down.
  const dist = (a: Point, b: Point) => unit
    ? Math.max(Math.abs(b.x - a.x) / unit.x, Math.abs(b.y - a.y) / unit.y)
    : Math.hypot(b.x - a.x, b.y - a.y);
  for (let i = 1; i < pts.length; i++) at.push(at[i - 1]! + dist(pts[i - 1]!, pts[i]!));
  const length = at[at.length - 1]!;
  const pointAt = (s: number) => {
    let i = 1;
    while (i < pts.length - 1 && at[i]! < s) i++;
    const a = pts[i - 1]!, b = pts[i]!;
    const f = at[i] === at[i - 1] ? 0 : (s - at[i - 1]!) / (at[i]! - at[i - 1]!);
    const nx = a.nx + (b.nx - a.nx) * f, ny = a.ny + (b.ny - a.ny) * f, n = Math.hypot(nx, ny) || 1;
    return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f, nx: nx / n, ny: ny / n };
  };
  return { pts, length, pointAt };
}

interface Frame { width: number; height: number; pad: number; font: number; region: Box }

/**
 * Tries one font and labelling; null when plates would overlap or leave the canvas. Plates are spaced
 * evenly along the table, or, when packed, evenly in plate-widths across and plate-heights down, which
 * lets the arms take more plates than the top where plates sit side by side. A deeper arc (depth, as a
 * share of the height) gives the top more room still.
 */
function arrange(frame: Frame, members: Seat[], guests: Seat[], mode: Mode, font: number, packed: boolean, strict = true, depth = 0.62) {
  const { width: W, height: H, pad, region } = frame;
  const labels = members.map((m) => labelFor(m, mode));
  const size = sizes(labels, font, mode === 'id');
  const wMax = Math.max(...size.map((z) => z.width)), wMean = size.reduce((t, z) => t + z.width, 0) / size.length;
  const h = size[0]?.height ?? font * 2;
  const gap = Math.max(4, Math.round(font * 0.45));
  const thickness = Math.round(h * 1.5);
  const chairR = Math.max(3, Math.round(h * 0.24));
  const cx = W / 2;
  // Chairs stand behind the plate or the table's edge, whichever reaches further from the path.
  let rx = W / 2 - pad - Math.max(wMax / 2, thickness / 2) - 2 - 2 * chairR;
  const top = region.y + Math.max(h / 2, thickness / 2) + 2 + 2 * chairR;
  const bottom = region.y + region.height - h / 2;
  let ry = Math.min(rx, (bottom - top) * depth);
  if (rx <= wMax || ry <= h) {
    if (strict) return null;
    rx = Math.max(rx, wMax);
    ry = Math.max(ry, h);
  }
  const path = horseshoePath(cx, top + ry, rx, ry, bottom, packed ? { x: wMean + gap, y: h + gap } : undefined);

  const n = members.length;
  const chairIndex = Math.floor(n / 2);
  const step = path.length / n;
  const shift = path.length / 2 - (chairIndex + 0.5) * step;
  // members[0] presides; the rest follow clockwise from the President's seat, wrapping round the arms.
  const plates: Omit<Plate, 'lit' | 'speaking' | 'isPlayer'>[] = members.map((m, k) => {
    const i = (chairIndex + k) % n;
    const p = path.pointAt((i + 0.5) * step + shift);
    const { width, height } = size[k]!;
    const off = Math.max(thickness / 2, exitDistance(width, height, p.nx, p.ny)) + 2 + chairR;
    return {
      id: m.id, label: labels[k]!, x: p.x, y: p.y, width, height, angle: Math.atan2(p.ny, p.nx),
      chair: { x: p.x + p.nx * off, y: p.y + p.ny * off, r: chairR }, presides: k === 0,
    };
  });

  // Guests sit in up to two rows across the open end, inside the arms; ids if their names do not fit.
  const innerLeft = cx - rx + thickness / 2 + gap, innerWidth = 2 * (rx - thickness / 2 - gap);
  const seatGuests = (guestMode: Mode) => {
    const gs = sizes(guests.map((g) => labelFor(g, guestMode)), font, true);
    const rows: number[][] = [[]];
    let used = 0;
    gs.forEach((z, k) => {
      if (rows[rows.length - 1]!.length > 0 && used + gap + z.width > innerWidth) { rows.push([]); used = 0; }
      used += (rows[rows.length - 1]!.length > 0 ? gap : 0) + z.width;
      rows[rows.length - 1]!.push(k);
    });
    return rows.flatMap((row, r) => {
      let x = cx - (row.reduce((t, k) => t + gs[k]!.width, 0) + gap * (row.length - 1)) / 2;
      return row.map((k) => {
        const { width, height } = gs[k]!;
        const at = { x: x + width / 2, y: bottom - r * (height + gap) };
        x += width + gap;
        return { id: guests[k]!.id, label: labelFor(guests[k]!, guestMode), ...at, width, height, angle: Math.PI / 2,
          chair: { ...at, r: 0 }, presides: false, row: r };
      });
    });
  };
  let seatedGuests = seatGuests(mode === 'id' ? 'id' : 'full');
  if (seatedGuests.some((g) => g.row > 1 || g.width > innerWidth)) seatedGuests = seatGuests('id');
  const guestPlates = seatedGuests.map(({ row: _row, ...g }) => g);
  const guestTop = Math.min(bottom - h / 2, ...guestPlates.map((g) => g.y - g.height / 2));
  if (strict && !fits()) return null;
  function fits(): boolean {
    const boxes = [...plates, ...guestPlates].map(plateBox);
    for (let i = 0; i < boxes.length; i++) {
      if (!inside(boxes[i]!, W, H)) return false;
      for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!, gap)) return false;
    }
    const chairs = plates.map(({ chair: c }) => ({ x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r }));
    return chairs.every((c) => inside(c, W, H))
      && guestPlates.every((g) => g.x - g.width / 2 >= innerLeft - 0.5 && g.x + g.width / 2 <= innerLeft + innerWidth + 0.5)
      && guestTop >= top + ry * 0.7;
  }

  const edge = (side: 1 | -1) => path.pts.map((p) => ({ x: p.x + (side * p.nx * thickness) / 2, y: p.y + (side * p.ny * thickness) / 2 }));
  const inner = edge(-1);
  const innerTop = top + thickness / 2 + gap;
  return { plates, guests: guestPlates, font, table: { outline: [...edge(1), ...[...inner].reverse()], floor: inner, thickness } };
}

function meterBars(scenario: Scenario, state: GameState | null, W: number, H: number, pad: number, font: number) {
  const meterFont = Math.max(MIN_FONT + 1, Math.round(font * 0.9));
  const count = scenario.meters.length;
  const cols = Math.max(1, Math.min(count, Math.floor((W - 2 * pad) / 85)));
  const gap = Math.round(font * 0.8);
  const colWidth = Math.max(0, (W - 2 * pad - (cols - 1) * gap) / cols);
  const oneLine = scenario.meters.every((m) =>
    textWidth(m.label, meterFont) + Math.max(...m.bands.map((b) => textWidth(b.label, meterFont))) + meterFont * 1.5 <= colWidth);
  const line = Math.round(meterFont * 1.3);
  const barHeight = Math.max(6, Math.round(font * 0.6));
  const bandAt = oneLine ? 'right' : H < 280 ? 'hidden' : 'below';
  const meterHeight = bandAt === 'below' ? 2 * line + 6 + barHeight : line + 3 + barHeight;
  const rows = Math.ceil(count / cols);
  const stripHeight = rows * meterHeight + (rows - 1) * gap;
  const top = H - pad - stripHeight;
  const meters: MeterBar[] = scenario.meters.map((m, k) => {
    const box = { x: pad + (k % cols) * (colWidth + gap), y: top + Math.floor(k / cols) * (meterHeight + gap), width: colWidth, height: meterHeight };
    const value = state ? (state.meters[m.id] ?? m.start ?? m.min) : (m.start ?? m.min);
    const barY = box.y + line + 3;
    return {
      id: m.id, label: m.label, value, min: m.min, max: m.max, band: bandOf(scenario, m.id, value), better: m.better,
      box, bar: { x: box.x, y: barY, width: colWidth, height: barHeight },
      labelY: box.y, bandY: bandAt === 'right' ? box.y : barY + barHeight + 3, bandAt,
    };
  });
  return { meters, meterFont, stripHeight };
}

/**
 * The chamber for a scenario and game at a canvas size. With no game, an empty table (no one lit,
 * no one speaking, no meters); with no scenario, the table alone.
 */
export function chamberView(scenario: Scenario | null, state: GameState | null, width: number, height: number): ChamberView {
  const W = Math.max(1, width), H = Math.max(1, height);
  const font = Math.round(Math.min(22, Math.max(11, Math.min(W / 50, H / 26))));
  const pad = Math.round(Math.min(16, Math.max(4, Math.min(W, H) * 0.015)));
  const ticker = { x: pad, y: pad, width: Math.max(0, W - 2 * pad), height: Math.round(font * 1.8) };
  const strip = scenario && state ? meterBars(scenario, state, W, H, pad, font) : { meters: [], meterFont: font, stripHeight: 0 };
  const regionTop = ticker.y + ticker.height + pad;
  // Boxes never take a negative size, even on the 1-pixel canvas a hidden panel gives.
  const region = { x: pad, y: regionTop, width: Math.max(0, W - 2 * pad), height: Math.max(0, H - pad - (strip.stripHeight ? strip.stripHeight + pad : 0) - regionTop) };
  const frame: Frame = { width: W, height: H, pad, font, region };

  const collator = new Intl.Collator('en');
  const members: Seat[] = (scenario?.delegations ?? []).filter((d) => d.kind === 'member')
    .map((d) => ({ id: d.id, short: d.shortName }))
    .sort((a, b) => collator.compare(a.short, b.short));
  // The Council seats members in English alphabetical order, the sequence starting from whoever presides.
  const chairAt = Math.max(0, members.findIndex((m) => m.id === scenario?.presidency.seat));
  const seated = [...members.slice(chairAt), ...members.slice(0, chairAt)];
  const guestOrder = [...(scenario?.speakersList.rule37 ?? [])];
  const guests: Seat[] = (scenario?.delegations ?? []).filter((d) => d.kind !== 'member')
    .sort((a, b) => (a.kind === 'briefer' ? -1 : 0) - (b.kind === 'briefer' ? -1 : 0) || guestOrder.indexOf(a.id) - guestOrder.indexOf(b.id))
    .map((d) => ({ id: d.id, short: d.shortName }));

  let placed: ReturnType<typeof arrange> = null;
  let compact = false;
  const tries: [Mode, number][] = [];
  // Names as large as the canvas allows, before the usual sizes: a projector's nameplates must read
  // from the back of a classroom, and a wide canvas has room for them.
  const largest = Math.round(Math.min(28, Math.max(font, Math.min(W / 34, H / 20))));
  for (let f = largest; f >= Math.max(MIN_FONT, font - 4); f--) tries.push(['full', f], ['wrap', f]);
  for (let f = font; f >= MIN_FONT; f--) tries.push(['id', f]);
  for (const [mode, f] of tries) {
    placed = arrange(frame, seated, guests, mode, f, false) ?? arrange(frame, seated, guests, mode, f, true)
      ?? arrange(frame, seated, guests, mode, f, true, true, 0.8);
    if (placed) { compact = mode === 'id'; break; }
  }
  // A canvas too small for any tidy arrangement still gets the tightest one, crowded, rather than nothing.
  if (!placed) {
    placed = arrange(frame, seated, guests, 'id', MIN_FONT, true, false);
    compact = true;
  }

  const lit = new Set(scenario && state ? alignedWith(scenario, state) : []);
  const speaker = state ? currentSpeaker(state) : null;
  const dress = (p: Omit<Plate, 'lit' | 'speaking' | 'isPlayer'>): Plate => ({
    ...p, lit: lit.has(p.id), speaking: p.id === speaker, isPlayer: !!state && p.id === state.seat,
  });
  // A draw that changes nothing ("no new reports") is not news: no red strip for it.
  const drawn = scenario && state?.newsArrived ? scenario.news.find((e) => e.id === state.news) : undefined;
  const news = drawn && (Object.keys(drawn.effects).length > 0 || Object.keys(drawn.support).length > 0) ? drawn : undefined;
  return {
    width: W, height: H, fontSize: font, plateFont: placed?.font ?? font, compact,
    table: placed?.table ?? { outline: [], floor: [], thickness: 0 },
    plates: (placed?.plates ?? []).map(dress),
    guests: (placed?.guests ?? []).map(dress),
    meters: strip.meters, meterFont: strip.meterFont,
    ticker,
    news: news ? { id: news.id, text: news.headline } : null,
  };
}
