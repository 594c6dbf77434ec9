import { nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CaptureSourceElement } from '../../base/capture-source-element.js';
import { obtainUntil, insecureContext } from '../../controllers/capture-support.js';
import { MediaCaptureError } from '../../errors.js';
import { detectPlatform } from '../media-capture/media-capture.help.js';
import {
  ScreenCaptureErrorEvent,
  ScreenCaptureStartEvent,
  ScreenCaptureStateChangeEvent,
  ScreenCaptureStopEvent,
} from './screen-capture.events.js';
import { displayOptions, requestable, toScreenCaptureError } from './screen-capture.options.js';
import { screenCaptureStrings, type ScreenCaptureStrings } from './screen-capture.strings.js';
import styles from './screen-capture.styles.js';

function unsupportedError(): MediaCaptureError | null {
  if (insecureContext()) return new MediaCaptureError('insecure-context');
  if (!navigator.mediaDevices?.getDisplayMedia) {
    return new MediaCaptureError('unsupported', {
      message:
        'This browser has no navigator.mediaDevices.getDisplayMedia (mobile browsers have none): use a current desktop browser.',
    });
  }
  return null;
}

/**
 * Whether the page has transient user activation (a click or key press just happened). Where the
 * browser cannot tell (no `navigator.userActivation`), the platform decides.
 */
function hasActivation(): boolean {
  const activation = (navigator as { userActivation?: { isActive: boolean } }).userActivation;
  return !activation || activation.isActive;
}

/**
 * A stream source that shares a screen, window or tab (`getDisplayMedia`), by the same protocol,
 * states, errors, slots and parts as `<media-capture>`: consumers inside it (`<stream-mirror>`,
 * `<track-list>`, `<stream-recorder>`) or linked by `for` find its stream. Sharing needs a user
 * gesture: the built-in start button, or `start()` called from a click or key press handler. The
 * user's own "Stop sharing" ends the capture with reason `ended`, back to `idle`.
 *
 * @summary Screen, window or tab sharing with the kit's capture flow; the source of a stream.
 * @tagname screen-capture
 *
 * @slot - Consumers of the stream; always shown.
 * @slot idle - Replaces the start button.
 * @slot requesting - Replaces the waiting text.
 * @slot live - Replaces the stop button.
 * @slot denied - Replaces the explanation and its retry button (the picker was cancelled or refused).
 * @slot error - Replaces the error text and its retry button.
 * @slot unsupported - Replaces the text saying why this browser cannot share a screen.
 *
 * @fires {ScreenCaptureStateChangeEvent} screen-capture-statechange - `state` changed (`state`, `previous`).
 * @fires {StreamChangeEvent} stream-change - `stream` changed (`stream`, or `null`).
 * @fires {ScreenCaptureStartEvent} screen-capture-start - Sharing went live (`stream`).
 * @fires {ScreenCaptureStopEvent} screen-capture-stop - The stream was released (`reason`: stop, ended — the user's own "Stop sharing" —, restart, disconnect; `stream`).
 * @fires {ScreenCaptureErrorEvent} screen-capture-error - A request failed or the capture ended in error (`error`).
 *
 * @csspart panel - The box holding the current state's built-in UI.
 * @csspart start-button - The button that starts sharing (state `idle`).
 * @csspart stop-button - The button that stops sharing (state `live`).
 * @csspart retry-button - The retry button (states `denied` and `error`).
 * @csspart message - The state's text (waiting, denied, error, unsupported).
 * @csspart help - What to do after a denial (state `denied`).
 * @csspart status - The visually hidden live region that announces state changes.
 *
 * @cssprop [--screen-capture-gap=0.5em] - Space between and around the built-in controls.
 * @cssprop [--screen-capture-button-padding=0.4em 0.9em] - Padding of the built-in buttons.
 * @cssprop [--screen-capture-button-border=1px solid currentColor] - Border of the built-in buttons.
 * @cssprop [--screen-capture-button-radius=0.4em] - Corner radius of the built-in buttons.
 * @cssprop [--screen-capture-button-background=transparent] - Background of the built-in buttons.
 * @cssprop [--screen-capture-button-color=inherit] - Text colour of the built-in buttons.
 * @cssprop [--screen-capture-focus-ring=2px solid currentColor] - Outline of a focused button or message.
 * @cssprop [--screen-capture-message-color=inherit] - Colour of the state's text.
 *
 * @cssstate idle - Nothing is requested or shared.
 * @cssstate requesting - The browser's picker is open: the user is choosing what to share.
 * @cssstate live - Sharing.
 * @cssstate denied - The picker was cancelled, or sharing is blocked.
 * @cssstate error - Sharing failed; see `error`.
 * @cssstate unsupported - This browser or page cannot share a screen.
 */
