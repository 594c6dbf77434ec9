import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { KitElement } from '../../base/kit-element.js';
import { StreamLinkController } from '../../controllers/stream-link-controller.js';
import { trackEvent } from '../../controllers/told.js';
import { setTrackEnabled, stopTrack } from '../../controllers/track-registry.js';
import {
  TrackToggleChangeEvent,
  TrackToggleSpeakingWhileMutedEvent,
} from './track-toggle.events.js';
import { claimSessionAction } from './track-toggle.session.js';
import { trackToggleStrings, type TrackToggleStrings } from './track-toggle.strings.js';
import { MutedSpeechWatch } from './track-toggle.warn.js';
import styles from './track-toggle.styles.js';

/** `on`: a live track of the kind is enabled; `off`: none is, or the kind was stopped and can come back. */
export type TrackToggleState = 'on' | 'off' | 'unavailable';
const STATES: readonly TrackToggleState[] = ['on', 'off', 'unavailable'];

interface Status {
  readonly state: TrackToggleState;
  /** Why the button cannot act (state `unavailable`, or a source that cannot restart). */
  readonly reason?: string;
}

const icons = {
  audio: svg`<path
    d="M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM6 11a6 6 0 0 0 12 0M12 17v4M9 21h6"
  ></path>`,
  video: svg`<path
    d="M3 7h11a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1zM15 11l6-4v10l-6-4"
  ></path>`,
};

/**
 * The camera or microphone button of a call UI. A control: it links to a source element (`for`,
 * or the nearest ancestor source such as `<media-capture>`) and switches every track of its `kind`
 * off and on — `enabled = false` (`off="disable"`, instant, the device light stays on) or stopped
 * through the track registry (`off="stop"`: the light goes off; switching on asks the source for
 * that kind again with `switchDevice()`, or `start()` when it is no longer live). A native button
 * with `aria-pressed` = the kind is on, and a label and icon that change with the state. Where
 * the browser offers MediaSession `togglemicrophone`/`togglecamera` (its own call controls), they
 * act on the toggle connected last, and the browser is told the state.
 *
 * @summary A mute / camera button: switches a source's microphone or camera off and on.
 * @tagname track-toggle
 *
 * @fires {TrackToggleChangeEvent} track-toggle-change - Before the kind is switched (`kind`, `enabled` = the requested state); cancelable.
 * @fires {TrackToggleSpeakingWhileMutedEvent} track-toggle-speakingwhilemuted - Someone speaks into the muted microphone (`warn-while-muted`): once per burst of speech (`track`).
 *
 * @csspart button - The native button (`aria-pressed` while on); also named `off` while the kind is off or unavailable.
 * @csspart off - The button while the kind is off or unavailable.
 * @csspart icon - The microphone or camera icon; struck through while off.
 * @csspart label - The visible label (Mute / Unmute, Stop video / Start video).
 * @csspart hint - The "you are muted" hint (`warn-while-muted`).
 * @csspart status - The visually hidden live region.
 *
 * @cssprop [--track-toggle-gap=0.5em] - Space between the icon and the label, and above the hint.
 * @cssprop [--track-toggle-padding=0.45em 0.9em] - Padding of the button.
 * @cssprop [--track-toggle-border=1px solid currentColor] - Border of the button.
 * @cssprop [--track-toggle-radius=999px] - Corner radius of the button.
 * @cssprop [--track-toggle-background=transparent] - Background of the button while on.
 * @cssprop [--track-toggle-color=inherit] - Text colour of the button while on.
 * @cssprop [--track-toggle-off-background=#b3261e] - Background of the button while off.
 * @cssprop [--track-toggle-off-color=#fff] - Text colour of the button while off.
 * @cssprop [--track-toggle-focus-ring=2px solid #0b57d0] - Outline of the focused button.
 *
 * @cssstate on - The kind is on.
 * @cssstate off - The kind is off (disabled, or stopped and able to come back).
 * @cssstate unavailable - No track of the kind, or no source: the button cannot act (its description says why).
 */
