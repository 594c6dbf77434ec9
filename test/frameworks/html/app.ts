// Plain HTML: the markup as written in a page, properties set and listeners added by a script.
import type { MediaCaptureElement, TrackListElement } from '../../../src/index.js';
import type { Mount } from '../app.js';

const markup = `
  <media-capture video facing-mode="user">
    <stream-mirror mirrored></stream-mirror>
    <track-list></track-list>
    <device-select kind="audioinput"></device-select>
    <track-toggle kind="video"></track-toggle>
    <audio-meter></audio-meter>
    <stream-recorder></stream-recorder>
  </media-capture>
  <screen-capture>
    <stream-mirror></stream-mirror>
  </screen-capture>
  <track-list id="by-property"></track-list>`;

/** Each event, the element whose listener hears it (a selector), and the field it reports. */
const handlers: [string, string, (e: never) => unknown][] = [
  ['media-capture-statechange', 'media-capture', (e: { state: string }) => e.state],
  ['stream-change', 'media-capture', (e: { stream: MediaStream | null }) => e.stream],
  ['media-capture-start', 'media-capture', (e: { stream: MediaStream }) => e.stream],
  ['media-capture-stop', 'media-capture', (e: { reason: string }) => e.reason],
  ['media-capture-error', 'media-capture', (e: { error: { code: string } }) => e.error.code],
  [
    'media-capture-permissionchange',
    'media-capture',
    (e: { permission: { camera: string } }) => e.permission.camera,
  ],
  ['media-capture-devicechange', 'media-capture', (e: { kind: string }) => e.kind],
  ['stream-mirror-ready', 'media-capture stream-mirror', (e: { width: number }) => e.width],
  ['stream-mirror-resize', 'media-capture stream-mirror', (e: { width: number }) => e.width],
  ['track-list-toggle', 'media-capture track-list', (e: { enabled: boolean }) => e.enabled],
  ['track-list-stop', 'media-capture track-list', (e: { track: MediaStreamTrack }) => e.track.kind],
  ['device-select-change', 'device-select', (e: { deviceId: string }) => e.deviceId],
  ['device-select-fallback', 'device-select', (e: { previous: string }) => e.previous],
  ['track-toggle-change', 'track-toggle', (e: { enabled: boolean }) => e.enabled],
  [
    'track-toggle-speakingwhilemuted',
    'track-toggle',
    (e: { track: MediaStreamTrack }) => e.track.kind,
  ],
  ['audio-meter-speakingchange', 'audio-meter', (e: { speaking: boolean }) => e.speaking],
  ['audio-meter-nosignal', 'audio-meter', (e: { track: MediaStreamTrack }) => e.track.kind],
  ['stream-recorder-start', 'stream-recorder', (e: { mimeType: string }) => e.mimeType],
  ['stream-recorder-pause', 'stream-recorder', (e: { type: string }) => e.type],
  ['stream-recorder-resume', 'stream-recorder', (e: { type: string }) => e.type],
  ['stream-recorder-data', 'stream-recorder', (e: { blob: Blob }) => e.blob.size],
  ['stream-recorder-stop', 'stream-recorder', (e: { reason: string }) => e.reason],
  ['stream-recorder-error', 'stream-recorder', (e: { error: { code: string } }) => e.error.code],
  ['screen-capture-statechange', 'screen-capture', (e: { state: string }) => e.state],
  ['stream-change', 'screen-capture', (e: { stream: MediaStream | null }) => e.stream],
  ['screen-capture-start', 'screen-capture', (e: { stream: MediaStream }) => e.stream],
  ['screen-capture-stop', 'screen-capture', (e: { reason: string }) => e.reason],
  ['screen-capture-error', 'screen-capture', (e: { error: { code: string } }) => e.error.code],
];

export const mount: Mount = (container, { log, ...props }) => {
  container.innerHTML = markup;
  for (const [name, selector, field] of handlers) {
    container
      .querySelector(selector)!
      .addEventListener(name, (e) => log(name, e, field(e as never)));
  }
  const capture = container.querySelector('media-capture') as MediaCaptureElement;
  const list = container.querySelector('#by-property') as TrackListElement;
  const apply = (patch: typeof props) => {
    if ('constraints' in patch) capture.constraints = patch.constraints;
    if ('listStream' in patch) list.stream = patch.listStream;
    if ('width' in patch) {
      if (patch.width === undefined) capture.removeAttribute('width');
      else capture.setAttribute('width', patch.width);
    }
  };
  apply(props);
  return {
    async update(patch) {
      apply(patch);
    },
    unmount: () => container.replaceChildren(),
  };
};
