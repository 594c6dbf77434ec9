import { isMatroska } from './stream-recorder.formats.js';

/**
 * The WebM duration fix, a module of its own: loaded when a WebM recording starts, used when it
 * stops. A load that fails is tried again by the next recording.
 */
let webm: Promise<typeof import('./stream-recorder.webm.js')> | undefined;
const loadWebm = () =>
  (webm ??= import('./stream-recorder.webm.js').catch((error: unknown) => {
    webm = undefined;
    throw error;
  }));

/** Why a recording stopped. */
export type StreamRecorderStopReason =
  'stop' | 'max-duration' | 'ended' | 'stream-change' | 'disconnect' | 'error';

/** A finished recording: everything recorded, whatever stopped it. */
export interface Recording {
  readonly blob: Blob;
  readonly mimeType: string;
  /** Milliseconds recorded, pauses excluded. */
  readonly duration: number;
  readonly reason: StreamRecorderStopReason;
}

export interface SessionHooks {
  /** A chunk of recorded data (each `dataavailable` with data). */
  data(blob: Blob): void;
  /** The recorder failed; the session is stopping with reason `error`. */
  error(cause: unknown): void;
  /** The recorder or one of its tracks stopped on its own. */
  ended(): void;
}

/** How long to wait for the recorder's `stop` after asking for it before delivering what came. */
const STOP_GRACE_MS = 3000;
/** How long a stop waits for the WebM duration fix's module before delivering without it. */
const FIX_WAIT_MS = 2000;

/**
 * One recording: a MediaRecorder over clones of the source's tracks, which it owns and stops once
 * the recorder has handed over its last data. The source's tracks are never touched. Keeps the
 * chunks (not copies) and the time recorded, pauses excluded.
 */
export class RecordingSession {
  readonly recorder: MediaRecorder;
  readonly clones: readonly MediaStreamTrack[];
  readonly done: Promise<Recording>;
  #chunks: Blob[] = [];
  #size = 0;
  #elapsed = 0;
  #since: number | null = null;
  #reason: StreamRecorderStopReason | null = null;
  #finish!: (recording: Recording) => void;
  #watch = new AbortController();

  /** Throws what `new MediaRecorder()` or `start()` throws; the clones are stopped first. */
  constructor(
    sources: readonly MediaStreamTrack[],
    mimeType: string,
    timeslice: number | undefined,
    private readonly hooks: SessionHooks,
  ) {
    this.clones = sources.map((track) => track.clone());
    this.done = new Promise((resolve) => (this.#finish = resolve));
    try {
      this.recorder = new MediaRecorder(new MediaStream([...this.clones]), { mimeType });
      this.#listen();
      this.recorder.start(timeslice);
    } catch (error) {
      this.#stopClones();
      throw error;
    }
    this.#since = performance.now();
    if (isMatroska(mimeType)) loadWebm().catch(() => {});
  }

  get state(): RecordingState {
    return this.#reason ? 'inactive' : this.recorder.state;
  }

  /** Bytes recorded so far. */
  get size(): number {
    return this.#size;
  }

  /** Milliseconds recorded so far, pauses excluded. */
  get duration(): number {
    return this.#elapsed + (this.#since === null ? 0 : performance.now() - this.#since);
  }

  /** The MIME type of what is recorded (the recorder's, with the codecs it chose). */
  get mimeType(): string {
    return this.recorder.mimeType || this.#chunks[0]?.type || '';
  }

  /** Whether `stop()` was called: the reason is set and the result is on its way. */
  get stopping(): boolean {
    return this.#reason !== null;
  }

  pause(): void {
    if (this.state !== 'recording') return;
    this.recorder.pause();
    this.#elapsed = this.duration;
    this.#since = null;
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.recorder.resume();
    this.#since = performance.now();
  }

  /** Stops (the first reason wins) and resolves `done` once the recorder's last data is in. */
  stop(reason: StreamRecorderStopReason): Promise<Recording> {
    if (this.#reason) return this.done;
    this.#reason = reason;
    this.#elapsed = this.duration;
    this.#since = null;
    if (this.recorder.state !== 'inactive') {
      try {
        this.recorder.stop();
      } catch {
        // Already stopping: its `stop` event is on its way.
      }
    }
    // A recorder that never says `stop` (a broken encoder) still hands over what it gave.
    const grace = setTimeout(() => void this.#complete(), STOP_GRACE_MS);
    void this.done.then(() => clearTimeout(grace));
    return this.done;
  }

  #listen(): void {
    const { signal } = this.#watch;
    this.recorder.addEventListener('dataavailable', (event) => this.#data(event.data), { signal });
    this.recorder.addEventListener('stop', () => void this.#complete(), { signal });
    this.recorder.addEventListener(
      'error',
      (event) => {
        if (this.#reason) return;
        this.hooks.error((event as ErrorEvent).error ?? event);
      },
      { signal },
    );
    // The recorder stops by itself when all its tracks end; one track ending stops the take too.
    const ended = () => this.#reason || this.hooks.ended();
    for (const clone of this.clones) clone.addEventListener('ended', ended, { signal });
  }

  #data(blob: Blob | undefined): void {
    if (!blob?.size) return;
    this.#chunks.push(blob);
    this.#size += blob.size;
    this.hooks.data(blob);
  }

  #completed = false;

  async #complete(): Promise<void> {
    if (this.#completed) return;
    this.#completed = true;
    if (!this.#reason) {
      // The recorder stopped by itself: all its tracks ended.
      this.#reason = 'ended';
      this.#elapsed = this.duration;
      this.#since = null;
    }
    this.#watch.abort();
    this.#stopClones();
    const mimeType = this.mimeType;
    const duration = Math.round(this.#elapsed);
    let blob = new Blob(this.#chunks, { type: mimeType });
    // Without the fix (it did not load, or not within FIX_WAIT_MS: a stop never waits long on a
    // module from the network) the recording is delivered as recorded: nothing is lost.
    if (isMatroska(mimeType)) {
      const recorded = blob;
      let late: ReturnType<typeof setTimeout> | undefined;
      blob = await Promise.race([
        loadWebm().then(
          ({ withWebmDuration }) => withWebmDuration(recorded, duration),
          () => recorded,
        ),
        new Promise<Blob>((resolve) => (late = setTimeout(() => resolve(recorded), FIX_WAIT_MS))),
      ]);
      clearTimeout(late);
    }
    this.#finish({ blob, mimeType, duration, reason: this.#reason });
  }

  #stopClones(): void {
    for (const clone of this.clones) clone.stop();
  }
}
