/**
 * Puts the chamber drawing into a page element and keeps it in step with the store. Phaser is
 * fetched here, on demand, so the DOM interface is usable before the drawing arrives; nothing else
 * may import it statically.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from '../store/gameStore';
import { chamberView } from './layout';

export interface Chamber { destroy(): void }

/** Fetches Phaser and the scene without starting them: called while the player prepares. */
export function preloadChamber(): Promise<unknown> {
  return Promise.all([import('phaser'), import('./ChamberScene')]);
}

export async function mountChamber(
  parent: HTMLElement,
  store: StoreApi<AppState>,
  opts: { reducedMotion: () => boolean },
): Promise<Chamber> {
  const [{ default: Phaser }, { ChamberScene }] = await Promise.all([import('phaser'), import('./ChamberScene')]);
  // The canvas is sized in device pixels and shown at CSS size (zoom 1/ratio), so lines and text stay
  // sharp on high-density screens; the scene zooms its camera back so the layout works in CSS pixels.
  const ratio = () => Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  const cssSize = () => ({ width: Math.max(1, Math.floor(parent.clientWidth)), height: Math.max(1, Math.floor(parent.clientHeight)) });
  let pixelRatio = ratio();
  const start = cssSize();
  const scene = new ChamberScene();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#0c1624',
    banner: false,
    // The canvas is a picture: it takes no input, so it never swallows keys, taps or scrolling.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
    autoFocus: false,
    disableContextMenu: false,
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.NONE, width: start.width * pixelRatio, height: start.height * pixelRatio,
      zoom: 1 / pixelRatio, expandParent: false,
    },
    render: { antialias: true, powerPreference: 'low-power' },
    scene,
  });

  let destroyed = false;
  let unsubscribe = () => {};
  let observer: ResizeObserver | null = null;
  const parentPosition = parent.style.position;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    unsubscribe();
    observer?.disconnect();
    // Phaser tears down on its next step; waking a sleeping loop runs that step at once.
    game.destroy(true);
    game.loop.wake();
    parent.style.position = parentPosition;
  };

  await scene.ready;
  const canvas = game.canvas;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.setAttribute('role', 'presentation');
  canvas.setAttribute('tabindex', '-1');
  // Taken out of the flow so the canvas never props its parent open: the parent's own CSS decides the size.
  if (getComputedStyle(parent).position === 'static') parent.style.position = 'relative';
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', display: 'block' });

  const draw = () => {
    if (destroyed) return;
    const { scenario, game: state } = store.getState();
    const { width, height } = cssSize();
    const reducedMotion = opts.reducedMotion();
    // Exposed so a test (or a curious teacher) can see which mode the drawing is in.
    parent.dataset.motion = reducedMotion ? 'reduced' : 'full';
    scene.show(chamberView(scenario, state, width, height), { reducedMotion });
  };
  const resize = () => {
    if (destroyed) return;
    const { width, height } = cssSize();
    const next = ratio();
    if (next !== pixelRatio) { pixelRatio = next; game.scale.setZoom(1 / next); }
    if (game.scale.width !== width * pixelRatio || game.scale.height !== height * pixelRatio) {
      scene.wake();
      game.scale.resize(width * pixelRatio, height * pixelRatio);
      draw();
    }
  };

  unsubscribe = store.subscribe((next, previous) => {
    if (next.scenario !== previous.scenario || next.game !== previous.game) draw();
  });
  if (typeof ResizeObserver !== 'undefined') {
    observer = new ResizeObserver(resize);
    observer.observe(parent);
  }
  resize();
  draw();
  return { destroy };
}