export class TrackToggleElement extends KitElement<TrackToggleStrings> {
  static override styles = styles;
  static override tagName = 'track-toggle';

  protected readonly defaultStrings = trackToggleStrings;
  #link = new StreamLinkController(this, { source: true });
  #status: Status = { state: 'unavailable' };
  /** This toggle stopped its kind (`off="stop"`): switching on asks the source again. */
  #stopped = false;
  #source: HTMLElement | null = null;
  /** The device of the kind's last live track: what `off="stop"` asks for again. */
  #deviceId?: string;
  #busy = false;
  #hint = false;
  #connection?: AbortController;
  #reportSession?: () => void;
  #warn = new MutedSpeechWatch((track) => this.#speakingWhileMuted(track));

  /** `audio` switches the microphone, `video` the camera. */
  @property({ reflect: true }) kind: 'audio' | 'video' = 'audio';
  /**
   * How to switch off: `disable` (default) sets `enabled = false` (instant; the device stays open
   * and its light on); `stop` stops the tracks (the light goes off; switching on asks again).
   */
  @property({ reflect: true }) off: 'disable' | 'stop' = 'disable';
  /** The id of a source (e.g. `<media-capture>`) in the same root to act on. */
  @property() for?: string;
  /**
   * On a microphone toggle: warn when someone speaks while muted (a hint and
   * `track-toggle-speakingwhilemuted`). Listens to the muted microphone through a clone of it.
   */
  @property({ type: Boolean, reflect: true, attribute: 'warn-while-muted' }) warnWhileMuted = false;

  /** `on`, `off` or `unavailable`. */
  get state(): TrackToggleState {
    return this.#status.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) this.#claimSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection?.abort();
    this.#warn.stop();
  }

  // After the link controller's hostUpdate (source and stream are current), before render.
  protected override update(changed: PropertyValues<this>): void {
    if (changed.has('kind') && changed.get('kind') !== undefined && this.#connection) {
      this.#claimSession();
    }
    this.#follow();
    this.#status = this.#readStatus();
    if (this.#status.state !== 'off') this.#hint = false;
    super.update(changed);
  }

  protected override updated(): void {
    this.setOneState(STATES, this.#status.state);
    this.#reportSession?.();
    this.#warn.watch(this.#mutedMicrophone());
  }

  /** The live tracks of this toggle's kind. */
  #tracks(): MediaStreamTrack[] {
    return (this.#link.stream?.getTracks() ?? []).filter(
      (track) => track.kind === this.kind && track.readyState === 'live',
    );
  }

  /** Keeps what survives between updates right: the device to ask again, who stopped the kind. */
  #follow(): void {
    const source = this.#link.source;
    if (source !== this.#source) {
      this.#source = source;
      this.#stopped = false;
      this.#deviceId = undefined;
    }
    const [track] = this.#tracks();
    if (!track) return;
    this.#stopped = false;
    this.#deviceId = track.getSettings?.().deviceId || this.#deviceId;
  }

