import { nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CaptureSourceElement } from '../../base/capture-source-element.js';
import { obtainUntil, insecureContext } from '../../controllers/capture-support.js';
import {
  devicesOf,
  PermissionController,
  type Device,
} from '../../controllers/permission-controller.js';
import { UnmetReader, type UnmetConstraint } from '../../constraints/unmet.js';
import { MediaCaptureError, toMediaCaptureError } from '../../errors.js';
import {
  MediaCaptureDeviceChangeEvent,
  MediaCaptureErrorEvent,
  MediaCapturePermissionChangeEvent,
  MediaCaptureStartEvent,
  MediaCaptureStateChangeEvent,
  MediaCaptureStopEvent,
  type MediaCapturePermission,
  type MediaCaptureState,
} from '../../events.js';
import {
  buildConstraints,
  checksLoading,
  CONSTRAINT_PROPERTIES,
  parseTimeout,
  requestable,
  switchRequest,
} from './media-capture.constraints.js';
import { deniedHelpKey, detectPlatform, devicesNoun } from './media-capture.help.js';
import { NativeLoader } from './media-capture.native-loader.js';
import { mediaCaptureStrings, type MediaCaptureStrings } from './media-capture.strings.js';
import styles from './media-capture.styles.js';

function unsupportedError(): MediaCaptureError | null {
  if (insecureContext()) return new MediaCaptureError('insecure-context');
  if (!navigator.mediaDevices?.getUserMedia) return new MediaCaptureError('unsupported');
  return null;
}

/**
 * A stream source: asks for the camera and microphone (`getUserMedia`), owns the stream, and shows
 * the permission flow. Consumers inside it (`<stream-mirror>`, `<track-list>`) find its stream.
 *
 * @summary Camera and microphone capture with a permission flow; the source of a stream.
 * @tagname media-capture
 *
 * @slot - Consumers of the stream; always shown.
 * @slot idle - Replaces the start button.
 * @slot requesting - Replaces the waiting text.
 * @slot live - Replaces the stop button.
 * @slot denied - Replaces the explanation of how to re-allow access, and its retry button.
 * @slot error - Replaces the error text and its retry button.
 * @slot unsupported - Replaces the text saying why this browser cannot capture.
 *
 * @fires {MediaCaptureStateChangeEvent} media-capture-statechange - `state` changed (`state`, `previous`).
 * @fires {StreamChangeEvent} stream-change - `stream` changed (`stream`, or `null`).
 * @fires {MediaCaptureStartEvent} media-capture-start - Capture went live (`stream`).
 * @fires {MediaCaptureStopEvent} media-capture-stop - The stream was released (`reason`: stop, ended, restart, disconnect; `stream`).
 * @fires {MediaCaptureErrorEvent} media-capture-error - A request failed or the capture ended in error (`error`).
 * @fires {MediaCapturePermissionChangeEvent} media-capture-permissionchange - The permission hint changed (`permission`).
 * @fires {MediaCaptureDeviceChangeEvent} media-capture-devicechange - `switchDevice()` replaced one kind's track (`kind`, `deviceId`, `track`).
 *
 * @csspart panel - The box holding the current state's built-in UI.
 * @csspart start-button - The button that starts capture (state `idle`).
 * @csspart stop-button - The button that stops capture (state `live`).
 * @csspart retry-button - The retry button (states `denied` and `error`).
 * @csspart message - The state's text (waiting, denied, error, unsupported).
 * @csspart help - How to re-allow access in the browser (state `denied`).
 * @csspart status - The visually hidden live region that announces state changes.
 *
 * @cssprop [--media-capture-gap=0.5em] - Space between and around the built-in controls.
 * @cssprop [--media-capture-button-padding=0.4em 0.9em] - Padding of the built-in buttons.
 * @cssprop [--media-capture-button-border=1px solid currentColor] - Border of the built-in buttons.
 * @cssprop [--media-capture-button-radius=0.4em] - Corner radius of the built-in buttons.
 * @cssprop [--media-capture-button-background=transparent] - Background of the built-in buttons.
 * @cssprop [--media-capture-button-color=inherit] - Text colour of the built-in buttons.
 * @cssprop [--media-capture-focus-ring=2px solid currentColor] - Outline of a focused button or message (the text colour: it contrasts with the page as the text does).
 * @cssprop [--media-capture-message-color=inherit] - Colour of the state's text.
 *
 * @cssstate idle - Nothing is requested or captured.
 * @cssstate requesting - Waiting for the browser (and maybe the user) to grant access.
 * @cssstate live - Capturing.
 * @cssstate denied - Access was denied.
 * @cssstate error - Capture failed; see `error`.
 * @cssstate unsupported - This browser or page cannot capture.
 */
