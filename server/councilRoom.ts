/**
 * One class's meeting on the Colyseus room server. The room decides nothing itself: it passes each
 * message to the live meeting's rules (src/live) with the sender's holder (the hash of the key its
 * connection authenticated with, never anything the message says), keeps every input that changed
 * the meeting (so a restarted server replays it), and sends each browser its own view.
 *
 * It is built to survive its students: no message can end the process (a fault refuses that input
 * and the room goes on), each connection has a message budget, and a class that is finished or
 * idle with nobody connected is disposed (its kept file reopens it if the class comes back).
 */
import { randomInt } from 'node:crypto';
import { Room, matchMaker, type Client } from '@colyseus/core';
import { encodeRun, runOf, type Scenario } from '../src/engine';
import { applyInput, createMeeting, replayMeeting, seatOf } from '../src/live/meeting';
import { makeClassSecret, signRunCode } from '../src/live/signature';
import { CLOSE_FLOOD, HOLDER_KEY, LIVE_FORMAT, type LiveMeeting } from '../src/live/types';
import { ownView, sharedView } from '../src/live/view';
import { messageBudget, type Budget } from './budget';
import { classCode, holderOf } from './keys';
import { playedWith, type Kept, type KeptSetup, type MeetingStore } from './store';

export interface RoomLimits {
  /** Seconds a dropped browser keeps its connection's place before the seat is marked away. */
  graceSeconds: number;
  /** A class nobody is connected to is disposed after this long without a change (seconds). */
  idleSeconds: number;
  /** A finished class is disposed this long after its last browser left (seconds). */
  finishedSeconds: number;
  /** Seconds a browser that has been given a place has to connect to it. */
  reservationSeconds: number;
  messagesPerSecond: number;
  /** Browsers one class holds at once: a class of 35, its President, observers, and spare places. */
  seatsPerClass: number;
}

export const DEFAULT_LIMITS: RoomLimits = { graceSeconds: 30, idleSeconds: 30 * 60, finishedSeconds: 5 * 60, reservationSeconds: 15, messagesPerSecond: 20, seatsPerClass: 120 };

export interface CouncilOptions {
  scenario: Scenario;
  store: MeetingStore;
  limits: RoomLimits;
  /**
   * Setups the server itself has reserved (`npm run class`, or a kept class coming back), by code.
   * The room server's own options always override what a browser sends, so a browser cannot pass
   * its own setup, store or scenario: a browser creating a class gives only its key and a name.
   */
  reserved: Map<string, KeptSetup>;
  /** The address students open (the class server on the school network), shown to the President. */
  studentAddress?: (() => string) | null;
  code?: unknown;
  /** The creating browser's key: it presides. */
  key?: unknown;
  chairName?: unknown;
}

/** A code no open class is using (across every process that shares the matchmaker) and none kept. */
async function freeCode(store: MeetingStore): Promise<string> {
  for (;;) {
    const code = classCode();
    if ((await matchMaker.query({ roomId: code })).length === 0 && !(await store.exists(code))) return code;
  }
}

/**
 * Whether a class is let go: never while anyone is in it; a finished one soon after the last browser
 * left, an unfinished one only after a long while without a change. Its file reopens it either way.
 */
export function letGo(room: { connected: number; over: boolean; emptySince: number; lastChange: number }, limits: Pick<RoomLimits, 'finishedSeconds' | 'idleSeconds'>, now: number): boolean {
  if (room.connected > 0) return false;
  if (room.over && now - room.emptySince > limits.finishedSeconds * 1000) return true;
  return now - Math.max(room.lastChange, room.emptySince) > limits.idleSeconds * 1000;
}

export interface Reopened { meeting: LiveMeeting; skipped: number }

/**
 * The meeting kept under a class code, replayed; or a plain reason why it cannot be, in which case
 * its file is left exactly as it was (a new meeting never writes over one that could not be read).
 */
export function reopen(scenario: Scenario, kept: Kept): Reopened {
  const { played, setup } = kept;
  const where = `The meeting kept under ${setup.code}`;
  if (played.format !== LIVE_FORMAT) throw new Error(`${where} was kept by another version of the game (format ${played.format}; this one keeps format ${LIVE_FORMAT}), so it cannot be replayed. Its file is kept as it is.`);
  if (played.scenarioId !== scenario.id || played.scenarioVersion !== scenario.version) {
    throw new Error(`${where} was played with version ${played.scenarioVersion} of "${played.scenarioId}", and this server has version ${scenario.version} of "${scenario.id}", so it cannot be replayed exactly. Its file is kept as it is.`);
  }
  return replayMeeting(scenario, setup, kept.inputs);
}

