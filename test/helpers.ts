// Shared fixtures: every track the platform hands out is recorded, so each suite can assert that
// nothing is left live. The spies call through to the real platform; they stub nothing.
import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';

const created: MediaStreamTrack[] = [];
const pending = new Set<Promise<unknown>>();
export const calls: MediaStreamConstraints[] = [];

const realGetUserMedia = MediaDevices.prototype.getUserMedia;
MediaDevices.prototype.getUserMedia = function (constraints?: MediaStreamConstraints) {
  calls.push(constraints ?? {});
  const request = realGetUserMedia.call(this, constraints).then((stream) => {
    created.push(...stream.getTracks());
    return stream;
  });
  pending.add(request);
  const forget = () => pending.delete(request);
  request.then(forget, forget);
  return request;
};

const realClone = MediaStreamTrack.prototype.clone;
MediaStreamTrack.prototype.clone = function () {
  const clone = realClone.call(this);
  created.push(clone);
  return clone;
};

/** Every track the platform created during this test, in creation order. */
export function createdTracks(): MediaStreamTrack[] {
  return [...created];
}

/** Tracks the platform created during this test that are still live. */
export function liveTracks(): MediaStreamTrack[] {
  return created.filter((track) => track.readyState === 'live');
}

/** Resolves when every getUserMedia call made so far has settled (or after `ms`). */
export async function requestsSettled(ms = 5000): Promise<void> {
  await Promise.race([
    Promise.allSettled([...pending]),
    new Promise((resolve) => setTimeout(resolve, ms)),
  ]);
}

/** Replaces `object[key]` for one test; returns the function that puts it back. */
export function stub<T extends object, K extends keyof T>(object: T, key: K, value: T[K]) {
  const own = Object.getOwnPropertyDescriptor(object, key);
  Object.defineProperty(object, key, { value, configurable: true, writable: true });
  const restore = () => {
    if (own) Object.defineProperty(object, key, own);
    else delete object[key];
  };
  stubs.push(restore);
  return restore;
}
const stubs: (() => void)[] = [];

/** Collects events of the given types in firing order. */
export function record(target: EventTarget, ...types: string[]) {
  const events: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => events.push(event));
  return events;
}

const agent = navigator.userAgent;
/** The engine running this test (facts about its fake devices differ: see TESTING.md). */
export const engine = /Firefox\//.test(agent)
  ? 'firefox'
  : /Chrome\//.test(agent)
    ? 'chromium'
    : 'webkit';
/** Measured: WebKitGTK's mock camera always delivers 640×480, even for an exact 160×120. */
export const fakeCameraScales = engine !== 'webkit';

/** What the Permissions API itself says now for camera and microphone (`unknown` where it throws). */
export async function queryPermissions() {
  const read = (name: string) =>
    navigator.permissions
      .query({ name: name as PermissionName })
      .then((status) => status.state as string)
      .catch(() => 'unknown');
  const [camera, microphone] = await Promise.all([read('camera'), read('microphone')]);
  return { camera, microphone };
}

/** The next `type` event on `target`, typed from the global event map. */
export const once = <K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K) =>
  oneEvent<GlobalEventHandlersEventMap[K]>(target, type);

export const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** What a listener saw: the event and the element's committed state at dispatch time. */
export interface Seen {
  type: string;
  event: Event;
  state: string;
  stateAttribute: string | null;
  stream: MediaStream | null;
  error: unknown;
}

const CAPTURE_EVENTS = [
  'media-capture-statechange',
  'media-capture-start',
  'media-capture-stop',
  'media-capture-error',
  'stream-change',
] as const;

/** Records `<media-capture>`'s events (not permissionchange) with what the element said at the time. */
export function recordCapture(
  el: HTMLElement & { state: string; stream: MediaStream | null; error: unknown },
  types: readonly string[] = CAPTURE_EVENTS,
) {
  const seen: Seen[] = [];
  for (const type of types) {
    el.addEventListener(type, (event) =>
      seen.push({
        type,
        event,
        state: el.state,
        stateAttribute: el.getAttribute('state'),
        stream: el.stream,
        error: el.error,
      }),
    );
  }
  return seen;
}

/** A short description of each recorded event, for `deep.equal` on the order. */
export function describeEvents(seen: readonly Seen[]): string[] {
  return seen.map(({ type, event }) => {
    const e = event as Event & Record<string, unknown>;
    switch (type) {
      case 'media-capture-statechange':
        return `statechange ${e.previous}→${e.state}`;
      case 'media-capture-stop':
        return `stop ${e.reason}`;
      case 'media-capture-error':
        return `error ${(e.error as { code: string }).code}`;
      case 'stream-change':
        return `stream-change ${e.stream ? 'stream' : 'null'}`;
      default:
        return type;
    }
  });
}

