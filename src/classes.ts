// Classes only: importing this module defines no element.
export { AudioMeterElement } from './components/audio-meter/audio-meter.component.js';
export type { AudioMeterStrings } from './components/audio-meter/audio-meter.strings.js';
export { DeviceSelectElement } from './components/device-select/device-select.component.js';
export type { DeviceSelectStrings } from './components/device-select/device-select.strings.js';
export { MediaCaptureElement } from './components/media-capture/media-capture.component.js';
export type { MediaCaptureStrings } from './components/media-capture/media-capture.strings.js';
export { ScreenCaptureElement } from './components/screen-capture/screen-capture.component.js';
export type { ScreenCaptureStrings } from './components/screen-capture/screen-capture.strings.js';
export { StreamMirrorElement } from './components/stream-mirror/stream-mirror.component.js';
export type { StreamMirrorStrings } from './components/stream-mirror/stream-mirror.strings.js';
export type { SnapshotOptions } from './components/stream-mirror/stream-mirror.snapshot.js';
export { StreamRecorderElement } from './components/stream-recorder/stream-recorder.component.js';
export type { StreamRecorderStrings } from './components/stream-recorder/stream-recorder.strings.js';
export { TrackListElement } from './components/track-list/track-list.component.js';
export type { TrackListStrings } from './components/track-list/track-list.strings.js';
export { TrackToggleElement } from './components/track-toggle/track-toggle.component.js';
export type { TrackToggleStrings } from './components/track-toggle/track-toggle.strings.js';
export { registerTranslation } from './base/language.js';
export type { KitStrings, Translation } from './translations/translation.js';
// The first three elements' events (and the shared types) in one module; each later element's
// beside it: the CDN chunks then carry only the events of the elements a page uses.
export * from './events.js';
export * from './components/device-select/device-select.events.js';
export * from './components/track-toggle/track-toggle.events.js';
export * from './components/audio-meter/audio-meter.events.js';
export * from './components/stream-recorder/stream-recorder.events.js';
export * from './components/screen-capture/screen-capture.events.js';
export * from './errors.js';
export { sourceContext, streamContext } from './context.js';
export type { StreamSource } from './controllers/stream-link-controller.js';
export type { UnmetConstraint } from './constraints/unmet.js';
export {
  assertValidConstraints,
  validateConstraints,
  type ConstraintIssue,
  type ValidateOptions,
  type ValidationResult,
} from './constraints/validate.js';