export class CouncilRoom extends Room {
  private scenario!: Scenario;
  private store!: MeetingStore;
  private limits = DEFAULT_LIMITS;
  private setup!: KeptSetup;
  private studentAddress: (() => string) | null = null;
  meeting!: LiveMeeting;
  private readonly holders = new Map<string, string>(); // sessionId → holder
  /** By holder, not connection: a student who opens more connections does not get more budget. */
  private readonly budgets = new Map<string, Budget & { toldAt: number }>();
  private readonly sent = new Map<string, string>(); // sessionId → the last own view sent, as JSON
  private readonly signed = new Map<string, string>(); // seat → its signed run code
  /** What each seat's signed code covers: its meeting, or its meeting and the consultations after it. */
  private readonly signedAt = new Map<string, string>();
  /** Holders whose line dropped and who may still come back (the grace period): shown as away at once. */
  private readonly returning = new Set<string>();
  private sharedSent = '';
  private lastChange = Date.now();
  private emptySince = Date.now();

  override async onCreate(options: CouncilOptions) {
    this.scenario = options.scenario;
    this.store = options.store;
    this.limits = options.limits;
    this.studentAddress = typeof options.studentAddress === 'function' ? options.studentAddress : null;
    let setup = typeof options.code === 'string' ? options.reserved.get(options.code) : undefined;
    if (options.code !== undefined && !setup) throw new Error('No class has been set up under that code.');
    if (setup) options.reserved.delete(setup.code);
    else {
      if (typeof options.key !== 'string' || !HOLDER_KEY.test(options.key)) throw new Error('This browser did not say who it is: reload the page and try again.');
      const chairName = typeof options.chairName === 'string' ? options.chairName.slice(0, 60) : '';
      setup = { code: await freeCode(this.store), seed: randomInt(2 ** 31), mode: 'standard', chair: holderOf(options.key), chairName, secret: makeClassSecret() };
    }
    this.setup = setup;
    this.roomId = setup.code;
    this.autoDispose = false;
    this.maxClients = this.limits.seatsPerClass;
    this.setSeatReservationTime(this.limits.reservationSeconds);
    const kept = await this.store.load(setup.code);
    if (kept) this.meeting = reopen(this.scenario, kept).meeting;
    else {
      this.meeting = createMeeting(this.scenario, setup);
      await this.store.start(setup, playedWith(this.scenario));
    }
    this.onMessage('*', (client, type, message) => this.guarded('message', () => this.request(client, type, message)));
    this.clock.setInterval(() => this.disposeIfDone(), Math.min(10_000, this.limits.idleSeconds * 500, this.limits.finishedSeconds * 500));
    this.signFinished();
  }

  /** Colyseus' own net under every room method: a fault is logged and the room goes on. */
  override onUncaughtException(error: unknown, method: string) {
    console.error(`class ${this.roomId}: ${method} failed and was skipped: ${error instanceof Error ? error.message : String(error)}`);
  }

  override onAuth(_client: Client, options: { key?: unknown }) {
    if (typeof options?.key !== 'string' || !HOLDER_KEY.test(options.key)) throw new Error('This browser did not say who it is: reload the page and type the class code again.');
    return { holder: holderOf(options.key) };
  }

  override onJoin(client: Client, _options: unknown, auth: { holder: string }) {
    this.holders.set(client.sessionId, auth.holder);
    if (!this.budgets.has(auth.holder)) this.budgets.set(auth.holder, { ...messageBudget({ perSecond: this.limits.messagesPerSecond, burst: this.limits.messagesPerSecond * 2 }), toldAt: 0 });
    // Someone whose seat was marked away is back; their game and draft are where they left them.
    if (seatOf(this.meeting, auth.holder) || this.meeting.chair === auth.holder) this.input({ type: 'back' }, auth.holder, 'server');
    // Back on a new connection (a reloaded page) within the grace period: no longer shown away.
    if (this.returning.delete(auth.holder)) this.broadcastChange();
    this.sendView(client);
  }

  override async onLeave(client: Client, consented: boolean) {
    const holder = this.holders.get(client.sessionId);
    if (!holder) return;
    if (!consented) {
      // The lid closes, the Wi-Fi drops, the tab is closed: the President sees the seat away at once,
      // and the same browser may still come back to it within the grace period.
      const others = () => [...this.holders].some(([id, h]) => h === holder && id !== client.sessionId);
      if (!others()) { this.returning.add(holder); this.broadcastChange(); }
      try {
        const back = await this.allowReconnection(client, this.limits.graceSeconds);
        this.returning.delete(holder);
        this.broadcastChange();
        this.sendView(back);
        return;
      } catch { /* not back in time */ }
      this.returning.delete(holder);
    }
    this.holders.delete(client.sessionId);
    this.sent.delete(client.sessionId);
    if (this.holders.size === 0) this.emptySince = Date.now();
    if (![...this.holders.values()].includes(holder)) {
      this.budgets.delete(holder);
      this.input({ type: 'away' }, holder, 'server');
    }
  }

