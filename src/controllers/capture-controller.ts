import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MediaCaptureError, toMediaCaptureError } from '../errors.js';
import type { MediaCaptureState } from '../events.js';
import { CaptureEmitter } from './capture-emissions.js';
import type { CaptureOptions } from './capture-options.js';
import {
  deferred,
  failedState,
  keyOf,
  LoadingWait,
  bound,
  type Bounded,
  unbound,
  watchAllEnded,
} from './capture-support.js';
import {
  replaceKind,
  type LiveCapture,
  type SwitchHooks,
  type SwitchTarget,
} from './capture-switch.js';
import { StreamSourceController } from './stream-source-controller.js';
import { claim, trackEvent } from './told.js';
import { releaseTracks } from './track-registry.js';

interface Pending<Request> extends Bounded {
  key: string;
  request: Request;
}

/**
 * The capture state machine shared by every source element: one request at a time; a superseded
 * request releases its tracks when it resolves; every track the kit obtained is stopped on release
 * (through the track registry, so every consumer goes dark at once); all-ended detection; state
 * committed before any event fires.
 */
export class CaptureController<Request> implements ReactiveController {
  state: MediaCaptureState = 'idle';
  error: MediaCaptureError | null = null;
  /** The refusal (see `CaptureOptions.refused`) that sent the state back to `idle`, while idle. */
  refusal: MediaCaptureError | null = null;
  readonly source: StreamSourceController;
  #pending?: Pending<Request>;
  #promise?: ReturnType<typeof deferred<MediaStream>>;
  /** The request the live stream answers, every track it brought, its device switch in flight. */
  #live?: LiveCapture<Request>;
  /** A `start()` waiting on `options.loading`. */
  readonly #loading = new LoadingWait();
  /** Stops watching the live stream's tracks; calling it again does nothing. */
  #unwatchTracks?: () => void;
  readonly #emitter: CaptureEmitter;
  readonly #switchTarget: SwitchTarget<Request>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CaptureOptions<Request>,
  ) {
    this.source = new StreamSourceController(host);
    this.#emitter = new CaptureEmitter(host, this, options.events);
    this.#switchTarget = {
      live: () => (this.state === 'live' ? this.#live : undefined),
      stream: () => this.stream,
      acquire: (request, signal) => options.acquire(request, signal),
      request: () => options.request(),
      // A switch commits no state: the new track is live as soon as the stream is set and the
      // old ones released; watching the new stream waits until the events are out.
      swap: (stream, dropped, swapped) => {
        this.source.set(stream);
        releaseTracks(dropped);
        this.#emitter.emit(this.#emitter.streamChange());
        swapped();
        if (this.stream !== stream) return; // a listener stopped or restarted the capture
        this.#unwatchTracks?.();
        this.#watchTracks(stream);
        options.committed();
      },
    };
    host.addController(this);
  }

  get stream(): MediaStream | null {
    return this.source.stream;
  }

  /** The request the live stream answers. */
  get request(): Request | undefined {
    return this.#live?.request;
  }

  start(): Promise<MediaStream> {
    if (this.state === 'unsupported') return Promise.reject(this.error);
    const loading = this.options.loading?.();
    if (loading)
      return this.#loading.wait(
        loading,
        () => this.start(),
        (e) => this.#invalid(e),
      );
    let request: Request;
    try {
      request = this.options.request();
    } catch (error) {
      return this.#invalid(toMediaCaptureError(error));
    }
    const key = keyOf(request);
    if (this.state === 'requesting' && key === this.#pending?.key) return this.#promise!.promise;
    if (this.state === 'live' && key === this.#live?.key) return Promise.resolve(this.stream!);
    return this.#begin(request, key);
  }

  /** Restarts with the latest request when live or requesting and it changed. */
  restart(): void {
    // Failures are reported through state and events; the promise is nobody's to await.
    if (this.state === 'live' || this.state === 'requesting') this.start().catch(() => {});
  }

  /** Releases everything and goes `idle`. */
  stop(): void {
    this.#loading.giveUp();
    this.#toIdle('stop');
  }

  /** Replaces the live tracks of `kind` with those `request` obtains (see `replaceKind`). */
  replaceKind(kind: 'audio' | 'video', request: Request, hooks: SwitchHooks): Promise<MediaStream> {
    return replaceKind(this.#switchTarget, kind, request, hooks);
  }

  /** A move within the same task (appendChild elsewhere, a framework reordering) is not a removal. */
  hostDisconnected(): void {
    queueMicrotask(() => this.host.isConnected || this.#disconnect());
  }

  /** The browser cannot capture here; reported once. */
  unsupported(error: MediaCaptureError): void {
    if (this.state === 'unsupported') return;
    this.#commit('unsupported', error);
    this.#emitter.emit(this.#emitter.error(error));
  }

  /**
   * Something that bounds a pending request changed (the permission hint): arm its timeout, or
   * clear it when the request is no longer bounded (a prompt may be showing).
   */
  rearm(): void {
    const pending = this.#pending;
    if (pending) bound(pending, this.options.timeout(pending.request));
  }

  /**
   * The element left the page: `idle` from any state but `unsupported`, releasing what it holds,
   * with no statechange (see DESIGN, the events table).
   */
  #disconnect(): void {
    this.#loading.giveUp();
    this.#toIdle('disconnect');
  }

  /**
   * From any state but `idle` and `unsupported`: releases everything and commits `idle`, with a
   * statechange for `stop`, none for `disconnect`.
   */
  #toIdle(reason: 'stop' | 'disconnect'): void {
    if (this.state === 'idle' || this.state === 'unsupported') return;
    const stream = this.#release();
    this.#promise?.reject(new MediaCaptureError('aborted'));
    this.#promise = undefined;
    this.#commit('idle', null, reason === 'stop');
    if (stream) {
      this.#emitter.emit(this.#emitter.stop(reason, stream), this.#emitter.streamChange());
    }
  }

  #begin(request: Request, key: string): Promise<MediaStream> {
    const released = this.#release();
    const promise = (this.#promise ??= deferred<MediaStream>());
    const pending: Pending<Request> = { key, request, abort: new AbortController() };
    this.#pending = pending;
    // The request is made first, before the state commits (its attribute, custom state and
    // announcement cost a cold page milliseconds the browser can spend opening the device) and
    // before any event fires: a listener calling stop() supersedes it.
    let acquired: Promise<MediaStream>;
    try {
      acquired = this.options.acquire(request, pending.abort.signal);
    } catch (error) {
      acquired = Promise.reject(error);
    }
    const previous = this.#commit('requesting', null, false);
    acquired.then(
      (stream) => this.#succeed(pending, stream),
      (error: unknown) => this.#failed(pending, toMediaCaptureError(error)),
    );
    bound(pending, this.options.timeout(request));
    this.#emitter.emit(
      previous !== 'requesting' && this.#emitter.statechange(previous),
      released && this.#emitter.stop('restart', released),
      released && this.#emitter.streamChange(),
    );
    return promise.promise;
  }

  #succeed(pending: Pending<Request>, stream: MediaStream): void {
    if (pending !== this.#pending) return releaseTracks(stream.getTracks());
    this.#pending = undefined;
    unbound(pending);
    this.#live = { key: pending.key, request: pending.request, tracks: stream.getTracks() };
    this.#watchTracks(stream);
    const promise = this.#promise;
    this.#promise = undefined;
    this.#commit('live', null, false, stream);
    this.#emitter.emit(
      this.#emitter.statechange('requesting'),
      this.#emitter.streamChange(),
      this.#emitter.start(stream),
    );
    promise?.resolve(stream);
  }

  #failed(pending: Pending<Request>, error: MediaCaptureError): void {
    if (pending !== this.#pending) return; // superseded: stop() or a newer request reports
    this.#pending = undefined;
    unbound(pending);
    if (!this.options.refused?.(error)) return this.#fail(error);
    const promise = this.#promise;
    this.#promise = undefined;
    this.refusal = error;
    this.#commit('idle', null);
    promise?.reject(error);
  }

  /** Bad input: no request is made, and whatever was live is released. */
  #invalid(error: MediaCaptureError): Promise<never> {
    console.warn(`<${this.host.localName}>: ${error.message}`);
    this.#fail(error, this.#release());
    return Promise.reject(error);
  }

  /** Commits `denied`/`error`, fires the events, rejects the pending start(). */
  #fail(error: MediaCaptureError, released: MediaStream | null = null): void {
    const promise = this.#promise;
    this.#promise = undefined;
    this.#commit(failedState(error), error);
    this.#emitter.emit(
      released && this.#emitter.stop('restart', released),
      released && this.#emitter.streamChange(),
      this.#emitter.error(error),
    );
    promise?.reject(error);
  }

  /** Every track of the live stream ended: stopped through a kit element, or without the kit. */
  #watchTracks(stream: MediaStream): void {
    this.#unwatchTracks = watchAllEnded(stream, (byKit) => {
      if (stream !== this.stream) return;
      if (byKit) this.stop();
      else void this.#ended(stream);
    });
  }

  /** Every track ended without the kit stopping it: the device went away or access was revoked. */
  async #ended(stream: MediaStream): Promise<void> {
    this.#unwatchTracks?.();
    // The capture tells it (once its state is known): its tracks' ends are not told again.
    claim(
      this.host,
      stream.getTracks().map((track) => trackEvent(track, 'ended')),
    );
    const error = await this.options.ended(this.#live!.request);
    if (stream !== this.stream) return; // stopped or restarted meanwhile
    this.#release();
    const state = error ? failedState(error) : 'idle';
    this.#commit(state, error, false);
    this.#emitter.emit(
      this.#emitter.statechange('live'),
      this.#emitter.stop('ended', stream),
      this.#emitter.streamChange(),
      state === 'error' && this.#emitter.error(error!),
    );
  }

  /** Stops every track the kit obtained and supersedes a pending request; returns the stream. */
  #release(): MediaStream | null {
    const stream = this.stream;
    this.#unwatchTracks?.();
    releaseTracks(this.#live?.tracks ?? []);
    this.#live?.switch?.abort(new MediaCaptureError('aborted'));
    this.source.set(null);
    this.#live = undefined;
    if (this.#pending) {
      unbound(this.#pending);
      this.#pending.abort.abort(new MediaCaptureError('aborted'));
      this.#pending = undefined;
    }
    return stream;
  }

  /** Commits state, then (unless told not to) fires statechange; returns the previous state. */
  #commit(
    state: MediaCaptureState,
    error: MediaCaptureError | null,
    announce = true,
    stream: MediaStream | null = null,
  ): MediaCaptureState {
    const previous = this.state;
    if (state !== 'idle') this.refusal = null;
    this.state = state;
    this.error = error;
    this.source.set(stream);
    this.options.committed();
    if (announce && previous !== state) {
      this.host.dispatchEvent(this.options.events.statechange(state, previous));
    }
    return previous;
  }
}
