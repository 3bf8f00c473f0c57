/**
 * The Council chamber, drawn from a ChamberView: the horseshoe table, the nameplates, who has the
 * floor, the meters and the news ticker. It decides nothing; every word it draws is also in the DOM,
 * and the canvas is hidden from assistive technology. Loaded only through mount.ts, after the DOM
 * interface is already usable.
 */
import Phaser from 'phaser';
import { plateBox, plateMetrics, type ChamberView, type MeterBar, type Plate } from './layout';

export interface ShowOptions { reducedMotion: boolean }

// Text colours are picked for at least 7:1 against the fill they sit on.
const INK = {
  floor: 0x0c1624, carpet: 0x12233a, table: 0x3b5a80, tableEdge: 0x7c9cc4,
  chairEdge: 0x8da3bf, chairLit: 0x9bdcff,
  plate: 0x14253a, plateEdge: 0x8da3bf, plateText: '#eef3f8',
  lit: 0x9bdcff, litEdge: 0xffffff, litText: '#06243a',
  player: 0xffd166, playerEdge: 0xffffff, playerText: '#2b1d00', playerMark: 0x2b1d00,
  guest: 0x26303d, guestText: '#eef3f8',
  speaker: 0xffffff,
  meterTrack: 0x22344d, meterText: '#eef3f8', meterFlash: 0xffffff,
  ticker: 0x8c1d18, tickerText: '#ffffff', tickerDot: 0xffffff,
};
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** Red when a meter is where the player would not want it, green when it is where they would. */
function meterColour(bar: MeterBar, value: number): number {
  const span = bar.max - bar.min || 1;
  const frac = Math.min(1, Math.max(0, (value - bar.min) / span));
  const good = bar.better === 'higher' ? frac : 1 - frac;
  const stops = [[0xe0, 0x5a, 0x47], [0xf2, 0xb1, 0x34], [0x4c, 0xc3, 0x7a]] as const;
  const [a, b, f] = good < 0.5 ? [stops[0], stops[1], good * 2] : [stops[1], stops[2], (good - 0.5) * 2];
  const mix = (i: 0 | 1 | 2) => Math.round(a[i] + (b[i] - a[i]) * f);
  return (mix(0) << 16) | (mix(1) << 8) | mix(2);
}

export class ChamberScene extends Phaser.Scene {
  readonly ready: Promise<void>;
  private markReady!: () => void;
  private floor!: Phaser.GameObjects.Graphics;
  private plates!: Phaser.GameObjects.Graphics;
  private ring!: Phaser.GameObjects.Graphics;
  private meterGraphics!: Phaser.GameObjects.Graphics;
  private tickerGraphics!: Phaser.GameObjects.Graphics;
  private texts = new Map<string, Phaser.GameObjects.Text>();
  private tickerText!: Phaser.GameObjects.Text;
  private view: ChamberView | null = null;
  /** What each meter bar shows right now, which lags the real value while a change is tweened. */
  private shown = new Map<string, { value: number; target: number }>();
  private flash = new Map<string, { alpha: number }>();
  private ticker = { reveal: 1 };
  private newsShown: string | null = null;
  private speakerShown: string | null = null;
  /** When the picture last moved (-1: just woken), for putting the loop to sleep. */
  private busySince = -1;

  constructor() {
    super({ key: 'chamber' });
    this.ready = new Promise((resolve) => { this.markReady = resolve; });
  }

  create() {
    this.floor = this.add.graphics();
    this.plates = this.add.graphics();
    this.ring = this.add.graphics();
    this.meterGraphics = this.add.graphics();
    this.tickerGraphics = this.add.graphics();
    this.tickerText = this.text('ticker').setOrigin(0, 0.5);
    this.markReady();
  }

  /** The loop sleeps once nothing moves, so a still chamber costs no frames; show() and resizes wake it. */
  override update(time: number) {
    if (this.busySince < 0 || this.tweens.getTweens().length > 0) this.busySince = time;
    else if (time - this.busySince > 300) this.game.loop.sleep();
  }

  wake() {
    this.busySince = -1;
    this.game.loop.wake(true);
  }