  private guarded(what: string, work: () => void) {
    try { work(); } catch (error) { this.onUncaughtException(error, what); }
  }

  private disposeIfDone() {
    const room = { connected: this.clients.length + this.holders.size, over: this.meeting.stage === 'over', emptySince: this.emptySince, lastChange: this.lastChange };
    if (letGo(room, this.limits, Date.now())) void this.disconnect();
  }

  private request(client: Client, type: string | number, message: unknown) {
    const holder = this.holders.get(client.sessionId);
    if (!holder) return;
    const budget = this.budgets.get(holder);
    const now = Date.now();
    const verdict = budget ? budget.take(now) : 'ok';
    if (verdict === 'flooding') { client.leave(CLOSE_FLOOD); return; }
    if (verdict === 'over') {
      // Told at most once a second: the refusal must not become a flood of its own.
      if (budget && now - budget.toldAt > 1000) {
        budget.toldAt = now;
        client.send('refused', { code: 'flood', message: `You are sending faster than the meeting can take (${this.limits.messagesPerSecond} a second): what you sent just now was not taken. Wait a moment, then try again.` });
      }
      return;
    }
    // A browser that has just come back asks to see the meeting as it stands now.
    if (type === 'look') { this.sendView(client); return; }
    const body = message && typeof message === 'object' && !Array.isArray(message) ? message : {};
    const error = this.input({ ...body, type }, holder, 'browser');
    if (error) client.send('refused', error);
  }

  private input(request: unknown, holder: string, source: 'browser' | 'server') {
    const step = applyInput(this.scenario, this.meeting, request, holder, source);
    if (!step.ok) {
      if (step.error.code === 'fault') console.error(`class ${this.roomId}: a ${typeof request === 'object' && request && 'type' in request ? String(request.type) : 'message'} could not be applied (a fault in the rules); refused, the meeting goes on`);
      return step.error;
    }
    if (!step.changed) return null;
    this.meeting = step.meeting;
    this.lastChange = Date.now();
    this.store.append(this.meeting.code, step.input);
    this.broadcastChange();
    this.signFinished();
    return null;
  }

  /**
   * The shared part is encoded once for everyone, and only when it changed; each browser's own part
   * goes to it alone, and only when it changed (a draft change reaches only its student).
   */
  private broadcastChange() {
    const shared = sharedView(this.scenario, this.meeting, this.returning);
    const text = JSON.stringify(shared);
    if (text !== this.sharedSent) { this.sharedSent = text; this.broadcast('meeting', shared); }
    for (const c of this.clients) this.sendOwn(c);
  }

  /** Each student's run code, signed with the class's secret once their game is decided, and again once the consultations after it are over. */
  private signFinished() {
    for (const [seat, game] of Object.entries(this.meeting.games)) {
      const decided = game.consultations?.stage === 'done' ? 'consultations' : 'meeting';
      if (game.phase !== 'outcome' || this.signedAt.get(seat) === decided) continue;
      this.signedAt.set(seat, decided);
      if (!this.signed.has(seat)) this.signed.set(seat, '');
      const code = encodeRun(this.scenario, runOf(this.scenario, game, this.meeting.seats[seat]?.name ?? ''));
      signRunCode(code, this.setup.code, this.setup.secret).then((signed) => {
        this.signed.set(seat, signed);
        for (const c of this.clients) this.sendOwn(c);
      }, (error) => this.onUncaughtException(error, 'signing a run code'));
    }
  }

  /** Both parts of the view, for a browser that has just arrived or come back. */
  private sendView(client: Client) {
    client.send('meeting', sharedView(this.scenario, this.meeting, this.returning));
    this.sendOwn(client, true);
  }

  private sendOwn(client: Client, always = false) {
    const holder = this.holders.get(client.sessionId);
    if (!holder) return;
    const own = ownView(this.scenario, this.meeting, holder);
    const seat = own.you?.seat;
    const presiding = holder === this.meeting.chair || holder === this.setup.chair;
    const view = {
      ...own,
      runCode: (seat && this.signed.get(seat)) || null,
      // The President's screen shows where students join, and collects every signed code at the end.
      address: presiding && this.studentAddress ? this.studentAddress() : null,
      runCodes: presiding && this.meeting.stage === 'over' ? Object.fromEntries([...this.signed].filter(([, code]) => code)) : null,
      // Only the browser that set the class up holds its secret: the class summary checks codes with it.
      classSecret: holder === this.setup.chair ? this.setup.secret : null,
    };
    const text = JSON.stringify(view);
    if (!always && this.sent.get(client.sessionId) === text) return;
    this.sent.set(client.sessionId, text);
    client.send('you', view);
  }
}

