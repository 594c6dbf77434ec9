import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { TrackListStopEvent, TrackListToggleEvent } from '../../events.js';
import { StreamLinkController } from '../../controllers/stream-link-controller.js';
import { trackEvent } from '../../controllers/told.js';
import { setTrackEnabled, stopTrack } from '../../controllers/track-registry.js';
import { fill, KitElement } from '../../base/kit-element.js';
import { moveFocusTo } from '../../base/focus.js';
import {
  changeEvent,
  describeChanges,
  settingsText,
  snapshotTracks,
  trackLabel,
  trackName,
  type TrackChange,
  type TrackSnapshots,
} from './track-list.format.js';
import { trackListStrings, type TrackListStrings } from './track-list.strings.js';
import styles from './track-list.styles.js';

/** How long to wait, after one of a source's tracks ended, for the others to end with it. */
const SETTLE_MS = 100;

/** The focused control, by what it is, so focus can find its replacement after a render. */
interface FocusedControl {
  readonly element: HTMLElement;
  readonly part: 'toggle' | 'stop' | 'empty';
  readonly index: number;
}

/**
 * Lists a stream's tracks, in stream order, with an enable toggle and a stop button for each.
 * Finds its stream from the `stream` property, the `for` attribute, or the nearest ancestor
 * source. Stays right through `addtrack`/`removetrack`, `ended`, `mute`/`unmute`, its own actions
 * and those of other kit elements; tracks added or removed by script (`stream.addTrack()` fires no
 * event) and settings changed by `applyConstraints()` show within a second.
 *
 * @summary The tracks of a stream, each with an enable toggle and a stop button.
 * @tagname track-list
 *
 * @fires {TrackListToggleEvent} track-list-toggle - Before a track is switched on or off (`track`, `enabled` = the requested value); cancelable.
 * @fires {TrackListStopEvent} track-list-stop - Before a track is stopped (`track`); cancelable.
 *
 * @csspart list - The list of tracks.
 * @csspart item - One track; also named `ended`, `muted` and `off` (switched off) in those states.
 * @csspart ended - An item whose track ended.
 * @csspart muted - An item whose track is muted (no data from the device).
 * @csspart off - An item whose track is switched off.
 * @csspart kind - The track's kind (Video, Audio).
 * @csspart label - The track's label (or Camera/Microphone when it has none).
 * @csspart state - Live or ended, muted, off.
 * @csspart settings - The current settings (`640×480 · 20 fps`, `48 kHz · mono`).
 * @csspart toggle - The enable toggle (`aria-pressed`, a check mark while on); also named `pressed` while the track is enabled.
 * @csspart pressed - The toggle of an enabled track.
 * @csspart stop - The stop button.
 * @csspart empty - The text shown when there is no stream, or no track.
 * @csspart status - The visually hidden live region that announces changes.
 *
 * @cssprop [--track-list-gap=0.5em] - Space between items and inside an item.
 * @cssprop [--track-list-item-padding=0.4em 0] - Padding of an item.
 * @cssprop [--track-list-item-border=1px solid (currentColor at 20%)] - Border under an item.
 * @cssprop [--track-list-ended-decoration=line-through] - Text decoration of an ended track's label.
 * @cssprop [--track-list-muted-color=inherit] - Colour of the settings and empty-state text.
 * @cssprop [--track-list-button-padding=0.3em 0.8em] - Padding of the buttons.
 * @cssprop [--track-list-button-border=1px solid currentColor] - Border of the buttons.
 * @cssprop [--track-list-button-radius=0.4em] - Corner radius of the buttons.
 * @cssprop [--track-list-button-background=transparent] - Background of the buttons.
 * @cssprop [--track-list-button-color=inherit] - Text colour of the buttons.
 * @cssprop [--track-list-toggle-on-background=(currentColor at 15%)] - Background of a pressed toggle.
 * @cssprop [--track-list-focus-ring=2px solid #0b57d0] - Outline of a focused button (a white band inside it keeps it visible on dark backgrounds).
 *
 * @cssstate empty - There is no stream, or no track to list.
 */
export class TrackListElement extends KitElement<TrackListStrings> {
  static override styles = styles;
  static override tagName = 'track-list';

