import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { KitElement } from '../../base/kit-element.js';
import { StreamLinkController } from '../../controllers/stream-link-controller.js';
import { StreamRecorderError } from './stream-recorder.error.js';
import type { StreamRecorderState } from './stream-recorder.events.js';
import {
  canRecord,
  chooseType,
  parseTypes,
  type RecordingKind,
} from './stream-recorder.formats.js';
import { formatSize, milliseconds, warnIfNotMilliseconds } from './stream-recorder.format.js';
import { streamRecorderStrings, type StreamRecorderStrings } from './stream-recorder.strings.js';
import styles from './stream-recorder.styles.js';
import { TakeController } from './stream-recorder.takes.js';
import { keepFocus, renderRecorder } from './stream-recorder.view.js';

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
    streamChanged: (stream) => this.#takes.streamChanged(stream, this.stream === undefined),
    tracksChanged: (stream) => this.#takes.tracksChanged(stream),
  });
  #takes = new TakeController(this, {
    maxDuration: () => milliseconds(this.maxDuration),
    commit: () => this.#commit(),
    text: (key, values) => this.text(key, values),
    say: (text) => this.announce(text),
  });
  #supported: boolean | null = null;

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
    return this.#takes.state;
  }

  /** The MIME type recorded in: the current recording's, else the one recording would use now. */
  get mimeType(): string {
    if (this.#takes.active) return this.#takes.session!.mimeType;
    return chooseType(parseTypes(this.type), this.#recordedKind()) ?? '';
  }

  /** Milliseconds recorded, pauses excluded: of the current recording, else of the last one. */
  get duration(): number {
    const session = this.#takes.session;
    if (session) return Math.round(session.duration);
    return this.#takes.last.recording?.duration ?? 0;
  }

  /** Bytes recorded: of the current recording, else of the last one's file. */
  get size(): number {
    const session = this.#takes.session;
    if (session) return session.size;
    return this.#takes.last.recording?.blob.size ?? 0;
  }

  /** The last finished recording, or `null`. */
  get blob(): Blob | null {
    return this.#takes.last.recording?.blob ?? null;
  }

  /** The clones being recorded (the recorder's own tracks; never the source's). */
  get tracks(): MediaStreamTrack[] {
    return this.#takes.active ? [...this.#takes.session!.clones] : [];
  }

  /** Why the last start failed or the recorder failed, or `null`. */
  get error(): StreamRecorderError | null {
    return this.#takes.error;
  }

  /**
   * Starts recording the linked stream's live tracks (of `kind`). Resolves once recording; rejects
   * with a `StreamRecorderError` (`unsupported`, `no-stream`, `recorder`). While recording or
   * paused it does nothing; while the last take is being delivered, it starts once that take's
   * `stream-recorder-stop` has fired.
   */
  async start(): Promise<void> {
    if (this.#takes.active) return;
    // A take stopping (not active) is delivered first: its stop event, file name and
    // announcement are its own, before the next take starts.
    const delivering = this.#takes.session?.done;
    if (delivering) {
      await delivering;
      if (this.#takes.active) return; // another start() came first
    }
    const sources = this.#recordable();
    const mimeType = chooseType(parseTypes(this.type), this.#recordedKind());
    if (!this.#isSupported() || !mimeType) {
      throw this.#takes.fail(new StreamRecorderError('unsupported'));
    }
    if (!sources.length) throw this.#takes.fail(new StreamRecorderError('no-stream'));
    this.#takes.start(sources, mimeType, milliseconds(this.timeslice));
  }

  /** Pauses the recording (the paused time is left out of the file and of `duration`). */
  pause(): void {
    this.#takes.pause();
  }

  /** Resumes a paused recording. */
  resume(): void {
    this.#takes.resume();
  }

  /**
   * Stops recording and resolves with the whole recording (also in `stream-recorder-stop`). While
   * inactive, resolves with the last recording; rejects with an `InvalidStateError` if there is none.
   */
  async stop(): Promise<Blob> {
    if (this.#takes.session) return (await this.#takes.end('stop'))!.blob;
    const last = this.#takes.last.recording;
    if (last) return last.blob;
    throw new DOMException('<stream-recorder> has recorded nothing to stop.', 'InvalidStateError');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#commit();
  }

  protected override update(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    super.update(changed);
    keepFocus(this.renderRoot, this.state, focused);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('timeslice')) warnIfNotMilliseconds('timeslice', this.timeslice);
    if (changed.has('maxDuration')) {
      warnIfNotMilliseconds('max-duration', this.maxDuration);
      this.#takes.limitChanged();
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

  /** After every state change, before any event: attribute, custom states, re-render. */
  #commit(): void {
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    this.setOneState(STATES, state);
    this.setState('recorded', !!this.#takes.last.recording && state === 'inactive');
    this.setState('unsupported', !this.#isSupported());
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const last = this.#takes.last.recording;
    return html`${this.renderLiveRegion()}${renderRecorder({
      state: this.state,
      supported: this.#isSupported(),
      canStart: this.#recordable().length > 0,
      error: this.error?.code !== 'no-stream' ? this.error : null,
      duration: this.duration,
      download: this.state === 'inactive' ? this.#takes.last.url() : null,
      fileName: this.#takes.last.fileName,
      size: last ? formatSize(last.blob.size, this.locale) : '',
      lastDuration: last?.duration ?? 0,
      texts: this.texts,
      text: (key, values) => this.text(key, values),
      record: () => void this.start().catch(() => {}), // shown through the error message
      pause: () => (this.state === 'paused' ? this.resume() : this.pause()),
      stop: () => void this.stop().catch(() => {}),
    })}`;
  }
}