  show(view: ChamberView, opts: ShowOptions) {
    const motion = !opts.reducedMotion;
    this.view = view;
    // The canvas has device pixels; the view is in CSS pixels.
    this.cameras.main.setSize(this.scale.width, this.scale.height).setOrigin(0, 0).setZoom(this.scale.width / view.width);
    if (!motion) { this.tweens.killAll(); this.flash.clear(); this.ring.setAlpha(1); this.ticker.reveal = 1; }
    this.drawFloor(view);
    this.drawPlates(view, motion);
    this.updateMeters(view, motion);
    this.updateTicker(view, motion);
    this.wake();
  }

  private text(key: string): Phaser.GameObjects.Text {
    let t = this.texts.get(key);
    if (!t) {
      // In Arabic the names and the news read right to left (Phaser draws such text from a canvas in the page).
      t = this.add.text(0, 0, '', { fontFamily: FONT, fontStyle: 'bold', align: 'center', rtl: document.documentElement.dir === 'rtl' })
        .setResolution(Math.min(2, window.devicePixelRatio || 1));
      this.texts.set(key, t);
    }
    return t;
  }

  /** Sets a text and shrinks it, never grows it, to fit the width the layout allowed. */
  private fit(t: Phaser.GameObjects.Text, content: string, size: number, colour: string, maxWidth: number) {
    t.setText(content).setFontSize(size).setColor(colour).setScale(1).setVisible(true);
    if (t.width > maxWidth) t.setScale(maxWidth / t.width);
    return t;
  }

  private drawFloor(view: ChamberView) {
    const g = this.floor.clear();
    g.fillStyle(INK.floor, 1).fillRect(0, 0, view.width, view.height);
    const outline = view.table.outline;
    if (outline.length === 0) return;
    const vectors = (points: { x: number; y: number }[]) => points.map((p) => new Phaser.Math.Vector2(p.x, p.y));
    g.fillStyle(INK.carpet, 1).fillPoints(vectors(view.table.floor), true, true);
    g.fillStyle(INK.table, 1).fillPoints(vectors(outline), true, true);
    g.lineStyle(1.5, INK.tableEdge, 1).strokePoints(vectors(outline), true, true);
  }

  private drawPlates(view: ChamberView, motion: boolean) {
    const g = this.plates.clear();
    const font = view.plateFont;
    const used = new Set<string>();
    for (const p of [...view.plates, ...view.guests]) {
      const guest = view.guests.includes(p);
      const m = plateMetrics(font, view.compact || guest);
      this.chair(g, p);
      const b = plateBox(p);
      const [fill, edge, ink, edgeWidth] = p.isPlayer ? [INK.player, INK.playerEdge, INK.playerText, 3]
        : p.lit ? [INK.lit, INK.litEdge, INK.litText, 2]
        : guest ? [INK.guest, INK.plateEdge, INK.guestText, 1] : [INK.plate, INK.plateEdge, INK.plateText, 1];
      const radius = Math.min(4, b.height / 4);
      g.fillStyle(fill, 1).fillRoundedRect(b.x, b.y, b.width, b.height, radius);
      g.lineStyle(edgeWidth, edge, 1).strokeRoundedRect(b.x, b.y, b.width, b.height, radius);
      if (p.presides) g.fillStyle(INK.tableEdge, 1).fillRect(b.x + radius, b.y + 1.5, b.width - 2 * radius, Math.max(2, b.height * 0.1));
      const mx = b.x + m.padX + m.marker / 2, my = p.y, r = m.marker / 2;
      if (r > 0 && p.isPlayer) this.star(g, mx, my, r, INK.playerMark);
      else if (r > 0 && p.lit) this.tick(g, mx, my, r);
      else if (r > 0) g.lineStyle(Math.max(1.5, r / 3), INK.plateEdge, 1).strokeCircle(mx, my, r * 0.8);
      const textLeft = b.x + m.padX + m.marker + m.markerGap;
      const textWidth = b.x + b.width - m.padX - textLeft;
      const t = this.fit(this.text(`plate:${p.id}`), p.label, font, ink, textWidth).setOrigin(0.5, 0.5).setLineSpacing(-font * 0.1);
      t.setPosition(textLeft + textWidth / 2, p.y);
      used.add(`plate:${p.id}`);
    }
    for (const [key, t] of this.texts) if (key.startsWith('plate:') && !used.has(key)) t.setVisible(false);
    this.drawSpeaker(view, motion);
  }