  protected readonly defaultStrings = trackListStrings;
  #link = new StreamLinkController(this, {
    settings: true,
    streamChanged: () => (this.#seen = undefined),
    tracksChanged: (stream) => {
      if (this.#link.fromSource && this.#trackJustEnded() && this.#someLive(stream)) {
        this.#settle = true;
      }
    },
  });
  /**
   * Every track of the stream as last rendered, whatever `kind` shows, for the announcement;
   * `undefined` after the stream changed.
   */
  #seen?: TrackSnapshots;
  /** Render a little later: the source's other tracks may be about to end with this one. */
  #settle = false;

  /**
   * The stream to list. `undefined` (default): link by `for` or to the nearest ancestor source;
   * `null`: list nothing.
   */
  @property({ attribute: false }) stream?: MediaStream | null;
  /** The id of a source (e.g. `<media-capture>`) in the same root to list. */
  @property() for?: string;
  /** List only `audio` or `video` tracks; all when absent. */
  @property({ reflect: true }) kind?: 'audio' | 'video';

  /** The tracks listed, in stream order. */
  get tracks(): MediaStreamTrack[] {
    return (this.#link.stream?.getTracks() ?? []).filter((track) => this.#lists(track));
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (this.#settle) {
      this.#settle = false;
      // Tracks that end together (access revoked, a device unplugged) fire `ended` one by one, a
      // few ms apart and not always in one task (measured in Chromium: up to 7 ms): rendering a
      // moment later sees them end as one, which the source announces.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
    await super.scheduleUpdate();
  }

  // After the link controller's hostUpdate (the stream is current), before render.
  protected override update(changed: PropertyValues<this>): void {
    // The whole stream is compared, and only what `kind` lists is said: a track the filter hides
    // or shows again did not change (a new `kind` announces nothing), while a listed track that
    // changed in the same update is still heard.
    const now = snapshotTracks(this.#link.stream?.getTracks() ?? []);
    if (this.#seen) {
      const changes = describeChanges(this.#seen, now, this.texts);
      this.#announce(changes.filter((change) => this.#lists(change.track)));
    }
    this.#seen = now;
    const focused = this.#focusedControl();
    super.update(changed);
    this.setState('empty', this.tracks.length === 0);
    if (focused) this.#keepFocus(focused);
  }

  /** Whether `kind` lists `track` (every track when it is neither `audio` nor `video`). */
  #lists(track: MediaStreamTrack): boolean {
    return (this.kind !== 'audio' && this.kind !== 'video') || track.kind === this.kind;
  }

  #someLive(stream: MediaStream): boolean {
    return stream.getTracks().some((track) => track.readyState === 'live');
  }

  #trackJustEnded(): boolean {
    return this.tracks.some(
      (track) => track.readyState === 'ended' && this.#seen?.get(track)?.ended === false,
    );
  }

  #announce(changes: TrackChange[]): void {
    const stream = this.#link.stream;
    // Every track of a source's stream ended: the source (its capture ended) says so. Saying that
    // each track ended too would tell one event twice.
    const sourceEnded =
      this.#link.fromSource &&
      !!stream &&
      stream.getTracks().every((track) => track.readyState === 'ended');
    for (const change of changes) {
      if (sourceEnded && change.kind === 'ended') continue;
      // Another list of the same stream, or a toggle switched from the browser's own controls,
      // may have told it just now.
      this.announce(change.text, change.track.id, [trackEvent(change.track, changeEvent(change))]);
    }
  }

  #focusedControl(): FocusedControl | null {
    const element = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!element) return null;
    const items = [...this.renderRoot.querySelectorAll('[part~="item"]')];
    const item = element.closest('[part~="item"]');
    const part = element.matches('[part~="stop"]')
      ? 'stop'
      : element.matches('[part~="toggle"]')
        ? 'toggle'
        : 'empty';
    return { element, part, index: item ? items.indexOf(item) : 0 };
  }

  /**
   * The focused control went away (its track was removed, the list emptied or filled again):
   * focus moves to the same control of the nearest track, else to the empty-state text — never
   * to `<body>`.
   */
  #keepFocus({ element, part, index }: FocusedControl): void {
    if (element.isConnected) return;
    const items = [...this.renderRoot.querySelectorAll('[part~="item"]')];
    const item = items[Math.min(index, items.length - 1)];
    const target =
      item?.querySelector<HTMLElement>(`[part~="${part === 'empty' ? 'toggle' : part}"]`) ??
      this.renderRoot.querySelector<HTMLElement>('[part~="empty"]');
    if (target) moveFocusTo(target);
  }

  #toggle(track: MediaStreamTrack): void {
    if (track.readyState === 'ended') return;
    const enabled = !track.enabled;
    const event = new TrackListToggleEvent(track, enabled);
    /** @ignore */
    if (!this.dispatchEvent(event)) return;
    setTrackEnabled(track, enabled);
  }

  #stop(track: MediaStreamTrack): void {
    if (track.readyState === 'ended') return;
    const event = new TrackListStopEvent(track);
    /** @ignore */
    if (!this.dispatchEvent(event)) return;
    stopTrack(track);
  }

  /** Each part isolated, so that `640×480 · 20 fps` reads right in `dir="rtl"`. */
  #renderSettings(
    track: MediaStreamTrack,
    strings: TrackListStrings,
  ): TemplateResult | typeof nothing {
    const { parts, separator } = settingsText(track, strings, this.locale);
    if (!parts.length) return nothing;
    return html`<span part="settings"
      >${parts.map(
        (setting, i) =>
          html`${i ? separator : ''}<bdi dir=${setting.ltr ? 'ltr' : nothing}
              >${setting.text}</bdi
            >`,
      )}</span
    >`;
  }

  #renderTrack(track: MediaStreamTrack, strings: TrackListStrings): TemplateResult {
    const ended = track.readyState === 'ended';
    // An ended track cannot be switched on or off: its toggle is not pressed.
    const pressed = track.enabled && !ended;
    const state = [ended ? strings.ended : strings.live];
    if (track.muted && !ended) state.push(strings.muted);
    if (!track.enabled && !ended) state.push(strings.off);
    const name = trackName(track, strings);
    // Ended tracks keep focusable buttons (aria-disabled): a keyboard user who stopped a track
    // keeps focus where it was.
    // State as extra part names, so a theme can reach them: ::part(item ended), ::part(toggle pressed).
    const itemPart = ['item', ended && 'ended', track.muted && 'muted', !track.enabled && 'off'];
    return html`<li
      part=${itemPart.filter(Boolean).join(' ')}
      class=${ended ? 'ended' : ''}
      data-kind=${track.kind}
    >
      <span part="kind">${track.kind === 'video' ? strings.video : strings.audio}</span>
      <span part="label" dir="auto">${trackLabel(track, strings)}</span>
      <span part="state">${state.join(strings.separator)}</span>
      ${ended ? nothing : this.#renderSettings(track, strings)}
      <button
        part=${pressed ? 'toggle pressed' : 'toggle'}
        aria-pressed=${pressed ? 'true' : 'false'}
        aria-label=${fill(strings.toggleLabel, { track: name })}
        aria-disabled=${ended ? 'true' : nothing}
        @click=${() => this.#toggle(track)}
      >
        <span class="toggle-icon" aria-hidden="true"></span>
        ${strings.toggle}
      </button>
      <button
        part="stop"
        aria-label=${fill(strings.stopLabel, { track: name })}
        aria-disabled=${ended ? 'true' : nothing}
        @click=${() => this.#stop(track)}
      >
        ${strings.stop}
      </button>
    </li>`;
  }

  #renderBody(strings: TrackListStrings): TemplateResult {
    if (!this.#link.stream) return html`<p part="empty">${strings.empty}</p>`;
    const tracks = this.tracks;
    if (!tracks.length) return html`<p part="empty">${strings.noTracks}</p>`;
    return html`<ul part="list" aria-label=${strings.list}>
      ${repeat(
        tracks,
        (track) => track.id,
        (track) => this.#renderTrack(track, strings),
      )}
    </ul>`;
  }

  override render(): TemplateResult {
    return html`${this.renderLiveRegion()} ${this.#renderBody(this.texts)}`;
  }
}
