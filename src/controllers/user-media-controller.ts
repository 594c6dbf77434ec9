import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MediaCaptureError, toMediaCaptureError } from '../errors.js';
import { onTrackRegistryChange, watchStream } from './track-registry.js';
import {
  MediaCaptureErrorEvent,
  MediaCaptureStartEvent,
  MediaCaptureStateChangeEvent,
  MediaCaptureStopEvent,
  StreamChangeEvent,
  type MediaCaptureState,
} from '../events.js';

const DENIED_CODES = new Set([
  'permission-denied',
  'permission-dismissed',
  'system-denied',
  'policy-blocked',
]);

/** What the host tells the controller about the request it wants. */
export interface UserMediaOptions {
  /** The request built from attributes or `constraints`; throws `invalid-constraints`. */
  constraints(): MediaStreamConstraints;
  /** Milliseconds before a request that cannot be waiting on a prompt fails; 0 = never. */
  timeout(): number;
  /** True while no permission prompt can be showing for this request (every hint `granted`). */
  promptImpossible(constraints: MediaStreamConstraints): boolean;
  /** Re-reads the permission hint (after a request, when tracks end). */
  permissionDenied(constraints: MediaStreamConstraints): Promise<boolean>;
  /** Called after every state commit, before any event fires. */
  committed(): void;
}

interface Request {
  key: string;
  constraints: MediaStreamConstraints;
  abort: AbortController;
  timer?: ReturnType<typeof setTimeout>;
}

export function stopTracks(stream: MediaStream | null | undefined): void {
  stream?.getTracks().forEach((track) => track.stop());
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => {}); // a restart nobody awaits must not be an unhandled rejection
  return { promise, resolve, reject };
}

/**
 * The capture state machine: one `getUserMedia` request at a time, superseded requests release
 * their tracks when they resolve, state committed before events fire.
 */
