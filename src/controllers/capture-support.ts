import { MediaCaptureError, toMediaCaptureError } from '../errors.js';
import { onTrackRegistryChange, releaseTracks, watchStream } from './track-registry.js';

/** A promise with its settle functions; never an unhandled rejection. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => {}); // a restart nobody awaits must not be an unhandled rejection
  return { promise, resolve, reject };
}

/** `JSON.stringify` that says "unreadable" instead of throwing (BigInt, cycles, throwing getters). */
export function keyOf(request: unknown): string {
  try {
    return JSON.stringify(request) ?? '';
  } catch {
    return `unreadable ${Math.random()}`;
  }
}

/**
 * Runs `obtain` (getUserMedia, getDisplayMedia, …) so that it rejects with `signal.reason` once
 * aborted; a stream that arrives after that is released.
 */
export function obtainUntil(
  obtain: () => Promise<MediaStream>,
  signal: AbortSignal,
): Promise<MediaStream> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    obtain().then((stream) => {
      if (signal.aborted) releaseTracks(stream.getTracks());
      else resolve(stream);
    }, reject);
  });
}

/**
 * Whether the page is not a secure context (no capture API is exposed there). Read through
 * `Reflect.get`: WebKitGTK 2.50, once several pages have loaded the kit in one process, answers a
 * plain `window.isSecureContext` read inside the element from a stale cache (measured).
 */
export function insecureContext(): boolean {
  return Reflect.get(window, 'isSecureContext') === false;
}

/**
 * Calls `allEnded(byKit)` when a change leaves every track of `stream` ended. The registry tells
 * each platform `ended` and each stop (`stop()` fires no `ended`); `byKit`: a kit element stopped
 * it, else it ended without the kit (device gone, access revoked, app code's `stop()` found by the
 * once-a-second check). Returns the function that stops watching (by hand: cheaper than an abort).
 */
export function watchAllEnded(stream: MediaStream, allEnded: (byKit: boolean) => void): () => void {
  const off = onTrackRegistryChange((change) => {
    if (change.kind !== 'stopped' && change.kind !== 'ended') return;
    if (stream.getTracks().every((track) => track.readyState === 'ended')) allEnded(change.byKit);
  });
  const unwatch = watchStream(stream);
  return () => {
    off();
    unwatch();
  };
}

/** The codes a capture ends `denied` for (access refused); any other failure is `error`. */
const DENIED_CODES = new Set([
  'permission-denied',
  'permission-dismissed',
  'system-denied',
  'policy-blocked',
]);

/** The state a capture that failed with `error` ends in. */
export const failedState = (error: MediaCaptureError): 'denied' | 'error' =>
  DENIED_CODES.has(error.code) ? 'denied' : 'error';

/**
 * A `start()` waiting for code its request needs: the calls made meanwhile share one promise, and
 * `giveUp()` (stop, disconnection) makes it reject `aborted` instead of starting.
 */
export class LoadingWait {
  #waiting?: Promise<MediaStream>;
  /** Counts the give-ups, so a wait knows whether one came while it waited. */
  #epoch = 0;

  /** `start()` once `loading` settles; `failed(error)` if it rejects. */
  wait(
    loading: Promise<unknown>,
    start: () => Promise<MediaStream>,
    failed: (error: MediaCaptureError) => Promise<MediaStream>,
  ): Promise<MediaStream> {
    return (this.#waiting ??= this.#after(loading, start, failed));
  }

  giveUp(): void {
    this.#epoch++;
    this.#waiting = undefined;
  }

  async #after(
    loading: Promise<unknown>,
    start: () => Promise<MediaStream>,
    failed: (error: MediaCaptureError) => Promise<MediaStream>,
  ): Promise<MediaStream> {
    const epoch = this.#epoch;
    const error = await loading.then(
      () => null,
      (cause: unknown) => toMediaCaptureError(cause),
    );
    if (epoch !== this.#epoch) throw new MediaCaptureError('aborted');
    this.#waiting = undefined;
    return error ? failed(error) : start();
  }
}

/** A pending request: its abort, and the timer that aborts it with `timeout`. */
export interface Bounded {
  abort: AbortController;
  timer?: ReturnType<typeof setTimeout>;
}

/** Arms `pending`'s bound once (an armed one is kept); `ms` 0 lifts it (a prompt may show). */
export function bound(pending: Bounded, ms: number): void {
  if (!ms) return unbound(pending);
  pending.timer ??= setTimeout(() => pending.abort.abort(new MediaCaptureError('timeout')), ms);
}

export function unbound(pending: Bounded): void {
  clearTimeout(pending.timer);
  pending.timer = undefined;
}
