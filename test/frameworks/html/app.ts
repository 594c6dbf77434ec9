// Plain HTML: the markup as written in a page, properties set and listeners added by a script.
import type { MediaCaptureElement, TrackListElement } from '../../../src/index.js';
import type { Mount } from '../app.js';

const markup = `
  <media-capture video facing-mode="user">
    <stream-mirror mirrored></stream-mirror>
    <track-list></track-list>
  </media-capture>
  <track-list id="by-property"></track-list>`;

const handlers: Record<string, [string, (e: never) => unknown]> = {
  'media-capture-statechange': ['media-capture', (e: { state: string }) => e.state],
  'stream-change': ['media-capture', (e: { stream: MediaStream | null }) => e.stream],
  'media-capture-start': ['media-capture', (e: { stream: MediaStream }) => e.stream],
  'media-capture-stop': ['media-capture', (e: { reason: string }) => e.reason],
  'media-capture-error': ['media-capture', (e: { error: { code: string } }) => e.error.code],
  'media-capture-permissionchange': [
    'media-capture',
    (e: { permission: { camera: string } }) => e.permission.camera,
  ],
  'stream-mirror-ready': ['stream-mirror', (e: { width: number }) => e.width],
  'stream-mirror-resize': ['stream-mirror', (e: { width: number }) => e.width],
  'track-list-toggle': ['media-capture track-list', (e: { enabled: boolean }) => e.enabled],
  'track-list-stop': ['media-capture track-list', (e: { track: MediaStreamTrack }) => e.track.kind],
};

export const mount: Mount = (container, { log, ...props }) => {
  container.innerHTML = markup;
  for (const [name, [selector, field]] of Object.entries(handlers)) {
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
