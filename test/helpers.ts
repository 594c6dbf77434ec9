// Shared fixtures: every track the platform hands out is recorded, so each suite can assert that
// nothing is left live. The spies call through to the real platform; they stub nothing.
import { expect, fixtureCleanup } from '@open-wc/testing';

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

export const nextTask = () => new Promise((resolve) => setTimeout(resolve));

afterEach(async () => {
  fixtureCleanup();
  stubs.splice(0).forEach((restore) => restore());
  await nextTask();
  await requestsSettled();
  const live = liveTracks();
  created.length = 0;
  calls.length = 0;
  expect(live.map((t) => `${t.kind} ${t.label}`), 'tracks left live').to.deep.equal([]);
});