  /** Chairs repeat the plate's marker in shape (filled, hollow, star), which matters where plates are too small for one. */
  private chair(g: Phaser.GameObjects.Graphics, p: Plate) {
    const { x, y, r } = p.chair;
    if (r <= 0) return;
    if (p.isPlayer) this.star(g, x, y, r * 1.5, INK.player);
    else if (p.lit) g.fillStyle(INK.chairLit, 1).fillCircle(x, y, r);
    else g.fillStyle(INK.floor, 1).fillCircle(x, y, r).lineStyle(Math.max(1.5, r / 2.5), INK.chairEdge, 1).strokeCircle(x, y, Math.max(0, r - 0.75));
  }

  private tick(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number) {
    g.fillStyle(0x06243a, 1).fillCircle(x, y, r);
    g.lineStyle(Math.max(1.5, r / 2.6), 0xffffff, 1).beginPath();
    g.moveTo(x - r * 0.5, y).lineTo(x - r * 0.1, y + r * 0.4).lineTo(x + r * 0.55, y - r * 0.4).strokePath();
  }

  private star(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number, colour: number) {
    const points = Array.from({ length: 10 }, (_, i) => {
      const a = -Math.PI / 2 + (i * Math.PI) / 5, d = i % 2 === 0 ? r : r * 0.45;
      return new Phaser.Math.Vector2(x + Math.cos(a) * d, y + Math.sin(a) * d);
    });
    g.fillStyle(colour, 1).fillPoints(points, true, true);
  }

  /** A ring round whoever has the floor, with sound waves; it pulses briefly when the floor changes hands. */
  private drawSpeaker(view: ChamberView, motion: boolean) {
    const g = this.ring.clear();
    const p: Plate | undefined = [...view.plates, ...view.guests].find((q) => q.speaking);
    if (!p) { this.speakerShown = null; return; }
    const b = plateBox(p);
    const o = 3.5;
    g.lineStyle(2.5, INK.speaker, 1).strokeRoundedRect(b.x - o, b.y - o, b.width + 2 * o, b.height + 2 * o, 6);
    // Sound waves go out from the plate towards the floor, the side away from the chair.
    const dx = -Math.cos(p.angle), dy = -Math.sin(p.angle), towards = Math.atan2(dy, dx);
    const edge = Math.min(dx ? b.width / 2 / Math.abs(dx) : Infinity, dy ? b.height / 2 / Math.abs(dy) : Infinity) + o;
    const s = Math.max(6, view.plateFont * 0.75);
    g.lineStyle(2.5, INK.speaker, 1);
    for (const r of [s, s * 1.75]) {
      g.beginPath().arc(p.x + dx * edge, p.y + dy * edge, r, towards - 0.7, towards + 0.7).strokePath();
    }
    if (p.id !== this.speakerShown) {
      this.speakerShown = p.id;
      this.tweens.killTweensOf(this.ring);
      this.ring.setAlpha(1);
      if (motion) this.tweens.add({ targets: this.ring, alpha: 0.35, duration: 450, yoyo: true, repeat: 2, ease: 'Sine.easeInOut' });
    }
  }

