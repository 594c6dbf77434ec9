import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { TrackListStopEvent, TrackListToggleEvent } from '../../events.js';
import { StreamLinkController } from '../../controllers/stream-link-controller.js';
import { setTrackEnabled, stopTrack } from '../../controllers/track-registry.js';
import { fill, KitElement } from '../../base/kit-element.js';
import {
  describeChanges,
  formatSettings,
  snapshotTracks,
  trackLabel,
  trackName,
  type TrackSnapshots,
} from './track-list.format.js';
import { trackListStrings, type TrackListStrings } from './track-list.strings.js';
import styles from './track-list.styles.js';

/**
 * Lists a stream's tracks, in stream order, with an enable toggle and a stop button for each.
 * Finds its stream from the `stream` property, the `for` attribute, or the nearest ancestor
 * source. Stays right through `addtrack`/`removetrack`, `ended`, `mute`/`unmute`, its own actions
 * and those of other kit elements; tracks added or removed by script (`stream.addTrack()` fires no
 * event) show within a second.
 *
 * @summary The tracks of a stream, each with an enable toggle and a stop button.
 * @tagname track-list
 *
 * @fires {TrackListToggleEvent} track-list-toggle - Before a track is switched on or off (`track`, `enabled` = the requested value); cancelable.
 * @fires {TrackListStopEvent} track-list-stop - Before a track is stopped (`track`); cancelable.
 *
 * @csspart list - The list of tracks.
 * @csspart item - One track; also named `ended`, `muted` and `off` (switched off) in those states.
 * @csspart kind - The track's kind (Video, Audio).
 * @csspart label - The track's label (or Camera/Microphone when it has none).
 * @csspart state - Live or ended, muted, off.
 * @csspart settings - The current settings (`640×480 · 20 fps`, `48 kHz mono`).
 * @csspart toggle - The enable toggle (`aria-pressed`); also named `pressed` while the track is enabled.
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
 * @cssprop [--track-list-focus-ring=2px solid Highlight] - Outline of a focused button.
 *
 * @cssstate empty - There is no stream, or no track to list.
 */
export class TrackListElement extends KitElement<TrackListStrings> {
  static override styles = styles;
  static override tagName = 'track-list';

  protected readonly defaultStrings = trackListStrings;
  #link = new StreamLinkController(this, {
    streamChanged: () => (this.#seen = undefined),
  });
  /** The tracks as last rendered, for the announcement; `undefined` after the stream changed. */
  #seen?: TrackSnapshots;
  #announcement = '';

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
    const tracks = this.#link.stream?.getTracks() ?? [];
    return this.kind === 'audio' || this.kind === 'video'
      ? tracks.filter((track) => track.kind === this.kind)
      : tracks;
  }

  // After the link controller's hostUpdate (the stream is current), before render.
  protected override update(changed: PropertyValues<this>): void {
    const now = snapshotTracks(this.tracks);
    const said = this.#seen ? describeChanges(this.#seen, now, this.texts) : [];
    this.#seen = now;
    if (said.length) this.#announcement = said.join(' ');
    super.update(changed);
    this.setState('empty', now.size === 0);
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

  #renderTrack(track: MediaStreamTrack, strings: TrackListStrings): TemplateResult {
    const ended = track.readyState === 'ended';
    const state = [ended ? strings.ended : strings.live];
    if (track.muted && !ended) state.push(strings.muted);
    if (!track.enabled && !ended) state.push(strings.off);
    const settings = ended ? '' : formatSettings(track, strings);
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
      <span part="label">${trackLabel(track, strings)}</span>
      <span part="state">${state.join(strings.separator)}</span>
      ${settings ? html`<span part="settings">${settings}</span>` : nothing}
      <button
        part=${track.enabled ? 'toggle pressed' : 'toggle'}
        aria-pressed=${track.enabled ? 'true' : 'false'}
        aria-label=${fill(strings.toggleLabel, { track: name })}
        aria-disabled=${ended ? 'true' : nothing}
        @click=${() => this.#toggle(track)}
      >
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
    const strings = this.texts;
    return html`
      <div part="status" role="status" aria-live="polite" class="visually-hidden">
        ${this.#announcement}
      </div>
      ${this.#renderBody(strings)}
    `;
  }
}