export class ScreenCaptureElement extends CaptureSourceElement<
  ScreenCaptureStrings,
  DisplayMediaStreamOptions
> {
  static override styles = styles;
  static override tagName = 'screen-capture';

  protected readonly defaultStrings = screenCaptureStrings;
  /** What `start()` returned for the request in flight. */
  #starting?: Promise<MediaStream>;

  constructor() {
    super();
    this.hostCapture({
      // getDisplayMedia is called synchronously from start(): Safari honours a gesture only then.
      acquire: (options, signal) =>
        obtainUntil(
          () =>
            navigator.mediaDevices
              .getDisplayMedia(options)
              .catch((error: unknown) => Promise.reject(toScreenCaptureError(error))),
          signal,
        ),
      request: () => displayOptions(this),
      // The browser always shows its picker, and the user may take their time: never bounded.
      timeout: () => 0,
      // Every track ended without the kit: the user's own "Stop sharing". Not an error.
      ended: () => Promise.resolve(null),
      events: {
        statechange: (state, previous) => new ScreenCaptureStateChangeEvent(state, previous),
        start: (stream) => new ScreenCaptureStartEvent(stream),
        stop: (reason, stream) => new ScreenCaptureStopEvent(reason, stream),
        error: (error) => new ScreenCaptureErrorEvent(error),
      },
      unsupported: unsupportedError,
      text: (key) => this.#text(key as keyof ScreenCaptureStrings),
      // The platform's own gesture rule (WebKit refuses a start() not made inside the click's
      // handler, though `userActivation` says a click just happened) is the kit's own check made
      // late: no failure (DESIGN: no error state), back to `idle` with the start button.
      refused: (error) => {
        const refused = error.code === 'gesture-required';
        if (refused) console.warn(`<${this.localName}>: ${error.message}`);
        return refused;
      },
      help: () => this.#help(),
      requestable: () => requestable(this),
    });
  }

  /** Also share audio (a tab's or the system's, where the browser and the user allow it). */
  @property({ type: Boolean }) audio = false;
  /** The kind of surface the picker offers first: `monitor`, `window` or `browser` (a tab). */
  @property({ attribute: 'display-surface' }) displaySurface?: 'monitor' | 'window' | 'browser';
  /** `include` or `exclude` the page's own tab from the picker. */
  @property({ attribute: 'self-browser-surface' }) selfBrowserSurface?: 'include' | 'exclude';
  /** `include` or `exclude` the browser's button to switch the shared tab while sharing. */
  @property({ attribute: 'surface-switching' }) surfaceSwitching?: 'include' | 'exclude';
  /** `include` or `exclude` the system's audio from what the picker offers (with `audio`). */
  @property({ attribute: 'system-audio' }) systemAudio?: 'include' | 'exclude';

  /**
   * Opens the browser's picker. Call it from a click or key press handler: without a user gesture
   * it rejects with `gesture-required` and the element stays (or, when the browser itself refuses,
   * goes back to) `idle`, showing its start button, with no error. While requesting returns the
   * pending request; while live resolves with the current stream (changed attributes apply to the
   * next share). Rejects with a `MediaCaptureError`.
   */
  override start(): Promise<MediaStream> {
    if (this.state === 'live' && this.stream) return Promise.resolve(this.stream);
    if (this.state === 'requesting' && this.#starting) return this.#starting;
    if (this.state !== 'unsupported' && !hasActivation()) {
      const error = new MediaCaptureError('gesture-required');
      console.warn(`<${this.localName}>: ${error.message}`);
      return Promise.reject(error);
    }
    return (this.#starting = super.start());
  }

  /** Stops sharing and returns to `idle`; supersedes a pending request. */
  override stop(): void {
    super.stop();
  }

  #text(key: keyof ScreenCaptureStrings): string {
    return this.text(key, {
      browser: detectPlatform().name ?? this.text('yourBrowser'),
      message: this.error?.message ?? '',
    });
  }

  /** After a cancelled picker: how to share; for `system-denied`, where the system setting is. */
  #help(): string | typeof nothing {
    const code = this.error?.code ?? 'permission-denied';
    if (code === 'permission-denied') return this.#text('deniedHelp');
    if (code !== 'system-denied') return nothing;
    return this.#text(detectPlatform().system === 'macos' ? 'systemHelpMacos' : 'systemHelp');
  }
}
