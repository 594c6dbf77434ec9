import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { KitElement } from '../../base/kit-element.js';
import { StreamLinkController } from '../../controllers/stream-link-controller.js';
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
import {
  canRecord,
  chooseType,
  parseTypes,
  type RecordingKind,
} from './stream-recorder.formats.js';
import {
  fileDate,
  formatSize,
  formatTime,
  milliseconds,
  warnIfNotMilliseconds,
} from './stream-recorder.format.js';
import {
  RecordingSession,
  type Recording,
  type StreamRecorderStopReason,
} from './stream-recorder.session.js';
import {
  ANNOUNCED_STOP,
  streamRecorderStrings,
  type StreamRecorderStrings,
} from './stream-recorder.strings.js';
import styles from './stream-recorder.styles.js';
import { LastTake } from './stream-recorder.take.js';
import { RecorderTimers } from './stream-recorder.timers.js';
import { refocus, renderRecorder } from './stream-recorder.view.js';

const STATES: readonly StreamRecorderState[] = ['inactive', 'recording', 'paused'];

/**
 * Records a stream to a file through `MediaRecorder`, over its own clones of the stream's tracks
 * (stopped when the recording ends; the source is never touched). Finds its stream from the
 * `stream` property, the `for` attribute, or the nearest ancestor source. Nothing recorded is
 * lost: whatever stops the recording — `stop()`, `max-duration`, the source stopping or a track
 * ending, the stream changing, the element's removal, an error — delivers the whole recording in
 * `stream-recorder-stop`. WebM files get their duration written into the header, so players seek.
 *
 * @summary Records a stream to a downloadable file, and never loses a take.
 * @tagname stream-recorder
 *
 * @fires {StreamRecorderStartEvent} stream-recorder-start - Recording started (`mimeType`).
 * @fires {StreamRecorderPauseEvent} stream-recorder-pause - Recording paused.
 * @fires {StreamRecorderResumeEvent} stream-recorder-resume - Recording resumed.
 * @fires {StreamRecorderDataEvent} stream-recorder-data - A chunk of recorded data (`blob`), every `timeslice` and at the end.
 * @fires {StreamRecorderStopEvent} stream-recorder-stop - Recording stopped (`blob` of everything recorded, `mimeType`, `duration`, `reason`: stop, max-duration, ended, stream-change, disconnect, error).
 * @fires {StreamRecorderErrorEvent} stream-recorder-error - Recording could not start, or the recorder failed (`error`, a `StreamRecorderError`).
 *
 * @csspart base - The box holding the controls.
 * @csspart record-button - Starts recording (state `inactive`).
 * @csspart pause-button - Pauses, or resumes while paused.
 * @csspart stop-button - Stops recording.
 * @csspart indicator - "Recording" or "Paused", beside the running time.
 * @csspart time - The running time, pauses excluded.
 * @csspart download - The link to download the last recording, named with its container's extension.
 * @csspart message - Why recording is not possible now, or failed.
 * @csspart status - The visually hidden live region that announces changes.
 *
 * @cssprop [--stream-recorder-gap=0.5em] - Space between the controls.
 * @cssprop [--stream-recorder-button-padding=0.4em 0.9em] - Padding of the buttons.
 * @cssprop [--stream-recorder-button-border=1px solid currentColor] - Border of the buttons.
 * @cssprop [--stream-recorder-button-radius=0.4em] - Corner radius of the buttons.
 * @cssprop [--stream-recorder-button-background=transparent] - Background of the buttons.
 * @cssprop [--stream-recorder-button-color=inherit] - Text colour of the buttons.
 * @cssprop [--stream-recorder-dot-color=#d93025] - Colour of the record dot (shape and text carry the state too).
 * @cssprop [--stream-recorder-focus-ring=2px solid #0b57d0] - Outline of a focused control.
 *
 * @cssstate inactive - Not recording.
 * @cssstate recording - Recording.
 * @cssstate paused - Recording, paused.
 * @cssstate recorded - A finished recording is ready to download.
 * @cssstate unsupported - This browser cannot record.
 */
export class StreamRecorderElement extends KitElement<StreamRecorderStrings> {
  static override styles = styles;
  static override tagName = 'stream-recorder';