  private updateMeters(view: ChamberView, motion: boolean) {
    const used = new Set(view.meters.map((m) => m.id));
    for (const id of [...this.shown.keys()]) if (!used.has(id)) this.shown.delete(id);
    for (const bar of view.meters) {
      const level = this.shown.get(bar.id);
      if (!level) {
        this.shown.set(bar.id, { value: bar.value, target: bar.value });
      } else if (!motion) {
        level.value = level.target = bar.value;
      } else if (level.target !== bar.value) {
        level.target = bar.value;
        // A change that lands mid-tween carries on from wherever the bar has got to.
        this.tweens.killTweensOf(level);
        this.tweens.add({ targets: level, value: bar.value, duration: 700, ease: 'Cubic.easeOut', onUpdate: () => this.drawMeters() });
        const flash = { alpha: 1 };
        const previous = this.flash.get(bar.id);
        if (previous) this.tweens.killTweensOf(previous);
        this.flash.set(bar.id, flash);
        this.tweens.add({ targets: flash, alpha: 0, duration: 1100, ease: 'Quad.easeIn', onUpdate: () => this.drawMeters() });
      }
      const font = view.meterFont;
      const right = bar.bandAt === 'right';
      this.fit(this.text(`meter:${bar.id}`), bar.label, font, INK.meterText, right ? bar.box.width * 0.55 : bar.box.width)
        .setOrigin(0, 0).setPosition(bar.box.x, bar.labelY);
      const band = this.fit(this.text(`band:${bar.id}`), bar.band, font, INK.meterText, right ? bar.box.width * 0.45 : bar.box.width);
      if (right) band.setOrigin(1, 0).setPosition(bar.box.x + bar.box.width, bar.bandY);
      else band.setOrigin(0, 0).setPosition(bar.box.x, bar.bandY).setVisible(bar.bandAt === 'below');
    }
    for (const [key, t] of this.texts) if ((key.startsWith('meter:') || key.startsWith('band:')) && !used.has(key.slice(key.indexOf(':') + 1))) t.setVisible(false);
    this.drawMeters();
  }

  private drawMeters() {
    const g = this.meterGraphics.clear();
    for (const bar of this.view?.meters ?? []) {
      const value = this.shown.get(bar.id)?.value ?? bar.value;
      const { x, y, width, height } = bar.bar;
      const frac = Math.min(1, Math.max(0, (value - bar.min) / (bar.max - bar.min || 1)));
      const r = height / 2;
      g.fillStyle(INK.meterTrack, 1).fillRoundedRect(x, y, width, height, r);
      if (frac > 0) g.fillStyle(meterColour(bar, value), 1).fillRoundedRect(x, y, Math.max(height, width * frac), height, r);
      g.lineStyle(1, INK.plateEdge, 1).strokeRoundedRect(x, y, width, height, r);
      const flash = this.flash.get(bar.id);
      if (flash && flash.alpha > 0.01) g.lineStyle(2.5, INK.meterFlash, flash.alpha).strokeRoundedRect(x - 2, y - 2, width + 4, height + 4, r + 2);
    }
  }

  /** A news strip that wipes in from the left when a headline arrives, then holds still. */
  private updateTicker(view: ChamberView, motion: boolean) {
    const id = view.news?.id ?? null;
    if (id !== this.newsShown) {
      this.newsShown = id;
      this.tweens.killTweensOf(this.ticker);
      this.ticker.reveal = motion && id ? 0 : 1;
      if (motion && id) {
        this.tweens.add({ targets: this.ticker, reveal: 1, duration: 900, ease: 'Cubic.easeOut', onUpdate: () => this.drawTicker() });
      }
    }
    if (view.news) {
      const t = this.tickerText.setText(view.news.text).setFontSize(view.fontSize).setColor(INK.tickerText).setScale(1);
      this.truncate(t, view.news.text, view.ticker.width - view.ticker.height * 1.4);
    }
    this.drawTicker();
  }

  private drawTicker() {
    const g = this.tickerGraphics.clear();
    const view = this.view;
    if (!view?.news) { this.tickerText.setVisible(false); return; }
    const { x, y, width, height } = view.ticker;
    const reveal = this.ticker.reveal;
    g.fillStyle(INK.ticker, 1).fillRoundedRect(x, y, Math.max(height, width * Math.min(1, reveal * 1.6)), height, 4);
    const dot = height * 0.18;
    g.fillStyle(INK.tickerDot, 1).fillCircle(x + height / 2, y + height / 2, dot);
    // The headline slides in behind the strip's leading edge.
    const textReveal = Math.max(0, Math.min(1, (reveal - 0.35) / 0.65));
    this.tickerText.setPosition(x + height + (1 - textReveal) * height * 2, y + height / 2).setAlpha(textReveal).setVisible(true);
  }

  private truncate(t: Phaser.GameObjects.Text, full: string, room: number) {
    if (t.width <= room) return;
    let lo = 0, hi = full.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      t.setText(`${full.slice(0, mid).trimEnd()}…`);
      if (t.width <= room) lo = mid; else hi = mid - 1;
    }
    t.setText(`${full.slice(0, lo).trimEnd()}…`);
  }
}
