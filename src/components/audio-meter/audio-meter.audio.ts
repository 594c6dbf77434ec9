// The audio side of level measurement, shared by every <audio-meter> and every <track-toggle
// warn-while-muted> on the page: one AudioContext (browsers cap how many a page may open, and each
// runs its own audio thread), closed as soon as no probe needs it; one requestAnimationFrame loop
// that reads every started probe at one rate (never more than one measurement per frame); and the
// resume on the first gesture that Safari (and Chromium without an autoplay grant) needs before a
// context runs.

/** How long a context may stay `suspended` after a resume() before a meter says it is blocked. */
const RESUME_GRACE_MS = 300;
/**
 * Readings at most this often (every other frame at 60 Hz): the eye sees no difference, and half
 * the readings are half the style work (measured with bench/scenarios/meters.mjs).
 */
const READ_INTERVAL_MS = 25;
/**
 * 43 ms at 48 kHz: one read covers everything since the previous one at the meter's 30 readings a
 * second, so no sound falls between two readings.
 */
const FFT_SIZE = 2048;
/** Below this RMS a buffer is digital silence (a muted or broken microphone). */
const SILENCE = 1e-5;

type AudioContextConstructor = typeof AudioContext;

function contextClass(): AudioContextConstructor | undefined {
  const global = globalThis as { AudioContext?: AudioContextConstructor };
  return (
    global.AudioContext ??
    (globalThis as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext
  );
}

/** Whether this browser can measure a track's level (an AudioContext with stream sources). */
export function levelSupported(): boolean {
  return typeof contextClass()?.prototype.createMediaStreamSource === 'function';
}

interface Shared {
  readonly context: AudioContext;
  readonly users: Set<object>;
  readonly listeners: Set<() => void>;
  /** Suspended longer than the grace after a resume(): only a gesture will start it. */
  blocked: boolean;
  timer?: ReturnType<typeof setTimeout>;
  gestures?: AbortController;
}

let shared: Shared | null = null;

function resume(state: Shared): void {
  if (state.context.state !== 'suspended') return;
  state.context.resume().catch(() => {});
  clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    if (state.context.state === 'suspended') setBlocked(state, true);
  }, RESUME_GRACE_MS);
}

function setBlocked(state: Shared, blocked: boolean): void {
  if (state.blocked === blocked) return;
  state.blocked = blocked;
  if (blocked) listenForGesture(state);
  else state.gestures?.abort();
  state.listeners.forEach((listener) => listener());
}

/** A context that waits for a gesture resumes on the first pointerdown or keydown anywhere. */
function listenForGesture(state: Shared): void {
  state.gestures?.abort();
  const gestures = (state.gestures = new AbortController());
  const onGesture = () => {
    // resume() must be called inside the gesture's own task.
    state.context.resume().catch(() => {});
  };
  for (const type of ['pointerdown', 'keydown']) {
    window.addEventListener(type, onGesture, { capture: true, signal: gestures.signal });
  }
}

function acquire(user: object): Shared {
  if (!shared) {
    const Context = contextClass()!;
    const context = new Context();
    const state: Shared = { context, users: new Set(), listeners: new Set(), blocked: false };
    context.addEventListener('statechange', () => {
      if (context.state === 'running') setBlocked(state, false);
      else if (context.state === 'suspended') resume(state);
    });
    shared = state;
    resume(state);
  }
  shared.users.add(user);
  return shared;
}

function release(user: object): void {
  const state = shared;
  if (!state || !state.users.delete(user) || state.users.size) return;
  shared = null;
  clearTimeout(state.timer);
  state.gestures?.abort();
  state.context.close().catch(() => {});
}

/**
 * Whether the shared context waits for a user gesture (Safari, or Chromium without an autoplay
 * grant): meters say so, and it resumes on the first pointerdown or keydown.
 */
export function contextBlocked(): boolean {
  return shared?.blocked ?? false;
}

/** Whether the shared context runs: a suspended one reads silence, which says nothing. */
export function contextRunning(): boolean {
  return shared?.context.state === 'running';
}

/** Calls `listener` whenever `contextBlocked()` changes, until `signal` aborts. */
export function onContextBlocked(listener: () => void, signal: AbortSignal): void {
  const state = shared;
  if (!state || signal.aborted) return;
  state.listeners.add(listener);
  signal.addEventListener('abort', () => state.listeners.delete(listener), { once: true });
}

