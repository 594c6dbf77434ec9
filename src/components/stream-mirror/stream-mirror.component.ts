import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StreamMirrorReadyEvent, StreamMirrorResizeEvent } from '../../events.js';
import { StreamLinkController } from '../../controllers/stream-link-controller.js';
import { KitElement } from '../../base/kit-element.js';
import { moveFocusTo } from '../../base/focus.js';
import { MirrorClones } from './stream-mirror.clones.js';
import { snapshotVideo, type SnapshotOptions } from './stream-mirror.snapshot.js';
import { streamMirrorStrings, type StreamMirrorStrings } from './stream-mirror.strings.js';
import styles from './stream-mirror.styles.js';

/**
 * Shows a stream through its own `clone()` of the video tracks (and, with `audible`, the audio
 * tracks). It owns and stops its clones; it never stops or disables the source's tracks. Finds its
 * stream from the `stream` property, the `for` attribute, or the nearest ancestor source.
 *
 * @summary A live preview of a stream, through independent clones of its tracks.
 * @tagname stream-mirror
 *
 * @slot placeholder - Shown whenever there is no live, enabled, unmuted video.
 *
 * @fires {StreamMirrorReadyEvent} stream-mirror-ready - The first frame of the current stream is on screen (`width`, `height`).
 * @fires {StreamMirrorResizeEvent} stream-mirror-resize - The video's intrinsic size changed (`width`, `height`).
 *
 * @csspart video - The `<video>` showing the clones.
 * @csspart overlay - The box over the video holding the placeholder or the play button.
 * @csspart placeholder - The default placeholder text.
 * @csspart play-button - The button that starts the preview when the browser refused to autoplay it.
 *
 * @cssprop [--stream-mirror-aspect-ratio=4 / 3] - Aspect ratio of the element's box.
 * @cssprop [--stream-mirror-background=#000] - Background behind the video and the placeholder.
 * @cssprop [--stream-mirror-placeholder-color=#fff] - Colour of the placeholder text and play button.
 * @cssprop [--stream-mirror-radius=0] - Corner radius of the element.
 * @cssprop [--stream-mirror-button-padding=0.4em 0.9em] - Padding of the play button.
 * @cssprop [--stream-mirror-button-border=1px solid currentColor] - Border of the play button.
 * @cssprop [--stream-mirror-button-radius=0.4em] - Corner radius of the play button.
 * @cssprop [--stream-mirror-button-background=rgb(0 0 0 / 0.6)] - Background of the play button.
 * @cssprop [--stream-mirror-button-color=#fff] - Text colour of the play button.
 * @cssprop [--stream-mirror-focus-ring=2px solid #0b57d0] - Outline of the focused play button or preview (a white band beside it keeps it visible on the black mirror).
 *
 * @cssstate showing - A live, enabled, unmuted video is shown.
 * @cssstate play-blocked - The browser refused to start the preview; the play button shows.
 */
export class StreamMirrorElement extends KitElement<StreamMirrorStrings> {
  static override styles = styles;
  static override tagName = 'stream-mirror';