export class MediaCaptureElement extends CaptureSourceElement<
  MediaCaptureStrings,
  MediaStreamConstraints
> {
  static override styles = styles;
  static override tagName = 'media-capture';

  protected readonly defaultStrings = mediaCaptureStrings;
  #unmet = new UnmetReader();
  #permission = new PermissionController(this, (permission) => {
    this.#capture.rearm();
    this.dispatchEvent(new MediaCapturePermissionChangeEvent(permission));
  });
  #native = new NativeLoader(this, {
    mode: () => this.native,
    request: () => buildConstraints(this),
    granted: (constraints) => this.#permission.granted(devicesOf(constraints)),
    start: () => this.start(),
  });
  #capture = this.hostCapture({
    // A click on the browser's own capture element answers the request it starts (native="auto").
    acquire: (constraints, signal) =>
      obtainUntil(
        () => this.#native.take() ?? navigator.mediaDevices.getUserMedia(constraints),
        signal,
      ).catch((error: unknown) => {
        // Policy-blocked only when the policy forbids a device this request asks for.
        throw toMediaCaptureError(error, devicesOf(constraints));
      }),
    request: () => buildConstraints(this),
    loading: () => checksLoading(this),
    timeout: (constraints) => {
      // Unbounded while a prompt may be showing: the user may be deciding.
      if (!this.#permission.granted(devicesOf(constraints))) return 0;
      try {
        return parseTimeout(this.timeout);
      } catch {
        return 0; // a value made invalid during a request bounds nothing; the next start() says so
      }
    },
    ended: async (constraints) =>
      new MediaCaptureError(
        (await this.#permission.denied(devicesOf(constraints)))
          ? 'permission-denied'
          : 'track-ended',
      ),
    events: {
      statechange: (state, previous) => new MediaCaptureStateChangeEvent(state, previous),
      start: (stream) => new MediaCaptureStartEvent(stream),
      stop: (reason, stream) => new MediaCaptureStopEvent(reason, stream),
      error: (error) => new MediaCaptureErrorEvent(error),
    },
    unsupported: unsupportedError,
    text: (key) => this.#text(key as keyof MediaCaptureStrings),
    help: () => this.#help(),
    requestable: () => requestable(this),
    committed: (previous) => this.#committed(previous),
    button: (button) => this.#native.wrap(button),
    connected: (signal, view) => {
      view.addEventListener(
        'pageshow',
        (event) => event.persisted && this.autostart && this.#autostart(),
        { signal },
      );
      if (this.autostart) this.#autostart();
    },
  });

  /** Ask for video. With neither `video` nor `audio`, both are asked for. */
  @property({ type: Boolean }) video = false;
  /** Ask for audio. With neither `video` nor `audio`, both are asked for. */
  @property({ type: Boolean }) audio = false;
  /** Preferred camera: `user` (selfie) or `environment` (back). An ideal hint. */
  @property({ attribute: 'facing-mode' }) facingMode?: 'user' | 'environment' | string;
  /** Preferred video width in pixels. An ideal hint. */
  @property() width?: number | string;
  /** Preferred video height in pixels. An ideal hint. */
  @property() height?: number | string;
  /** Preferred frame rate. An ideal hint. */
  @property({ attribute: 'frame-rate' }) frameRate?: number | string;
  /** Preferred camera `deviceId` (from `enumerateDevices()`). An ideal hint. */
  @property({ attribute: 'video-device' }) videoDevice?: string;
  /** Preferred microphone `deviceId`. An ideal hint. */
  @property({ attribute: 'audio-device' }) audioDevice?: string;
  /** Replaces what the attributes build (`exact` allowed). Property only. */
  @property({ attribute: false }) constraints?: MediaStreamConstraints;
  /** Start capture as soon as the element is connected. */
  @property({ type: Boolean }) autostart = false;
  /**
   * Milliseconds after which a request fails with `timeout` while no permission prompt can be
   * showing (hint `granted`). Default 10000; 0 = never.
   */
  @property() timeout?: number | string;
  /**
   * `auto`: while the permission is not `granted`, the start and retry buttons are the browser's
   * own capture element where it has one (`<usermedia>`, `<camera>`, `<microphone>`: Chromium),
   * the only control that lets a user undo a denial; its stream is used as getUserMedia's would
   * be. `never` (default), elsewhere, or once the element refuses a click for good: the kit's.
   */
  @property() native: 'never' | 'auto' | string = 'never';

  /** The Permissions API hint for each device: `granted`, `denied`, `prompt` or `unknown`. */
  get permission(): MediaCapturePermission {
    return this.#permission.value;
  }

  /**
   * The hints the device did not honour in the live capture (asked `width` 1920, got 640), from
   * the tracks' `getSettings()`. Empty when everything asked for was given, or when not live.
   */
  get unmet(): readonly UnmetConstraint[] {
    // Read when asked too: a device switch reads it after its events, which may ask first.
    this.#readUnmet();
    return this.#unmet.value;
  }

  /**
   * While live, replaces only the `kind` track with one from `deviceId` (`exact`), or adds it when
   * that kind's track was stopped; the other kind's track stays untouched, and the old track stops
   * once the new one is live. `deviceId` becomes `video-device`/`audio-device` for later requests.
   * Rejects with a `MediaCaptureError` (`not-found` for a device that is gone) and leaves the
   * stream as it was.
   */
  async switchDevice(kind: 'audioinput' | 'videoinput', deviceId: string): Promise<MediaStream> {
    const member = kind === 'videoinput' ? 'video' : 'audio';
    const request = switchRequest(kind, deviceId, this.#capture.request);
    try {
      return await this.#capture.replaceKind(member, request, {
        // The attribute too (and through it the property): a framework that sets the attribute
        // again with its old value must not take the user's choice back.
        settle: () => this.setAttribute(`${member}-device`, deviceId),
        swapped: (stream) => {
          const track = stream.getTracks().find((t) => t.kind === member)!;
          /** @ignore */
          this.dispatchEvent(new MediaCaptureDeviceChangeEvent(kind, deviceId, track));
        },
      });
    } catch (error) {
      const failure = error as MediaCaptureError;
      // An exact deviceId no device has: the device is gone.
      throw failure.code === 'overconstrained'
        ? new MediaCaptureError('not-found', { cause: error })
        : failure;
    }
  }

  // Before render, so the state a restart commits is part of this update, not another one.
  protected override willUpdate(changed: PropertyValues<this>): void {
    // The panel says whether the request can be made once the checks of `constraints` are here
    // (a failure to load them is start()'s to report).
    if (changed.has('constraints')) {
      checksLoading(this)
        ?.then(() => this.requestUpdate())
        .catch(() => {});
    }
    if (CONSTRAINT_PROPERTIES.some((name) => changed.has(name))) this.#capture.restart();
    if (changed.has('native')) this.#native.update();
    if (changed.get('autostart') === false && this.autostart && this.isConnected) {
      this.#autostart();
    }
  }

  #autostart(): void {
    if (this.state === 'idle') this.start().catch(() => {}); // reported through events and state
  }

  /** After every state commit: what the live stream left unmet; the hints, read again. */
  #committed(previous: MediaCaptureState): void {
    this.#readUnmet();
    const { state } = this;
    // live → live is a device switch: a device granted under a kind's hint changes no hint.
    if (state === 'denied' || state === 'error' || (state === 'live' && previous !== 'live')) {
      void this.#permission.refresh();
    }
  }

  #readUnmet(): void {
    this.#unmet.read(this.localName, this.stream, this.#capture.request);
  }

  /** The text for `key`, naming the devices this element asks for. */
  #text(key: keyof MediaCaptureStrings): string {
    let devices: Device[];
    try {
      devices = devicesOf(buildConstraints(this));
    } catch {
      // Invalid values: the devices the attributes name (neither `video` nor `audio` = both).
      devices = devicesOf({ video: this.video || !this.audio, audio: this.audio || !this.video });
    }
    const noun = devicesNoun(devices);
    const yourBrowser = (): string => this.text('yourBrowser');
    return this.text(key, {
      devices: this.text(noun),
      kind: noun,
      setting: this.text(`${noun}Setting`),
      // Read only by the texts that name the browser (the denied help).
      get browser() {
        return detectPlatform().name ?? yourBrowser();
      },
      message: this.error?.message ?? '',
    });
  }

  /** Where to re-allow access: in this browser, or for `system-denied` in this system's settings. */
  #help(): string | typeof nothing {
    const key = deniedHelpKey(
      this.error?.code ?? 'permission-denied',
      detectPlatform(),
      this.strings ?? {},
    );
    return key ? this.#text(key) : nothing;
  }
}
