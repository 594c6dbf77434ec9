// Classes only: importing this module defines no element.
export { MediaCaptureElement } from './components/media-capture/media-capture.component.js';
export type { MediaCaptureStrings } from './components/media-capture/media-capture.strings.js';
export { StreamMirrorElement } from './components/stream-mirror/stream-mirror.component.js';
export type { StreamMirrorStrings } from './components/stream-mirror/stream-mirror.strings.js';
export type { SnapshotOptions } from './components/stream-mirror/stream-mirror.snapshot.js';
export { TrackListElement } from './components/track-list/track-list.component.js';
export type { TrackListStrings } from './components/track-list/track-list.strings.js';
export * from './events.js';
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
