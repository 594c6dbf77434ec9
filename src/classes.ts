// Classes only: importing this module defines no element.
export { MediaCaptureElement } from './components/media-capture/media-capture.component.js';
export type { MediaCaptureStrings } from './components/media-capture/media-capture.strings.js';
export * from './events.js';
export * from './errors.js';
export { streamContext } from './context.js';