  protected readonly defaultStrings = streamMirrorStrings;
  #clones = new MirrorClones(() => this.requestUpdate());
  #link = new StreamLinkController(this, {
    // Clones of tracks the new stream still holds stay on screen (a microphone switch does not
    // blank the preview); the others are stopped.
    streamChanged: (stream) => {
      this.#clones.sync(stream, this.audible);
      this.#readyFor = stream;
      this.#blocked = false;
    },
    tracksChanged: (stream) => this.#clones.sync(stream, this.audible),
  });
  /** The source stream whose first frame has not been reported yet. */
  #readyFor: MediaStream | null = null;
  /** The stream whose first frame is being waited for. */
  #waitingFor: MediaStream | null = null;
  #size?: { width: number; height: number };
  #blocked = false;

  /**
   * The stream to show. `undefined` (default): link by `for` or to the nearest ancestor source;
   * `null`: show nothing.
   */
  @property({ attribute: false }) stream?: MediaStream | null;
  /** The id of a source (e.g. `<media-capture>`) in the same root to show. */
  @property() for?: string;
  /** Also clone and play the audio tracks. */
  @property({ type: Boolean }) audible = false;
  /** Flip the preview horizontally (a selfie view). `snapshot()` is unaffected. */
  @property({ type: Boolean, reflect: true }) mirrored = false;
  /** How the video fills the box: `contain` (default) or `cover`. */
  @property({ reflect: true, useDefault: true }) fit: 'contain' | 'cover' = 'contain';

  /** The clones this mirror shows (its own tracks; never the source's). */
  get tracks(): MediaStreamTrack[] {
    return this.#clones.tracks;
  }

  /**
   * A still of the current frame at the track's real resolution, unmirrored unless `mirrored`.
   * Rejects with an `InvalidStateError` when no live, enabled, unmuted video is shown.
   */
  async snapshot(options?: SnapshotOptions | null): Promise<Blob> {
    const video = this.#video;
    const missing =
      !video || !this.#clones.showing
        ? 'shows no video frame to snapshot: link it to a live stream with an enabled, unmuted video track, and wait for stream-mirror-ready'
        : video.readyState < 2 || !video.videoWidth
          ? 'has no video frame to snapshot yet: wait for stream-mirror-ready'
          : '';
    if (missing) throw new DOMException(`<stream-mirror> ${missing}.`, 'InvalidStateError');
    return snapshotVideo(video!, options ?? {});
  }

  /** The audio output the mirror plays through (`''`: the default); see `setSinkId()`. */
  get sinkId(): string {
    return (this.#video as { sinkId?: string } | null)?.sinkId ?? '';
  }

  /**
   * Plays the sound (with `audible`) through the output `deviceId` (an `audiooutput` from
   * `enumerateDevices()`; `''`: the default), as `HTMLMediaElement.setSinkId()`. Rejects with a
   * `NotSupportedError` where the browser cannot choose an output. `<device-select
   * kind="audiooutput">` calls it.
   */
  async setSinkId(deviceId: string): Promise<void> {
    await this.updateComplete;
    const video = this.#video as { setSinkId?(id: string): Promise<void> } | null;
    if (typeof video?.setSinkId !== 'function') {
      throw new DOMException('This browser cannot choose an audio output.', 'NotSupportedError');
    }
    await video.setSinkId(deviceId);
  }

  // Removal: the link controller resolves to no stream (and the clones are stopped) if the mirror
  // is still disconnected after a microtask; a move within the same task is not a removal.

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('audible')) this.#clones.sync(this.#link.stream, this.audible);
  }

  protected override update(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement;
    super.update(changed);
    // What had focus went (the play button once the preview plays, the preview once it goes
    // dark and hidden): focus moves to what replaced it, the preview or the placeholder — never
    // to <body>.
    const hidden = focused === this.#video && !this.#clones.showing;
    if (focused && (!focused.isConnected || hidden)) {
      const target = this.#clones.showing
        ? this.#video
        : this.renderRoot.querySelector<HTMLElement>('[part~="overlay"]');
      if (target) moveFocusTo(target);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const video = this.#video;
    if (video && video.srcObject !== this.#clones.media) {
      video.srcObject = this.#clones.media;
      if (this.#clones.media) {
        this.#whenFirstFrame(video);
        this.#play(video);
      }
    } else if (video && this.#clones.media) {
      // A new stream that kept the video on screen (a microphone switch): its first frame is the
      // next one shown.
      this.#whenFirstFrame(video);
      // Unmuting may make the autoplay policy pause the preview: ask again, offer the button if refused.
      if (changed.has('audible')) this.#play(video);
    }
    this.setState('showing', this.#clones.showing);
    this.setState('play-blocked', this.#showPlayButton);
  }

  get #video(): HTMLVideoElement | null {
    return this.renderRoot?.querySelector<HTMLVideoElement>('video') ?? null;
  }

  get #showPlayButton(): boolean {
    return this.#blocked && !!this.#clones.media;
  }

  #play(video: HTMLVideoElement): void {
    video.play().then(
      () => this.#setBlocked(false),
      (error: DOMException) => {
        // Autoplay policy: not an error, the user starts the preview with the button.
        if (error.name === 'NotAllowedError' && video.srcObject === this.#clones.media) {
          this.#setBlocked(true);
        }
      },
    );
  }

  #setBlocked(blocked: boolean): void {
    if (this.#blocked === blocked) return;
    this.#blocked = blocked;
    this.requestUpdate();
  }

  /** Reports the first frame of the current source stream once. */
  #whenFirstFrame(video: HTMLVideoElement): void {
    const stream = this.#readyFor;
    if (!stream || this.#waitingFor === stream) return;
    this.#waitingFor = stream;
    // requestVideoFrameCallback: Firefox before 132 lacks it.
    const wait = () =>
      typeof video.requestVideoFrameCallback === 'function'
        ? video.requestVideoFrameCallback(report)
        : video.addEventListener('resize', report, { once: true });
    const report = () => {
      if (this.#readyFor !== stream || this.#link.stream !== stream) return;
      if (!video.videoWidth) return void wait(); // a frame without a size yet: the next one
      this.#readyFor = null;
      const { videoWidth: width, videoHeight: height } = video;
      this.#sized(width, height);
      /** @ignore */
      this.dispatchEvent(new StreamMirrorReadyEvent(width, height));
    };
    wait();
  }

  #handleResize = (event: Event): void => {
    const { videoWidth: width, videoHeight: height } = event.target as HTMLVideoElement;
    if (width && height) this.#sized(width, height);
  };

  /** Records the intrinsic size; a change from a known size is a `stream-mirror-resize`. */
  #sized(width: number, height: number): void {
    const size = this.#size;
    this.#size = { width, height };
    if (size && (size.width !== width || size.height !== height)) {
      /** @ignore */
      this.dispatchEvent(new StreamMirrorResizeEvent(width, height));
    }
  }

  #handlePlaying = (): void => this.#setBlocked(false);

  #handlePlay = (): void => {
    const video = this.#video;
    if (video) this.#play(video);
  };

  /** A shared screen, window or tab is never flipped, whatever `mirrored` says. */
  get #showsScreen(): boolean {
    const tracks = this.#link.stream?.getVideoTracks() ?? [];
    return tracks.some((track) => !!track.getSettings().displaySurface);
  }

  override render(): TemplateResult {
    const strings = this.texts;
    const showing = this.#clones.showing;
    return html`
      <video
        part="video"
        class=${showing ? '' : 'dark'}
        style=${this.#showsScreen ? 'transform: none' : nothing}
        aria-label=${strings.video}
        aria-hidden=${showing ? nothing : 'true'}
        autoplay
        playsinline
        muted
        .muted=${!this.audible}
        @resize=${this.#handleResize}
        @playing=${this.#handlePlaying}
      ></video>
      <span class="focus-ring"></span>
      ${
        showing && !this.#showPlayButton
          ? nothing
          : html`<div class="overlay" part="overlay">
              ${
                showing
                  ? nothing
                  : html`<slot name="placeholder"
                      ><p part="placeholder">${strings.placeholder}</p></slot
                    >`
              }
              ${
                this.#showPlayButton
                  ? html`<button part="play-button" @click=${this.#handlePlay}>
                      ${strings.play}
                    </button>`
                  : nothing
              }
            </div>`
      }
    `;
  }
}
