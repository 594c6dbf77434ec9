import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { KitElement } from '../../base/kit-element.js';
import { StreamLinkController } from '../../controllers/stream-link-controller.js';
import {
  contextBlocked,
  contextRunning,
  LevelProbe,
  levelSupported,
  onContextBlocked,
  SpeechDetector,
} from './audio-meter.audio.js';
import { AudioMeterNoSignalEvent, AudioMeterSpeakingChangeEvent } from './audio-meter.events.js';
import { audioMeterStrings, type AudioMeterStrings } from './audio-meter.strings.js';
import styles from './audio-meter.styles.js';

/** The quietest sound the bar shows (dBFS); the bar is full at 0 dBFS. */
const FLOOR_DB = -60;
/** How fast the bar falls (full scale per ms): a short beep stays visible for a moment. */
const FALL_PER_MS = 1 / 600;
/** `aria-valuenow` changes at most this often: a screen reader is not flooded. */
const ARIA_INTERVAL_MS = 250;
const STATES = ['speaking', 'silent', 'no-signal'] as const;
/** The numeric properties' defaults (as declared below), used where a value is not a number. */
const DEFAULTS = { threshold: -50, hold: 500, noSignalAfter: 5000 };
const NUMBERS = ['threshold', 'hold', 'noSignalAfter'] as const;
type MeterState = (typeof STATES)[number];

/**
 * Is the microphone working? Shows the level of its stream's first live audio track, measured on
 * a clone of it (never the track itself) on one AudioContext shared by every meter on the page and
 * closed when no meter needs it. Finds its stream from the `stream` property, the `for`
 * attribute, or the nearest ancestor source. Draws nothing itself but the CSS custom property
 * `--audio-meter-level` (0–1) on the host, so a theme draws the level as it likes; the built-in
 * bar is a transform (no layout per frame). No work at all while the meter is hidden or
 * off-screen, the page is hidden, or the track is switched off; at most one reading per frame.
 *
 * @summary A microphone level meter, with speaking and no-signal detection.
 * @tagname audio-meter
 *
 * @fires {AudioMeterSpeakingChangeEvent} audio-meter-speakingchange - Speech started or stopped (`speaking`).
 * @fires {AudioMeterNoSignalEvent} audio-meter-nosignal - Nothing at all was heard for `no-signal-after` ms (`track`).
 *
 * @csspart track - The meter (`role="meter"`): the groove the bar fills.
 * @csspart bar - The level bar, scaled to `--audio-meter-level`.
 * @csspart message - Why the meter shows nothing: no signal, waiting for a click, unsupported.
 * @csspart status - The visually hidden live region.
 *
 * @cssprop [--audio-meter-level=0] - Set by the element: the level, 0–1. Read it to draw your own meter.
 * @cssprop [--audio-meter-height=0.5em] - Height of the track.
 * @cssprop [--audio-meter-radius=999px] - Corner radius of the track.
 * @cssprop [--audio-meter-track-background=(currentColor at 15%)] - Background of the track.
 * @cssprop [--audio-meter-bar-background=#1a7f37] - Colour of the bar.
 * @cssprop [--audio-meter-speaking-background=#0b57d0] - Colour of the bar while speaking.
 *
 * @cssstate speaking - The sound is at or above `threshold` (or fell below it less than `hold` ms ago).
 * @cssstate silent - Measuring, and below the threshold.
 * @cssstate no-signal - Nothing at all for `no-signal-after` ms.
 */
export class AudioMeterElement extends KitElement<AudioMeterStrings> {
  static override styles = styles;
  static override tagName = 'audio-meter';