export class UserMediaController implements ReactiveController {
  state: MediaCaptureState = 'idle';
  stream: MediaStream | null = null;
  error: MediaCaptureError | null = null;
  #request?: Request;
  #pending?: ReturnType<typeof deferred<MediaStream>>;
  /** The request the live stream answers. */
  #live?: Pick<Request, 'key' | 'constraints'>;
  #trackWatch?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: UserMediaOptions,
  ) {
    host.addController(this);
  }

  start(): Promise<MediaStream> {
    if (this.state === 'unsupported') return Promise.reject(this.error);
    let constraints: MediaStreamConstraints;
    try {
      constraints = this.options.constraints();
    } catch (error) {
      return this.#invalid(toMediaCaptureError(error));
    }
    const key = JSON.stringify(constraints);
    if (this.state === 'requesting' && key === this.#request?.key) return this.#pending!.promise;
    if (this.state === 'live' && key === this.#live?.key) return Promise.resolve(this.stream!);
    return this.#begin(constraints, key);
  }

  /** Restarts with the latest constraints when live or requesting and they changed. */
  restart(): void {
    // Failures are reported through state and events; the promise is nobody's to await.
    if (this.state === 'live' || this.state === 'requesting') this.start().catch(() => {});
  }

  /** Releases everything and goes `idle`. */
  stop(): void {
    if (this.state === 'idle' || this.state === 'unsupported') return;
    const stream = this.#release();
    this.#rejectPending(new MediaCaptureError('aborted'));
    this.#commit('idle', null);
    if (stream) this.#emit(new MediaCaptureStopEvent('stop', stream), new StreamChangeEvent(null));
  }

  /** A move within the same task (appendChild elsewhere, a framework reordering) is not a removal. */
  hostDisconnected(): void {
    queueMicrotask(() => this.host.isConnected || this.#disconnect());
  }

  /** The element left the page: release, with no statechange (see DESIGN, the events table). */
  #disconnect(): void {
    if (this.state !== 'live' && this.state !== 'requesting') return;
    const stream = this.#release();
    this.#rejectPending(new MediaCaptureError('aborted'));
    this.#commit('idle', null, false);
    if (stream)
      this.#emit(new MediaCaptureStopEvent('disconnect', stream), new StreamChangeEvent(null));
  }

  /** The browser cannot capture here; reported once. */
  unsupported(error: MediaCaptureError): void {
    if (this.state === 'unsupported') return;
    this.#commit('unsupported', error);
    this.#emit(new MediaCaptureErrorEvent(error));
  }

  /** The permission hint changed: a pending request may now be bounded by the timeout. */
  permissionChanged(): void {
    if (this.#request) this.#armTimeout(this.#request);
  }

  #begin(constraints: MediaStreamConstraints, key: string): Promise<MediaStream> {
    const released = this.#release();
    const pending = (this.#pending ??= deferred<MediaStream>());
    const request: Request = { key, constraints, abort: new AbortController() };
    this.#request = request;
    const previous = this.#commit('requesting', null, false);
    // The request is made before any event fires: a listener calling stop() supersedes it.
    getUserMediaUntil(constraints, request.abort.signal).then(
      (stream) => this.#succeed(request, stream),
      (error: unknown) => this.#failed(request, toMediaCaptureError(error)),
    );
    this.#armTimeout(request);
    this.#emit(
      previous !== 'requesting' && new MediaCaptureStateChangeEvent('requesting', previous),
      released && new MediaCaptureStopEvent('restart', released),
      released && new StreamChangeEvent(null),
    );
    return pending.promise;
  }

  #armTimeout(request: Request): void {
    const ms = this.options.timeout();
    if (request.timer !== undefined || !ms || !this.options.promptImpossible(request.constraints)) {
      return;
    }
    request.timer = setTimeout(() => request.abort.abort(new MediaCaptureError('timeout')), ms);
  }

  #succeed(request: Request, stream: MediaStream): void {
    if (request !== this.#request) return stopTracks(stream);
    this.#request = undefined;
    clearTimeout(request.timer);
    this.#live = request;
    this.#watchTracks(stream);
    const pending = this.#pending;
    this.#pending = undefined;
    this.#commit('live', null, false, stream);
    this.#emit(
      new MediaCaptureStateChangeEvent('live', 'requesting'),
      new StreamChangeEvent(stream),
      new MediaCaptureStartEvent(stream),
    );
    pending?.resolve(stream);
  }

  #failed(request: Request, error: MediaCaptureError): void {
    if (request !== this.#request) return; // superseded: stop() or a newer request reports
    this.#request = undefined;
    clearTimeout(request.timer);
    this.#fail(error);
  }

  /** Bad input: no request is made, and whatever was live is released. */
  #invalid(error: MediaCaptureError): Promise<never> {
    console.warn(`<${this.host.localName}>: ${error.message}`);
    const released = this.#release();
    this.#fail(error, released);
    return Promise.reject(error);
  }

  /** Commits `denied`/`error`, fires the events, rejects the pending start(). */
  #fail(error: MediaCaptureError, released: MediaStream | null = null): void {
    const pending = this.#pending;
    this.#pending = undefined;
    this.#commit(DENIED_CODES.has(error.code) ? 'denied' : 'error', error);
    this.#emit(
      released && new MediaCaptureStopEvent('restart', released),
      released && new StreamChangeEvent(null),
      new MediaCaptureErrorEvent(error),
    );
    pending?.reject(error);
  }

  #watchTracks(stream: MediaStream): void {
    this.#trackWatch = new AbortController();
    const { signal } = this.#trackWatch;
    const allEnded = () => stream.getTracks().every((track) => track.readyState === 'ended');
    for (const track of stream.getTracks()) {
      track.addEventListener('ended', () => allEnded() && void this.#ended(stream), { signal });
    }
    // `track.stop()` fires no `ended`. Every track stopped through a kit element is a stop; every
    // track found ended by the registry's once-a-second check (app code's `stop()`, or an `ended`
    // no listener heard: Firefox ESR 153 delivers a dispatched `ended` to `onended` only) ended
    // without the kit.
    onTrackRegistryChange((change) => {
      if (change.kind !== 'stopped' || stream !== this.stream || !allEnded()) return;
      if (change.byKit) this.stop();
      else void this.#ended(stream);
    }, signal);
    watchStream(stream, signal);
  }

  /** Every track ended without the kit stopping it: the device went away or access was revoked. */
  async #ended(stream: MediaStream): Promise<void> {
    this.#trackWatch?.abort();
    const denied = await this.options.permissionDenied(this.#live!.constraints);
    if (stream !== this.stream) return; // stopped or restarted meanwhile
    this.#release();
    const error = new MediaCaptureError(denied ? 'permission-denied' : 'track-ended');
    this.#commit(denied ? 'denied' : 'error', error, false);
    this.#emit(
      new MediaCaptureStateChangeEvent(this.state, 'live'),
      new MediaCaptureStopEvent('ended', stream),
      new StreamChangeEvent(null),
      !denied && new MediaCaptureErrorEvent(error),
    );
  }

  /** Stops the live tracks and supersedes a pending request; returns the released stream. */
  #release(): MediaStream | null {
    const stream = this.stream;
    this.#trackWatch?.abort();
    stopTracks(stream);
    this.stream = null;
    this.#live = undefined;
    if (this.#request) {
      clearTimeout(this.#request.timer);
      this.#request.abort.abort(new MediaCaptureError('aborted'));
      this.#request = undefined;
    }
    return stream;
  }

  #rejectPending(error: MediaCaptureError): void {
    this.#pending?.reject(error);
    this.#pending = undefined;
  }

  /** Commits state, then (unless told not to) fires statechange; returns the previous state. */
  #commit(
    state: MediaCaptureState,
    error: MediaCaptureError | null,
    announce = true,
    stream: MediaStream | null = null,
  ): MediaCaptureState {
    const previous = this.state;
    this.state = state;
    this.error = error;
    this.stream = stream;
    this.options.committed();
    if (announce && previous !== state) {
      this.host.dispatchEvent(new MediaCaptureStateChangeEvent(state, previous));
    }
    return previous;
  }

  /**
   * Fires each event that still describes the element: a listener may call stop() or start(), and
   * later listeners must not then hear of a state or stream that is already gone.
   */
  #emit(...events: (Event | false | null)[]): void {
    for (const event of events) if (event && this.#current(event)) this.host.dispatchEvent(event);
  }

  #current(event: Event): boolean {
    if (event instanceof MediaCaptureStateChangeEvent) return event.state === this.state;
    if (event instanceof StreamChangeEvent || event instanceof MediaCaptureStartEvent) {
      return event.stream === this.stream;
    }
    if (event instanceof MediaCaptureErrorEvent) return event.error === this.error;
    return true; // a stop reports a release that happened
  }
}

/** getUserMedia that rejects with the signal's reason when aborted, and stops a stream that arrives late. */
function getUserMediaUntil(
  constraints: MediaStreamConstraints,
  signal: AbortSignal,
): Promise<MediaStream> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    navigator.mediaDevices.getUserMedia(constraints).then((stream) => {
      if (signal.aborted) stopTracks(stream);
      else resolve(stream);
    }, reject);
  });
}
