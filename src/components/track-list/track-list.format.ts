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

/** `640×480 · 20 fps`, `48 kHz mono`: what getSettings() gives, unknown parts left out. */
export function formatSettings(track: MediaStreamTrack, strings: TrackListStrings): string {
  const settings: MediaTrackSettings = track.getSettings?.() ?? {};
  if (track.kind === 'video') {
    const { width, height, frameRate } = settings;
    const parts: string[] = [];
    if (width && height) parts.push(fill(strings.size, { width, height }));
    if (frameRate) parts.push(fill(strings.frameRate, { fps: Math.round(frameRate) }));
    return parts.join(strings.separator);
  }
  const { sampleRate, channelCount } = settings;
  const parts: string[] = [];
  if (sampleRate)
    parts.push(fill(strings.sampleRate, { khz: Number((sampleRate / 1000).toFixed(1)) }));
  if (channelCount === 1) parts.push(strings.mono);
  else if (channelCount === 2) parts.push(strings.stereo);
  else if (channelCount) parts.push(fill(strings.channels, { count: channelCount }));
  return parts.join(' ');
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

/** What changed between two snapshots, said as one sentence per change. */
export function describeChanges(
  before: TrackSnapshots,
  after: TrackSnapshots,
  strings: TrackListStrings,
): string[] {
  const said: string[] = [];
  const say = (template: string, track: MediaStreamTrack) =>
    said.push(fill(template, { track: trackName(track, strings) }));
  for (const [track, now] of after) {
    const was = before.get(track);
    if (!was) say(strings.added, track);
    else if (now.ended && !was.ended) say(strings.endedAnnouncement, track);
    else if (now.enabled !== was.enabled) {
      say(now.enabled ? strings.enabledAnnouncement : strings.disabledAnnouncement, track);
    } else if (now.muted !== was.muted) {
      say(now.muted ? strings.mutedAnnouncement : strings.unmutedAnnouncement, track);
    }
  }
  for (const track of before.keys()) if (!after.has(track)) say(strings.removed, track);
  return said;
}
