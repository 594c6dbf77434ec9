import type { AudioMeterStrings } from '../components/audio-meter/audio-meter.strings.js';
import type { DeviceSelectStrings } from '../components/device-select/device-select.strings.js';
import type { MediaCaptureStrings } from '../components/media-capture/media-capture.strings.js';
import type { ScreenCaptureStrings } from '../components/screen-capture/screen-capture.strings.js';
import type { StreamMirrorStrings } from '../components/stream-mirror/stream-mirror.strings.js';
import type { StreamRecorderStrings } from '../components/stream-recorder/stream-recorder.strings.js';
import type { TrackListStrings } from '../components/track-list/track-list.strings.js';
import type { TrackToggleStrings } from '../components/track-toggle/track-toggle.strings.js';

/** Every element's texts, by the element's own tag. */
export interface KitStrings {
  'audio-meter': AudioMeterStrings;
  'device-select': DeviceSelectStrings;
  'media-capture': MediaCaptureStrings;
  'screen-capture': ScreenCaptureStrings;
  'stream-mirror': StreamMirrorStrings;
  'stream-recorder': StreamRecorderStrings;
  'track-list': TrackListStrings;
  'track-toggle': TrackToggleStrings;
}

/**
 * A language's texts for the kit's elements, by tag: `{ 'media-capture': { start: '…' } }`. A text
 * left out shows in English. Besides `{placeholder}`, a text may choose by a value:
 * `{count, plural, one {# canal} other {# canaux}}` (`=2 {…}` for an exact number; the branch is
 * chosen by `Intl.PluralRules` in the element's language; `#` is the number, formatted for it) and
 * `{kind, select, camera {…} microphone {…} other {…}}`.
 */
export type Translation = { [Tag in keyof KitStrings]?: Partial<KitStrings[Tag]> };

/** A translation the kit ships: every text of every element. */
export type ShippedTranslation = { [Tag in keyof KitStrings]: KitStrings[Tag] };