/** Records a call like the getUserMedia spy does, for stubs that replace it. */
function recordCall(constraints?: MediaStreamConstraints) {
  calls.push(constraints ?? {});
}

/** getUserMedia never settles (a stuck driver, or a prompt nobody answers). */
export function hangingGetUserMedia() {
  return stub(navigator.mediaDevices, 'getUserMedia', (constraints?: MediaStreamConstraints) => {
    recordCall(constraints);
    return new Promise<MediaStream>(() => {});
  });
}

/** getUserMedia rejects with `error` (for failures no fake device can produce; say which). */
export function rejectingGetUserMedia(error: unknown) {
  return stub(navigator.mediaDevices, 'getUserMedia', (constraints?: MediaStreamConstraints) => {
    recordCall(constraints);
    return Promise.reject(error);
  });
}

/**
 * `navigator.permissions.query` answering `state` for camera and microphone. Like Safari, each
 * query returns a fresh status and none fires `change` unless `change()` is called.
 */
export function fakePermissions(initial: PermissionState) {
  let state = initial;
  const statuses: (EventTarget & { state: PermissionState; name: string })[] = [];
  stub(navigator.permissions, 'query', async (descriptor: PermissionDescriptor) => {
    const status = Object.assign(new EventTarget(), {
      state,
      name: descriptor.name,
      onchange: null,
    });
    statuses.push(status);
    return status as unknown as PermissionStatus;
  });
  return {
    /** What the next query answers; existing statuses keep their state (Safari). */
    set(next: PermissionState) {
      state = next;
    },
    /** Every status handed out changes and fires `change` (Chromium, Firefox). */
    change(next: PermissionState) {
      state = next;
      for (const status of statuses) {
        status.state = next;
        status.dispatchEvent(new Event('change'));
      }
    },
    get queries() {
      return statuses.length;
    },
  };
}

/**
 * Keeps an error thrown by one of our own listeners (`error.message === marker`) from failing the
 * test as uncaught: the browser still reports it to window `error` first.
 */
export function swallowListenerErrors(marker: string) {
  const caught: unknown[] = [];
  const ours = (error: unknown) => (error as Error | undefined)?.message === marker;
  // Mocha fails the running test from window.onerror; other listeners must not see it either.
  const previous = window.onerror;
  window.onerror = function (message, source, line, column, error) {
    if (ours(error)) return true;
    return previous?.call(this, message, source, line, column, error);
  };
  const onError = (event: ErrorEvent) => {
    if (!ours(event.error)) return;
    caught.push(event.error);
    event.preventDefault();
  };
  window.addEventListener('error', onError, { capture: true });
  cleanups.push(() => {
    window.onerror = previous;
    window.removeEventListener('error', onError, { capture: true });
  });
  return caught;
}

/**
 * Stands in for unplugging a device: the track reports `ended` and fires `ended` without any
 * script stopping it. (Stopping it first and dispatching `ended` works in Chromium, but Firefox
 * delivers no event to a stopped track, measured.) The track itself stays as it was: whoever
 * owns it must stop it; `restore()` reveals its real readyState.
 * Measured: Firefox ESR 153 delivers a dispatched `ended` to `onended` only, never to
 * addEventListener listeners; there the kit's once-a-second check notices the ended state.
 */
export function unplug(track: MediaStreamTrack) {
  const restore = stub(track, 'readyState', 'ended');
  track.dispatchEvent(new Event('ended'));
  return restore;
}

/** An element outside any fixture, removed after the test (for moves between parents). */
export function place<T extends Node>(node: T, parent: Node = document.body): T {
  parent.appendChild(node);
  cleanups.push(() => (node as unknown as ChildNode).remove?.());
  return node;
}
const cleanups: (() => void)[] = [];

afterEach(async () => {
  fixtureCleanup();
  cleanups.splice(0).forEach((cleanup) => cleanup());
  stubs.splice(0).forEach((restore) => restore());
  await nextTask();
  await requestsSettled();
  const live = liveTracks();
  created.length = 0;
  calls.length = 0;
  expect(
    live.map((t) => `${t.kind} ${t.label}`),
    'tracks left live',
  ).to.deep.equal([]);
});