  #readStatus(): Status {
    const source = this.#link.source;
    const stream = this.#link.stream;
    const texts = this.texts;
    if (!source && !stream) return { state: 'unavailable', reason: texts.noSource };
    const tracks = this.#tracks();
    if (tracks.length) return { state: tracks.some((track) => track.enabled) ? 'on' : 'off' };
    const ended = !!stream?.getTracks().some((track) => track.kind === this.kind);
    if (this.#stopped || ended) {
      const restartable = stream ? !!source?.switchDevice : !!source?.start;
      if (restartable) return { state: 'off' };
      return { state: 'unavailable', reason: texts.cannotRestart };
    }
    return {
      state: 'unavailable',
      reason: this.kind === 'video' ? texts.noCamera : texts.noMicrophone,
    };
  }

  #mutedMicrophone(): MediaStreamTrack | null {
    if (!this.warnWhileMuted || this.kind !== 'audio' || this.state !== 'off') return null;
    return this.#tracks().find((track) => !track.enabled) ?? null;
  }

  #claimSession(): void {
    this.#connection?.abort();
    this.#connection = new AbortController();
    this.#reportSession = claimSessionAction(
      this.kind === 'video' ? 'video' : 'audio',
      { toggle: () => void this.#activate(true), active: () => this.state === 'on' },
      this.#connection.signal,
    );
  }

  /** Switches the kind to the other state; `fromSession`: the browser's own control asked. */
  async #activate(fromSession = false): Promise<void> {
    if (this.#busy || this.state === 'unavailable') return;
    const enabled = this.state === 'off';
    const change = new TrackToggleChangeEvent(this.kind, enabled);
    if (!this.dispatchEvent(change)) return;
    const tracks = this.#tracks();
    const stopping = !enabled && this.off === 'stop';
    if (stopping) {
      this.#stopped = true;
      tracks.forEach(stopTrack);
    } else if (!enabled || tracks.length) {
      for (const track of tracks) setTrackEnabled(track, enabled);
    } else if (!(await this.#restart())) {
      return;
    }
    // A press on the focused button is heard through its own name and pressed state; the
    // browser's control is not, so its change is announced.
    if (fromSession) {
      const what = stopping ? 'ended' : `enabled ${enabled}`;
      const events = tracks.map((track) => trackEvent(track, what));
      this.announce(this.#stateText(enabled), '', events);
    }
  }

  /** Asks the source for the kind again; resolves whether it came back. */
  async #restart(): Promise<boolean> {
    const source = this.#link.source;
    this.#busy = true;
    try {
      if (this.#link.stream && source?.switchDevice) {
        const input = this.kind === 'video' ? 'videoinput' : 'audioinput';
        await source.switchDevice(input, this.#deviceId ?? '');
      } else {
        await source?.start?.();
      }
      return true;
    } catch {
      this.announce(this.kind === 'video' ? this.texts.cameraFailed : this.texts.microphoneFailed);
      return false;
    } finally {
      this.#busy = false;
      this.requestUpdate();
    }
  }

  #speakingWhileMuted(track: MediaStreamTrack): void {
    /** @ignore */
    this.dispatchEvent(new TrackToggleSpeakingWhileMutedEvent(track));
    if (this.#hint) return;
    this.#hint = true;
    this.announce(this.texts.speakingWhileMuted);
    this.requestUpdate();
  }

  #stateText(on: boolean): string {
    const texts = this.texts;
    if (this.kind === 'video') return on ? texts.cameraOn : texts.cameraOff;
    return on ? texts.microphoneOn : texts.microphoneOff;
  }

  override render(): TemplateResult {
    const texts = this.texts;
    const { state, reason } = this.#status;
    const on = state === 'on';
    const video = this.kind === 'video';
    const label = video
      ? on
        ? texts.stopVideo
        : texts.startVideo
      : on
        ? texts.mute
        : texts.unmute;
    const describedBy = ['description', this.#hint ? 'hint' : ''].filter(Boolean).join(' ');
    return html`${this.renderLiveRegion()}
      <button
        part=${on ? 'button' : 'button off'}
        type="button"
        aria-pressed=${on ? 'true' : 'false'}
        aria-disabled=${state === 'unavailable' || this.#busy ? 'true' : nothing}
        aria-describedby=${describedBy}
        @click=${() => void this.#activate()}
      >
        <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          ${video ? icons.video : icons.audio}
          ${on ? nothing : svg`<path class="slash" d="M3 3l18 18"></path>`}
        </svg>
        <span part="label">${label}</span>
      </button>
      <span id="description" class="visually-hidden">${reason ?? this.#stateText(on)}</span>
      ${this.#hint ? html`<p part="hint" id="hint">${texts.speakingWhileMuted}</p>` : nothing}`;
  }
}
