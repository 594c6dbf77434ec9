import { fill } from '../../base/kit-element.js';
import type { TrackListStrings } from './track-list.strings.js';

/** The label shown for `track`: its own, or "Camera"/"Microphone" when the platform gives none. */
export function trackLabel(track: MediaStreamTrack, strings: TrackListStrings): string {
  return track.label || (track.kind === 'video' ? strings.camera : strings.microphone);
}

/** How `track` is named in accessible names and announcements. */
export function trackName(track: MediaStreamTrack, strings: TrackListStrings): string {
  if (!track.label) return trackLabel(track, strings);
  const kind = track.kind === 'video' ? strings.video : strings.audio;
  return fill(strings.trackName, { kind, label: track.label });
}

/** One part of a track's settings, as shown: `640×480`, `20 fps`, `48 kHz`, `mono`. */
export interface SettingsPart {
  readonly text: string;
  /** Always laid out left to right (a size: `640×480` must not read `480×640` in `dir="rtl"`). */
  readonly ltr: boolean;
}

/** A track's current settings, as shown (`640×480 · 20 fps`, `48 kHz mono`), unknown parts left out. */
export interface SettingsText {
  readonly parts: SettingsPart[];
  /** What joins the parts. */
  readonly separator: string;
}

/**
 * What getSettings() gives now, in parts, numbers written in `locale`: read at every render
 * (applyConstraints() changes it).
 */
export function settingsText(
  track: MediaStreamTrack,
  strings: TrackListStrings,
  locale: string,
): SettingsText {
  const settings: MediaTrackSettings = track.getSettings?.() ?? {};
  const parts: SettingsPart[] = [];
  const add = (text: string, ltr = false) => parts.push({ text, ltr });
  if (track.kind === 'video') {
    const { width, height, frameRate } = settings;
    if (width && height) add(fill(strings.size, { width, height }, locale), true);
    if (frameRate) add(fill(strings.frameRate, { fps: Math.round(frameRate) }, locale));
  } else {
    const { sampleRate, channelCount } = settings;
    if (sampleRate)
      add(fill(strings.sampleRate, { khz: Number((sampleRate / 1000).toFixed(1)) }, locale));
    if (channelCount === 1) add(strings.mono);
    else if (channelCount === 2) add(strings.stereo);
    else if (channelCount) add(fill(strings.channels, { count: channelCount }, locale));
  }
  return { parts, separator: strings.separator };
}

interface TrackSnapshot {
  readonly enabled: boolean;
  readonly ended: boolean;
  readonly muted: boolean;
}

export type TrackSnapshots = Map<MediaStreamTrack, TrackSnapshot>;

export function snapshotTracks(tracks: MediaStreamTrack[]): TrackSnapshots {
  return new Map(
    tracks.map((track) => [
      track,
      { enabled: track.enabled, ended: track.readyState === 'ended', muted: track.muted },
    ]),
  );
}

/** What a change is, for the announcement. */
export type ChangeKind = 'added' | 'removed' | 'ended' | 'enabled' | 'muted';

export interface TrackChange {
  readonly track: MediaStreamTrack;
  readonly kind: ChangeKind;
  /** The sentence that says it. */
  readonly text: string;
}

/** What a change says happened to its track, as the kit names events (`enabled false`, `ended`). */
export const changeEvent = ({ kind, track }: TrackChange): string =>
  kind === 'enabled'
    ? `enabled ${track.enabled}`
    : kind === 'muted'
      ? `muted ${track.muted}`
      : kind;

/** What changed between two snapshots, one sentence per change. */
export function describeChanges(
  before: TrackSnapshots,
  after: TrackSnapshots,
  strings: TrackListStrings,
): TrackChange[] {
  const said: TrackChange[] = [];
  const say = (kind: ChangeKind, template: string, track: MediaStreamTrack) =>
    said.push({ track, kind, text: fill(template, { track: trackName(track, strings) }) });
  for (const [track, now] of after) {
    const was = before.get(track);
    if (!was) say('added', strings.added, track);
    else if (now.ended && !was.ended) say('ended', strings.endedAnnouncement, track);
    else if (now.enabled !== was.enabled) {
      say(
        'enabled',
        now.enabled ? strings.enabledAnnouncement : strings.disabledAnnouncement,
        track,
      );
    } else if (now.muted !== was.muted) {
      say('muted', now.muted ? strings.mutedAnnouncement : strings.unmutedAnnouncement, track);
    }
  }
  for (const track of before.keys()) if (!after.has(track)) say('removed', strings.removed, track);
  return said;
}
