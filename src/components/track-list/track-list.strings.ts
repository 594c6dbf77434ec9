/**
 * Every built-in text of `<track-list>`: visible, accessible names and announcements. `{track}` is
 * replaced by the track's name (`trackName`, or `camera`/`microphone` when the label is empty).
 */
export interface TrackListStrings {
  /** Accessible name of the list. */
  list: string;
  /** Shown when there is no stream. */
  empty: string;
  /** Shown when the stream has no track (of the `kind` asked for). */
  noTracks: string;
  video: string;
  audio: string;
  /** The label of a video track whose label is empty. */
  camera: string;
  /** The label of an audio track whose label is empty. */
  microphone: string;
  /** How a track is named in accessible names and announcements: `{kind}`, `{label}`. */
  trackName: string;
  live: string;
  ended: string;
  muted: string;
  /** A track that is switched off (`enabled = false`). */
  off: string;
  /** Visible text of the enable toggle. */
  toggle: string;
  /** Accessible name of the enable toggle (must contain `toggle`'s text). */
  toggleLabel: string;
  /** Visible text of the stop button. */
  stop: string;
  /** Accessible name of the stop button (must contain `stop`'s text). */
  stopLabel: string;
  /** `{width}`, `{height}` in pixels. */
  size: string;
  /** `{fps}`. */
  frameRate: string;
  /** `{khz}`. */
  sampleRate: string;
  mono: string;
  stereo: string;
  /** `{count}` channels. */
  channels: string;
  /** Joins the parts of a track's settings (`640×480 · 20 fps`, `48 kHz · mono`). */
  separator: string;
  added: string;
  removed: string;
  endedAnnouncement: string;
  mutedAnnouncement: string;
  unmutedAnnouncement: string;
  enabledAnnouncement: string;
  disabledAnnouncement: string;
}

export const trackListStrings: TrackListStrings = {
  list: 'Tracks',
  empty: 'No stream',
  noTracks: 'No tracks',
  video: 'Video',
  audio: 'Audio',
  camera: 'Camera',
  microphone: 'Microphone',
  trackName: '{kind} {label}',
  live: 'Live',
  ended: 'Ended',
  muted: 'Muted',
  off: 'Off',
  toggle: 'Enabled',
  toggleLabel: '{track} enabled',
  stop: 'Stop',
  stopLabel: 'Stop {track}',
  size: '{width}×{height}',
  frameRate: '{fps} fps',
  sampleRate: '{khz} kHz',
  mono: 'mono',
  stereo: 'stereo',
  channels: '{count} channels',
  separator: ' · ',
  added: '{track} added.',
  removed: '{track} removed.',
  endedAnnouncement: '{track} ended.',
  mutedAnnouncement: '{track} muted.',
  unmutedAnnouncement: '{track} unmuted.',
  enabledAnnouncement: '{track} switched on.',
  disabledAnnouncement: '{track} switched off.',
};