  protected readonly defaultStrings = streamRecorderStrings;
  #link = new StreamLinkController(this, {
    streamChanged: (stream) => this.#streamChanged(stream),
    tracksChanged: (stream) => this.#tracksChanged(stream),
  });
  #session: RecordingSession | null = null;
  /** The source tracks the current session records (through its clones). */
  #sources: readonly MediaStreamTrack[] = [];
  #last = new LastTake();
  #error: StreamRecorderError | null = null;
  #supported: boolean | null = null;
  #startedAt = new Date();
  #timers = new RecorderTimers(
    () => this.requestUpdate(),
    () => void this.#end('max-duration'),
  );

  /**
   * The stream to record. `undefined` (default): link by `for` or to the nearest ancestor source;
   * `null`: nothing to record.
   */
  @property({ attribute: false }) stream?: MediaStream | null;
  /** The id of a source (e.g. `<media-capture>`) in the same root to record. */
  @property() for?: string;
  /**
   * MIME types to record in, in order of preference, separated by spaces or commas
   * (`video/mp4 video/webm;codecs=vp9,opus`); the first this browser records is used. Default: the
   * best it records (WebM VP9/VP8 + Opus, else MP4).
   */
  @property() type?: string;
  /** Milliseconds between `stream-recorder-data` chunks. Default: one chunk at the end. */
  @property() timeslice?: number | string;
  /** Stops the recording after this many milliseconds recorded (pauses excluded). */
  @property({ attribute: 'max-duration' }) maxDuration?: number | string;
  /** `video` (default): the video and audio tracks; `audio`: the audio tracks only. */
  @property({ reflect: true, useDefault: true }) kind: RecordingKind = 'video';

  /** `inactive`, `recording` or `paused`. */
  get state(): StreamRecorderState {
    return this.#session?.state ?? 'inactive';
  }

  /** The MIME type recorded in: the current recording's, else the one recording would use now. */
  get mimeType(): string {
    if (this.#session && !this.#session.stopping) return this.#session.mimeType;
    return chooseType(parseTypes(this.type), this.#recordedKind()) ?? '';
  }

  /** Milliseconds recorded, pauses excluded: of the current recording, else of the last one. */
  get duration(): number {
    if (this.#session) return Math.round(this.#session.duration);
    return this.#last.recording?.duration ?? 0;
  }

  /** Bytes recorded: of the current recording, else of the last one's file. */
  get size(): number {
    if (this.#session) return this.#session.size;
    return this.#last.recording?.blob.size ?? 0;
  }

  /** The last finished recording, or `null`. */
  get blob(): Blob | null {
    return this.#last.recording?.blob ?? null;
  }

  /** The clones being recorded (the recorder's own tracks; never the source's). */
  get tracks(): MediaStreamTrack[] {
    return this.#session && !this.#session.stopping ? [...this.#session.clones] : [];
  }

  /** Why the last start failed or the recorder failed, or `null`. */
  get error(): StreamRecorderError | null {
    return this.#error;
  }

  /**
   * Starts recording the linked stream's live tracks (of `kind`). Resolves once recording; rejects
   * with a `StreamRecorderError` (`unsupported`, `no-stream`, `recorder`). While recording or
   * paused it does nothing.
   */
  async start(): Promise<void> {
    if (this.#session && !this.#session.stopping) return;
    const sources = this.#recordable();
    const mimeType = chooseType(parseTypes(this.type), this.#recordedKind());
    if (!this.#isSupported() || !mimeType)
      return this.#fail(new StreamRecorderError('unsupported'));
    if (!sources.length) return this.#fail(new StreamRecorderError('no-stream'));
    let session: RecordingSession;
    try {
      session = new RecordingSession(sources, mimeType, milliseconds(this.timeslice), {
        data: (blob) => this.#data(blob),
        error: (cause) => this.#recorderFailed(session, cause),
        ended: () => this.#end('ended'),
      });
    } catch (cause) {
      return this.#fail(new StreamRecorderError('recorder', { cause }));
    }
    this.#session = session;
    this.#sources = sources;
    this.#error = null;
    this.#startedAt = new Date();
    void session.done.then((recording) => this.#finished(session, recording));
    this.#armTimers();
    this.#commit();
    this.announce(this.text('started'));
    /** @ignore */
    this.dispatchEvent(new StreamRecorderStartEvent(session.mimeType));
  }

  /** Pauses the recording (the paused time is left out of the file and of `duration`). */
  pause(): void {
    if (this.state !== 'recording') return;
    this.#session!.pause();
    this.#armTimers();
    this.#commit();
    this.announce(this.text('pausedAnnouncement'));
    /** @ignore */
    this.dispatchEvent(new StreamRecorderPauseEvent());
  }

  /** Resumes a paused recording. */
  resume(): void {
    if (this.state !== 'paused') return;
    this.#session!.resume();
    this.#armTimers();
    this.#commit();
    this.announce(this.text('resumed'));
    /** @ignore */
    this.dispatchEvent(new StreamRecorderResumeEvent());
  }

  /**
   * Stops recording and resolves with the whole recording (also in `stream-recorder-stop`). While
   * inactive, resolves with the last recording; rejects with an `InvalidStateError` if there is none.
   */
  async stop(): Promise<Blob> {
    const session = this.#session;
    if (session) return (await this.#end('stop', session))!.blob;
    if (this.#last.recording) return this.#last.recording.blob;
    throw new DOMException('<stream-recorder> has recorded nothing to stop.', 'InvalidStateError');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#commit();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move within the same task is not a removal (DESIGN, Lifecycle).
    queueMicrotask(() => {
      if (this.isConnected) return;
      void this.#end('disconnect');
      this.#last.release();
    });
  }

  protected override update(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    super.update(changed);
    if (focused && !focused.isConnected) refocus(this.renderRoot, this.state);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('timeslice')) warnIfNotMilliseconds('timeslice', this.timeslice);
    if (changed.has('maxDuration')) {
      warnIfNotMilliseconds('max-duration', this.maxDuration);
      this.#armTimers();
    }
  }

  #isSupported(): boolean {
    if (isServer) return true; // the server renders the idle controls
    return (this.#supported ??= canRecord());
  }

  #recordedKind(): RecordingKind {
    return this.#recordable().some((track) => track.kind === 'video') ? 'video' : 'audio';
  }

  /** The linked stream's live tracks that `kind` records. */
  #recordable(): MediaStreamTrack[] {
    return (this.#link.stream?.getTracks() ?? []).filter(
      (track) => track.readyState === 'live' && (this.kind !== 'audio' || track.kind === 'audio'),
    );
  }

  /** Stops the current recording with `reason`; resolves with the whole recording. */
  #end(reason: StreamRecorderStopReason, session = this.#session): Promise<Recording | null> {
    if (!session) return Promise.resolve(null);
    const done = session.stop(reason);
    this.#armTimers();
    this.#commit();
    return done;
  }

  #streamChanged(stream: MediaStream | null): void {
    if (!this.#session || this.#session.stopping) return this.requestUpdate();
    // The source stopped (its stream went to null), or another stream is linked now.
    const sourceStopped = stream === null && this.stream === undefined;
    void this.#end(!this.isConnected ? 'disconnect' : sourceStopped ? 'ended' : 'stream-change');
  }

  #tracksChanged(stream: MediaStream): void {
    const session = this.#session;
    if (!session || session.stopping) return;
    const tracks = stream.getTracks();
    if (this.#sources.some((track) => !tracks.includes(track))) void this.#end('stream-change');
    else if (this.#sources.some((track) => track.readyState === 'ended')) void this.#end('ended');
  }

  #data(blob: Blob): void {
    this.requestUpdate();
    /** @ignore */
    this.dispatchEvent(new StreamRecorderDataEvent(blob));
  }

  #recorderFailed(session: RecordingSession, cause: unknown): void {
    this.#error = new StreamRecorderError('recorder', { cause });
    /** @ignore */
    this.dispatchEvent(new StreamRecorderErrorEvent(this.#error));
    void this.#end('error', session);
  }

  #finished(session: RecordingSession, recording: Recording): void {
    if (this.#session === session) {
      this.#session = null;
      this.#sources = [];
    }
    this.#last.set(recording, this.text('fileName', { date: fileDate(this.#startedAt) }));
    this.#armTimers();
    this.#commit();
    const key = ANNOUNCED_STOP[recording.reason];
    if (key) this.announce(this.text(key, { time: formatTime(recording.duration) }));
    const { blob, mimeType, duration, reason } = recording;
    /** @ignore */
    this.dispatchEvent(new StreamRecorderStopEvent(blob, mimeType, duration, reason));
  }

  async #fail(error: StreamRecorderError): Promise<never> {
    this.#error = error;
    this.#commit();
    /** @ignore */
    this.dispatchEvent(new StreamRecorderErrorEvent(error));
    throw error;
  }

  #armTimers(): void {
    this.#timers.arm(this.#session, milliseconds(this.maxDuration));
  }

  /** After every state change, before any event: attribute, custom states, re-render. */
  #commit(): void {
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    this.setOneState(STATES, state);
    this.setState('recorded', !!this.#last.recording && state === 'inactive');
    this.setState('unsupported', !this.#isSupported());
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const last = this.#last.recording;
    return html`${this.renderLiveRegion()}${renderRecorder({
      state: this.state,
      supported: this.#isSupported(),
      canStart: this.#recordable().length > 0,
      error: this.#error && this.#error.code !== 'no-stream' ? this.#error : null,
      duration: this.duration,
      download: this.state === 'inactive' ? this.#last.url() : null,
      fileName: this.#last.fileName,
      size: last ? formatSize(last.blob.size, this.#lang()) : '',
      lastDuration: last?.duration ?? 0,
      texts: this.texts,
      text: (key, values) => this.text(key, values),
      record: () => void this.start().catch(() => {}), // shown through the error message
      pause: () => (this.state === 'paused' ? this.resume() : this.pause()),
      stop: () => void this.stop().catch(() => {}),
    })}`;
  }

  #lang(): string | undefined {
    return (
      this.closest('[lang]')?.getAttribute('lang') ||
      this.ownerDocument.documentElement.lang ||
      undefined
    );
  }
}