/** One buffer's loudness: RMS in dBFS (−Infinity for silence) and whether it held any sound. */
export interface Reading {
  readonly db: number;
  readonly signal: boolean;
}

/**
 * Measures one track's level through its own clone (never the track itself), on the shared
 * context. The clone is enabled even when the track is not: a disabled track's clone carries
 * silence, and `<track-toggle warn-while-muted>` must hear a muted microphone (measured in Chromium,
 * Firefox and WebKit: a clone switched on carries the sound of a disabled original).
 */
export class LevelProbe {
  readonly track: MediaStreamTrack;
  readonly #clone: MediaStreamTrack;
  readonly #source: MediaStreamAudioSourceNode;
  readonly #analyser: AnalyserNode;
  readonly #buffer: Float32Array<ArrayBuffer>;
  /** Set while started: leaving the reading loop. */
  #readings?: AbortController;
  #closed = false;

  constructor(track: MediaStreamTrack) {
    this.track = track;
    this.#clone = track.clone();
    this.#clone.enabled = true;
    const { context } = acquire(this);
    this.#source = context.createMediaStreamSource(new MediaStream([this.#clone]));
    this.#analyser = context.createAnalyser();
    this.#analyser.fftSize = FFT_SIZE;
    this.#buffer = new Float32Array(FFT_SIZE);
  }

  /** The clone measured (for tests: it is stopped by `close()`). */
  get clone(): MediaStreamTrack {
    return this.#clone;
  }

  /** Whether the probe is started: connected, and read on the page's reading loop. */
  get started(): boolean {
    return !!this.#readings;
  }

  /**
   * Connects the graph and calls `onReading` on the page's one reading loop (at most once every
   * `READ_INTERVAL_MS`) until `pause()`: the audio thread works only for probes being read.
   */
  start(onReading: (now: number) => void): void {
    if (this.#readings || this.#closed) return;
    this.#source.connect(this.#analyser);
    this.#readings = new AbortController();
    everyReading(onReading, this.#readings.signal);
  }

  /** Leaves the loop and disconnects the graph (hidden, off-screen, disabled): no audio work. */
  pause(): void {
    if (!this.#readings) return;
    this.#readings.abort();
    this.#readings = undefined;
    this.#source.disconnect();
  }

  /** Reads the latest buffer. */
  read(): Reading {
    this.#analyser.getFloatTimeDomainData(this.#buffer);
    let sum = 0;
    for (const sample of this.#buffer) sum += sample * sample;
    const rms = Math.sqrt(sum / this.#buffer.length);
    return { db: rms > 0 ? 20 * Math.log10(rms) : -Infinity, signal: rms > SILENCE };
  }

  /** Stops the clone and lets the shared context close when no other probe needs it. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.pause();
    this.#clone.stop();
    release(this);
  }
}

const readers = new Set<(now: number) => void>();
let frame = 0;
let lastReading = -Infinity;

function tick(now: number): void {
  frame = 0;
  if (now - lastReading >= READ_INTERVAL_MS) {
    lastReading = now;
    for (const reader of [...readers]) reader(now);
  }
  if (readers.size) frame = requestAnimationFrame(tick);
}

/**
 * Calls `reader` on the page's one requestAnimationFrame loop, at most once every
 * `READ_INTERVAL_MS`, until `signal` aborts: every probe on the page is read in the same frames.
 */
function everyReading(reader: (now: number) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  readers.add(reader);
  frame ||= requestAnimationFrame(tick);
  signal.addEventListener(
    'abort',
    () => {
      readers.delete(reader);
      if (!readers.size && frame) {
        cancelAnimationFrame(frame);
        frame = 0;
      }
    },
    { once: true },
  );
}

/**
 * Speaking detection with hysteresis: speaking from the first reading at or above `threshold`
 * dBFS, silent again once every reading stayed below it for `hold` ms.
 */
export class SpeechDetector {
  speaking = false;
  #lastLoud = -Infinity;

  /** Feeds one reading; returns whether `speaking` changed. */
  update(db: number, now: number, threshold: number, hold: number): boolean {
    if (db >= threshold) {
      this.#lastLoud = now;
      if (this.speaking) return false;
      this.speaking = true;
      return true;
    }
    if (!this.speaking || now - this.#lastLoud < hold) return false;
    this.speaking = false;
    return true;
  }

  reset(): void {
    this.speaking = false;
    this.#lastLoud = -Infinity;
  }
}
