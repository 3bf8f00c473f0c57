/**
 * One class's meeting on the Colyseus room server. The room decides nothing itself: it passes each
 * message to the live meeting's rules (src/live) with the sender's key, keeps every accepted input
 * (so a restarted server replays the meeting), and sends each browser its own view.
 */
import { randomInt } from 'node:crypto';
import { Room, matchMaker, type Client } from '@colyseus/core';
import type { Scenario } from '../src/engine';
import { applyInput, createMeeting, replayMeeting, seatOf, type MeetingSetup } from '../src/live/meeting';
import { HOLDER_KEY, LIVE_FORMAT, type LiveMeeting } from '../src/live/types';
import { ownView, sharedView } from '../src/live/view';
import { playedWith, type Kept, type MeetingStore } from './store';

export interface CouncilOptions {
  scenario: Scenario;
  store: MeetingStore;
  /** Seconds a dropped browser keeps its connection's place before the seat is marked away. */
  graceSeconds: number;
  /**
   * Setups the server itself has reserved (`npm run class`), by code. The room server's own options
   * always override what a browser sends, so a browser cannot pass its own setup, store or scenario:
   * a browser creating a class gives only its key and a name, and the code is made here.
   */
  reserved: Map<string, MeetingSetup>;
  code?: unknown;
  /** The creating browser's key: it presides. */
  key?: unknown;
  chairName?: unknown;
}

// No I, L, O or U: nothing to misread on a projector or mistype on a phone.
const LETTERS = 'ABCDEFGHJKMNPQRSTVWXYZ';

export function classCode(): string {
  return Array.from({ length: 4 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
}

/** A code no open class is using (across every process that shares the matchmaker) and none kept. */
async function freeCode(store: MeetingStore): Promise<string> {
  for (;;) {
    const code = classCode();
    if ((await matchMaker.query({ roomId: code })).length === 0 && !store.load(code)) return code;
  }
}

/**
 * The meeting kept under a class code, replayed; or a plain reason why it cannot be, in which case
 * its file is left exactly as it was (a new meeting never writes over one that could not be read).
 */
export function reopen(scenario: Scenario, kept: Kept): LiveMeeting {
  const { played, setup } = kept;
  const where = `The meeting kept under ${setup.code}`;
  if (played.format !== LIVE_FORMAT) throw new Error(`${where} was kept by another version of the game, so it cannot be replayed. Its file is kept as it is.`);
  if (played.scenarioId !== scenario.id || played.scenarioVersion !== scenario.version) {
    throw new Error(`${where} was played with version ${played.scenarioVersion} of "${played.scenarioId}", and this server has version ${scenario.version} of "${scenario.id}", so it cannot be replayed exactly. Its file is kept as it is.`);
  }
  const replayed = replayMeeting(scenario, setup, kept.inputs);
  if (!replayed.ok) throw new Error(`${where} cannot be replayed (${replayed.error.message.replace(/[.!]$/, '')}). Its file is kept as it is.`);
  return replayed.meeting;
}

export class CouncilRoom extends Room {
  private scenario!: Scenario;
  private store!: MeetingStore;
  private grace = 20;
  meeting!: LiveMeeting;
  private readonly keys = new Map<string, string>(); // sessionId → key
  private readonly sent = new Map<string, string>(); // sessionId → the last own view sent, as JSON
  private sharedSent = '';

  override async onCreate(options: CouncilOptions) {
    this.scenario = options.scenario;
    this.store = options.store;
    this.grace = options.graceSeconds;
    let setup = typeof options.code === 'string' ? options.reserved.get(options.code) : undefined;
    if (options.code !== undefined && !setup) throw new Error('No class has been set up under that code.');
    if (setup) options.reserved.delete(setup.code);
    else {
      if (typeof options.key !== 'string' || !HOLDER_KEY.test(options.key)) throw new Error('This browser did not say who it is: reload the page and try again.');
      const chairName = typeof options.chairName === 'string' ? options.chairName.slice(0, 60) : '';
      setup = { code: await freeCode(this.store), seed: randomInt(2 ** 31), mode: 'standard', chair: options.key, chairName };
    }
    this.roomId = setup.code;
    this.autoDispose = false;
    this.maxClients = 80;
    // A class joins at once over school Wi-Fi: a phone may take a while to open its connection.
    this.setSeatReservationTime(60);
    const kept = this.store.load(setup.code);
    if (kept) this.meeting = reopen(this.scenario, kept);
    else {
      this.meeting = createMeeting(this.scenario, setup);
      this.store.start(setup, playedWith(this.scenario));
    }
    this.onMessage('*', (client, type, message) => this.request(client, type, message));
  }

  override onAuth(_client: Client, options: { key?: unknown }) {
    if (typeof options?.key !== 'string' || !HOLDER_KEY.test(options.key)) throw new Error('This browser did not say who it is: reload the page and type the class code again.');
    return { key: options.key };
  }

  override onJoin(client: Client, _options: unknown, auth: { key: string }) {
    this.keys.set(client.sessionId, auth.key);
    // Someone whose seat was marked away is back; their game and draft are where they left them.
    if (seatOf(this.meeting, auth.key) || this.meeting.chair === auth.key) this.input({ type: 'back' }, auth.key, 'server');
    this.sendView(client);
  }

  override async onLeave(client: Client, consented: boolean) {
    const key = this.keys.get(client.sessionId);
    if (!key) return;
    if (!consented) {
      try {
        // The lid closes, the Wi-Fi drops: the same browser may come back within the grace period.
        const back = await this.allowReconnection(client, this.grace);
        this.sendView(back);
        return;
      } catch { /* not back in time */ }
    }
    this.keys.delete(client.sessionId);
    this.sent.delete(client.sessionId);
    if (![...this.keys.values()].includes(key)) this.input({ type: 'away' }, key, 'server');
  }

  private request(client: Client, type: string | number, message: unknown) {
    const key = this.keys.get(client.sessionId);
    if (!key) return;
    // A browser that has just come back asks to see the meeting as it stands now.
    if (type === 'look') { this.sendView(client); return; }
    const body = message && typeof message === 'object' && !Array.isArray(message) ? message : {};
    const error = this.input({ ...body, type }, key, 'browser');
    if (error) client.send('refused', error);
  }

  private input(request: unknown, key: string, source: 'browser' | 'server') {
    const step = applyInput(this.scenario, this.meeting, request, key, source);
    if (!step.ok) return step.error;
    this.meeting = step.meeting;
    this.store.append(this.meeting.code, this.meeting.inputs[this.meeting.inputs.length - 1]!);
    // The shared part is encoded once for everyone, and only when it changed; each browser's own
    // part goes to it alone, and only when it changed (a draft change reaches only its student).
    const shared = sharedView(this.scenario, this.meeting);
    const text = JSON.stringify(shared);
    if (text !== this.sharedSent) { this.sharedSent = text; this.broadcast('meeting', shared); }
    for (const c of this.clients) this.sendOwn(c);
    return null;
  }

  /** Both parts of the view, for a browser that has just arrived or come back. */
  private sendView(client: Client) {
    client.send('meeting', sharedView(this.scenario, this.meeting));
    this.sendOwn(client, true);
  }

  private sendOwn(client: Client, always = false) {
    const key = this.keys.get(client.sessionId);
    if (!key) return;
    const own = ownView(this.scenario, this.meeting, key);
    const text = JSON.stringify(own);
    if (!always && this.sent.get(client.sessionId) === text) return;
    this.sent.set(client.sessionId, text);
    client.send('you', own);
  }
}