  protected readonly defaultStrings = audioMeterStrings;
  #link = new StreamLinkController(this, {
    streamChanged: () => this.#sync(),
    tracksChanged: () => this.#sync(),
  });
  #probe: LevelProbe | null = null;
  /** Lives as long as `#probe`: its listeners. */
  #probeWatch?: AbortController;
  #connection?: AbortController;
  #onScreen = false;
  #detector = new SpeechDetector();
  #level = 0;
  #shownLevel = -1;
  #state: MeterState | null = null;
  #lastFrame = 0;
  #lastSignal = 0;
  #ariaAt = -Infinity;
  #ariaValue = 0;

  /**
   * The stream to measure. `undefined` (default): link by `for` or to the nearest ancestor source;
   * `null`: measure nothing.
   */
  @property({ attribute: false }) stream?: MediaStream | null;
  /** The id of a source (e.g. `<media-capture>`) in the same root to measure. */
  @property() for?: string;
  /** The level (dBFS, RMS) from which sound counts as speaking. */
  @property({ type: Number }) threshold = -50;
  /** How long (ms) the sound must stay below `threshold` before speaking ends. */
  @property({ type: Number }) hold = 500;
  /** How long (ms) of nothing at all — not even noise — before `no-signal`. */
  @property({ type: Number, attribute: 'no-signal-after' }) noSignalAfter = 5000;

  /** The level shown, 0–1 (0 while nothing is measured). */
  get level(): number {
    return this.#level;
  }

  /** Whether speech is heard now (see `threshold` and `hold`). */
  get speaking(): boolean {
    return this.#detector.speaking;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    const observer = new IntersectionObserver(([entry]) => {
      this.#onScreen = !!entry?.isIntersecting;
      this.#sync();
    });
    observer.observe(this);
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    document.addEventListener('visibilitychange', () => this.#sync(), { signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection?.abort();
    this.#onScreen = false;
    this.#release();
  }

  protected override updated(changed: PropertyValues<this>): void {
    for (const name of NUMBERS) {
      if (changed.has(name) && !Number.isFinite(Number(this[name]))) {
        const attribute = name === 'noSignalAfter' ? 'no-signal-after' : name;
        console.warn(
          `<audio-meter>: ${attribute}="${this.getAttribute(attribute) ?? this[name]}" is not a number: the default, ${DEFAULTS[name]}, applies.`,
        );
      }
    }
    if (changed.has('noSignalAfter') || changed.has('threshold')) this.#sync();
  }

  /** `name`'s value, or its default where it is not a number (`threshold="loud"`). */
  #number(name: (typeof NUMBERS)[number]): number {
    const value = Number(this[name]);
    return Number.isFinite(value) ? value : DEFAULTS[name];
  }

  /** The first live audio track of the linked stream. */
  #track(): MediaStreamTrack | null {
    const tracks = this.#link.stream?.getAudioTracks() ?? [];
    return tracks.find((track) => track.readyState === 'live') ?? null;
  }

  /** Measures when there is something to measure and someone to see it; otherwise does nothing. */
  #sync(): void {
    const track = this.isConnected ? this.#track() : null;
    if (track !== this.#probe?.track) this.#release();
    const wanted =
      !!track &&
      track.enabled &&
      this.#onScreen &&
      document.visibilityState === 'visible' &&
      levelSupported();
    if (!wanted) {
      // Nothing measured (hidden, off-screen, switched off): the level is 0, nobody speaks.
      this.#pause();
      this.#silence();
      return;
    }
    if (!this.#probe) {
      this.#probe = new LevelProbe(track);
      this.#probeWatch = new AbortController();
      onContextBlocked(() => this.requestUpdate(), this.#probeWatch.signal);
      this.requestUpdate();
    }
    if (this.#probe.started) return;
    this.#lastFrame = -Infinity;
    this.#lastSignal = performance.now();
    this.#probe.start((now) => this.#measure(now));
  }

  #pause(): void {
    this.#probe?.pause();
  }

  /** Stops the clone; the shared context closes when no other meter needs it. */
  #release(): void {
    this.#pause();
    if (!this.#probe) return;
    this.#probe.close();
    this.#probe = null;
    this.#probeWatch?.abort();
    this.#silence();
    this.#setState(null);
    this.requestUpdate();
  }

  /** Nothing measured: the bar empties, and nobody speaks. */
  #silence(): void {
    this.#level = 0;
    this.#draw(performance.now(), true);
    if (this.#detector.speaking) {
      this.#detector.reset();
      /** @ignore */
      this.dispatchEvent(new AudioMeterSpeakingChangeEvent(false));
    }
    if (this.#state) this.#setState('silent');
  }

  #measure(now: number): void {
    const probe = this.#probe!;
    if (!contextRunning()) {
      // A suspended context reads zeros: neither a level nor a missing signal.
      this.#lastFrame = this.#lastSignal = now;
      return;
    }
    const { db, signal } = probe.read();
    const target = Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
    this.#level = Math.max(target, this.#level - (now - this.#lastFrame) * FALL_PER_MS);
    this.#lastFrame = now;
    this.#draw(now);
    if (this.#detector.update(db, now, this.#number('threshold'), this.#number('hold'))) {
      /** @ignore */
      this.dispatchEvent(new AudioMeterSpeakingChangeEvent(this.#detector.speaking));
    }
    if (signal) this.#lastSignal = now;
    const noSignal = now - this.#lastSignal >= this.#number('noSignalAfter');
    const state = noSignal ? 'no-signal' : this.#detector.speaking ? 'speaking' : 'silent';
    if (state === this.#state) return;
    this.#setState(state);
    if (state !== 'no-signal') return;
    this.announce(this.texts.noSignal);
    /** @ignore */
    this.dispatchEvent(new AudioMeterNoSignalEvent(probe.track));
  }

  /** The level to CSS (hundredths, only when it changed) and to `aria-valuenow` (throttled). */
  #draw(now: number, force = false): void {
    const level = Math.round(this.#level * 100) / 100;
    if (level !== this.#shownLevel) {
      this.#shownLevel = level;
      this.style.setProperty('--audio-meter-level', String(level));
    }
    const value = Math.round(level * 100);
    if (value === this.#ariaValue || (!force && now - this.#ariaAt < ARIA_INTERVAL_MS)) return;
    this.#ariaValue = value;
    this.#ariaAt = now;
    this.renderRoot?.querySelector('[role="meter"]')?.setAttribute('aria-valuenow', String(value));
  }

  #setState(state: MeterState | null): void {
    const changed = (state === 'no-signal') !== (this.#state === 'no-signal');
    this.#state = state;
    for (const name of STATES) this.setState(name, name === state);
    if (changed) this.requestUpdate();
  }

  #message(texts: AudioMeterStrings): string | null {
    if (!levelSupported()) return texts.unsupported;
    if (this.#probe && contextBlocked()) return texts.suspended;
    if (this.#state === 'no-signal') return texts.noSignal;
    return null;
  }

  override render(): TemplateResult {
    const texts = this.texts;
    const message = isServer ? null : this.#message(texts);
    return html`${this.renderLiveRegion()}
      <div
        part="track"
        role="meter"
        aria-label=${texts.label}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${this.#ariaValue}
      >
        <div part="bar"></div>
      </div>
      ${message ? html`<p part="message">${message}</p>` : nothing}`;
  }
}
