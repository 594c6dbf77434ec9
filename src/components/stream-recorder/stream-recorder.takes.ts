import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StreamRecorderError } from './stream-recorder.error.js';
import {
  StreamRecorderDataEvent,
  StreamRecorderErrorEvent,
  StreamRecorderPauseEvent,
  StreamRecorderResumeEvent,
  StreamRecorderStartEvent,
  StreamRecorderStopEvent,
  type StreamRecorderState,
} from './stream-recorder.events.js';
import { fileDate, formatTime } from './stream-recorder.format.js';
import {
  RecordingSession,
  type Recording,
  type StreamRecorderStopReason,
} from './stream-recorder.session.js';
import { ANNOUNCED_STOP, type StreamRecorderStrings } from './stream-recorder.strings.js';
import { LastTake } from './stream-recorder.take.js';
import { RecorderTimers } from './stream-recorder.timers.js';

/** What the takes need of their `<stream-recorder>`. */
export interface TakesOptions {
  /** `max-duration` in ms, if any. */
  maxDuration(): number | undefined;
  /** After every change, before anything is said or fired: attribute, custom states, render. */
  commit(): void;
  /** The element's text for `key`. */
  text(key: keyof StreamRecorderStrings, values?: Record<string, string>): string;
  /** Says `text` through the element's live region. */
  say(text: string): void;
}

/**
 * The takes of a `<stream-recorder>`, one at a time: starts a recording session, pauses and
 * resumes it, and ends it with the reason that stopped it — `stop()`, `max-duration`, the source
 * or a track ending, the stream changing, the element's removal, a recorder error — keeping the
 * last take. Each change is committed on the element first, then announced, then fired.
 */
export class TakeController implements ReactiveController {
  /** The take under way (also while it is stopping), or `null`. */
  session: RecordingSession | null = null;
  /** The last finished take. */
  readonly last = new LastTake();
  /** Why the last start failed or the recorder failed, or `null`. */
  error: StreamRecorderError | null = null;
  /** The source tracks the current session records (through its clones). */
  #sources: readonly MediaStreamTrack[] = [];
  #startedAt = new Date();
  #timers = new RecorderTimers(
    () => this.host.requestUpdate(),
    () => void this.end('max-duration'),
  );

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TakesOptions,
  ) {
    host.addController(this);
  }

  /** `inactive`, `recording` or `paused`. */
  get state(): StreamRecorderState {
    return this.session?.state ?? 'inactive';
  }

  /** A take is recording or paused, not stopping. */
  get active(): boolean {
    return !!this.session && !this.session.stopping;
  }

  /**
   * Starts a take of `sources` in `mimeType`. Throws a `StreamRecorderError` (`recorder`, fired
   * first) when the browser's recorder refuses.
   */
  start(sources: MediaStreamTrack[], mimeType: string, timeslice: number | undefined): void {
    let session: RecordingSession;
    try {
      session = new RecordingSession(sources, mimeType, timeslice, {
        data: (blob) => this.#data(blob),
        error: (cause) => this.#recorderFailed(session, cause),
        ended: () => void this.end('ended'),
      });
    } catch (cause) {
      throw this.fail(new StreamRecorderError('recorder', { cause }));
    }
    this.session = session;
    this.#sources = sources;
    this.error = null;
    this.#startedAt = new Date();
    void session.done.then((recording) => this.#finished(session, recording));
    this.#tell('started', new StreamRecorderStartEvent(session.mimeType));
  }

  pause(): void {
    if (this.state !== 'recording') return;
    this.session!.pause();
    this.#tell('pausedAnnouncement', new StreamRecorderPauseEvent());
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.session!.resume();
    this.#tell('resumed', new StreamRecorderResumeEvent());
  }

  /** Stops the current take with `reason`; resolves with the whole recording (`null`: none). */
  end(reason: StreamRecorderStopReason, session = this.session): Promise<Recording | null> {
    if (!session) return Promise.resolve(null);
    const done = session.stop(reason);
    this.#changed();
    return done;
  }

  /** Keeps `error` as the last error, commits and fires it; returns it for the caller to throw. */
  fail(error: StreamRecorderError): StreamRecorderError {
    this.error = error;
    this.options.commit();
    /** @ignore */
    this.host.dispatchEvent(new StreamRecorderErrorEvent(error));
    return error;
  }

  /** `max-duration` changed: its timer is set again. */
  limitChanged(): void {
    this.#arm();
  }

  /**
   * The linked stream changed. `linked`: found by `for` or nesting (not the `stream` property),
   * so `null` means that the source stopped.
   */
  streamChanged(stream: MediaStream | null, linked: boolean): void {
    if (!this.active) return this.host.requestUpdate();
    const sourceStopped = stream === null && linked;
    void this.end(
      !this.host.isConnected ? 'disconnect' : sourceStopped ? 'ended' : 'stream-change',
    );
  }

  /** The linked stream's tracks changed: a recorded track removed or ended ends the take. */
  tracksChanged(stream: MediaStream): void {
    if (!this.active) return;
    const tracks = stream.getTracks();
    if (this.#sources.some((track) => !tracks.includes(track))) void this.end('stream-change');
    else if (this.#sources.some((track) => track.readyState === 'ended')) void this.end('ended');
  }

  hostDisconnected(): void {
    // A move within the same task is not a removal (DESIGN, Lifecycle).
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      void this.end('disconnect');
      this.last.release();
    });
  }

  /** A chunk: told, not rendered (nothing shown while recording depends on the data). */
  #data(blob: Blob): void {
    /** @ignore */
    this.host.dispatchEvent(new StreamRecorderDataEvent(blob));
  }

  #recorderFailed(session: RecordingSession, cause: unknown): void {
    this.error = new StreamRecorderError('recorder', { cause });
    /** @ignore */
    this.host.dispatchEvent(new StreamRecorderErrorEvent(this.error));
    void this.end('error', session);
  }

  #finished(session: RecordingSession, recording: Recording): void {
    if (this.session === session) {
      this.session = null;
      this.#sources = [];
    }
    this.last.set(recording, this.options.text('fileName', { date: fileDate(this.#startedAt) }));
    this.#changed();
    const key = ANNOUNCED_STOP[recording.reason];
    if (key) this.options.say(this.options.text(key, { time: formatTime(recording.duration) }));
    const { blob, mimeType, duration, reason } = recording;
    /** @ignore */
    this.host.dispatchEvent(new StreamRecorderStopEvent(blob, mimeType, duration, reason));
  }

  /** After a step a user takes: commits it, says `key`, then fires `event`. */
  #tell(key: keyof StreamRecorderStrings, event: Event): void {
    this.#changed();
    this.options.say(this.options.text(key));
    this.host.dispatchEvent(event);
  }

  /** After a change of state: the timers for it, then the element's commit. */
  #changed(): void {
    this.#arm();
    this.options.commit();
  }

  #arm(): void {
    this.#timers.arm(this.session, this.options.maxDuration());
  }
}
