/**
 * Entry point: load the scenario through the one boundary, wire the save slot, mount the DOM
 * interface at once, and fetch Phaser only when a meeting is on screen.
 */
import { MODES } from './engine';
import { gameStore, goTo, savedElsewhere, setMeta, setName, setProjector, setScenario, setStudent, useShelf, resume } from './store/gameStore';
import { rememberedStudent } from './ui/screens/handIn';
import { loadGameScreens, mountApp, type Shell } from './ui/app';
import type { SeatRequest } from './ui/screens/seats';
import { localShelf, savePrefix } from './ui/persistence';
import { LANGUAGES, loadParts, loadScenario, meetingMeta, useLanguage } from './ui/i18n';
import { chooseLanguage, rememberLanguage, rememberedLanguage } from './ui/language';
import { cleanName } from './engine';
import './ui/styles.css';

/** A teacher's link may name a seat, a seed and a mode; anything odd in it is shown back, as text. */
function seatRequest(): SeatRequest {
  const params = new URLSearchParams(window.location.search);
  // What a link carries is shown back as text, without direction overrides that would reverse the rest.
  const plain = (v: string | null) => (v === null ? null : cleanName(v).slice(0, 40));
  const seat = plain(params.get('seat'));
  // A seat plan's links are short (?seat=KOR&m=g&s=1030, for a QR code); older links spell them out.
  const seedText = plain(params.get('seed') ?? params.get('s'));
  const seedOk = seedText !== null && /^\d{1,10}$/.test(seedText);
  const modeText = plain(params.get('mode') ?? params.get('m'));
  const lower = modeText?.toLowerCase();
  const mode = MODES.find((m) => m === lower || m[0] === lower) ?? null;
  return {
    seat: seat === null ? null : /^[A-Za-z]{3}$/.test(seat) ? seat.toUpperCase() : seat,
    seed: seedOk ? Number(seedText) % 2 ** 32 : null,
    badSeed: seedText !== null && !seedOk ? seedText : null,
    mode,
    badMode: modeText !== null && !mode ? modeText : null,
  };
}

let chamber: Promise<unknown> | null = null;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The chamber's code (Phaser) is fetched while the player reads the preparation screen, so that the
 * drawing is ready when the meeting starts; nothing of it is fetched before the title's controls.
 */
let chamberCode: Promise<typeof import('./chamber/mount')> | null = null;
const fetchChamber = () => (chamberCode ??= import('./chamber/mount').then(async (m) => { await m.preloadChamber(); return m; }));
gameStore.subscribe((state) => { if (state.game?.phase === 'preparation') void fetchChamber().catch(() => { chamberCode = null; }); });

function mountChamberOnce(shell: Shell) {
  if (chamber) return;
  chamber = fetchChamber()
    .then(({ mountChamber }) => mountChamber(shell.chamber, gameStore, { reducedMotion }))
    .then(() => shell.chamber.querySelector('.chamber-note')?.remove())
    // The drawing is decorative: the text carries everything, so the game goes on without it; the
    // console still says why, so that a broken chamber fails the browser tests.
    .catch((error: unknown) => { console.error('The chamber drawing could not start:', error); });
}

const root = document.getElementById('app')!;
// A reload mid-meeting returns straight to the meeting; a new visit starts at the title screen,
// where Continue offers the saved meeting.
const RELOAD_FLAG = 'take-the-floor/in-game';
const wasInGame = (() => { try { return window.sessionStorage.getItem(RELOAD_FLAG); } catch { return null; } })();
const params = new URLSearchParams(window.location.search);
const linkName = params.get('name');
const remembered = rememberedStudent();
if (remembered) setStudent(remembered.name, remembered.className, remembered.date);
if (linkName) setName(cleanName(linkName));
if (params.get('projector') === '1') setProjector(true);
// The language first: every word on the title depends on it.
const language = chooseLanguage(LANGUAGES, params.get('lang'), rememberedLanguage(), navigator.languages ?? [navigator.language]);
useLanguage(language.code);
if (params.has('lang') && !language.unknown) rememberLanguage(language.code);
setMeta(meetingMeta());
gameStore.subscribe((state) => {
  try {
    if (state.game && state.saveKey && (state.screen === 'game' || state.screen === 'debrief')) window.sessionStorage.setItem(RELOAD_FLAG, state.saveKey);
    else if (state.scenario) window.sessionStorage.removeItem(RELOAD_FLAG);
  } catch { /* storage unavailable: reloads land on the title screen */ }
});
// Two tabs on the same meeting: each keeps its own course rather than overwriting the other's.
window.addEventListener('storage', (event) => { if (event.key) savedElsewhere(event.key, event.newValue); });
// The title screen is drawn at once; the scenario (checked when the site was built) follows in its
// own file, and the saved games, links and codes are dealt with when it has arrived.
void loadParts('title').then(() => mountApp(root, { ...seatRequest(), unknownLanguage: language.unknown }, mountChamberOnce), () => {
  // Without its words the page can say nothing in the player's language: it says so plainly, and a
  // reload (online, or once the offline copy has the language) tries again.
  root.textContent = 'Take the Floor could not load its words for this language. Check the connection, then reload the page.';
  root.setAttribute('role', 'alert');
});
void Promise.all([loadScenario(), loadParts('title', 'game'), loadGameScreens()]).then(([scenario]) => {
  useShelf(localShelf(scenario.id), savePrefix(scenario.id));
  setScenario(scenario);
  // The rest of this language's words, fetched now so that the offline copy keeps them (src/sw.ts).
  const later = () => { void loadParts('debrief', 'consult', 'about').catch(() => {}); };
  if ('requestIdleCallback' in window) window.requestIdleCallback(later); else setTimeout(later, 1000);
  // A class meeting's link: `?class=CODE` fills in the code; the President's own link also carries its key.
  const classCode = params.get('class');
  if (classCode) {
    void import('./store/live').then(({ joinLive, prefillClass, presidentKey }) => {
      // The President's link carries its key: it leaves the address bar at once (which a projector
      // shows), and stays in this tab for a reload.
      const chairKey = presidentKey(classCode, params.get('chair'));
      if (params.has('chair')) { params.delete('chair'); window.history.replaceState(null, '', `${window.location.pathname}?${params}`); }
      if (chairKey) void joinLive(classCode, 'The President', chairKey);
      else { void prefillClass(classCode); goTo('join'); }
    });
    return;
  }
  const linkCode = params.get('code');
  if (linkCode) {
    // A code in the link opens that run's debrief; a code that cannot be read is said on the code screen.
    void import('./ui/screens/code').then(({ openCode, showCodeProblem }) => {
      const problem = openCode(gameStore.getState(), linkCode.slice(0, 2100));
      if (problem) { showCodeProblem(problem); goTo('code'); }
    });
  } else if (wasInGame && !params.has('seat')) resume(wasInGame);
});
