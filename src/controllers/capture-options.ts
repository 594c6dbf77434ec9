import type { MediaCaptureError } from '../errors.js';
import type { CaptureEvents } from './capture-emissions.js';

/** What a source element tells the capture machinery. */
export interface CaptureOptions<Request> {
  /** Obtains a stream; rejects with `signal.reason` once aborted (a late stream is released). */
  acquire(request: Request, signal: AbortSignal): Promise<MediaStream>;
  /** The request built from attributes or properties; throws `invalid-constraints`. */
  request(): Request;
  /** Milliseconds that bound `request` now (0 = unbounded: a prompt may be showing). */
  timeout(request: Request): number;
  /** Every track ended without the kit: the error to end in, or `null` to go `idle`. */
  ended(request: Request): Promise<MediaCaptureError | null>;
  /** Called after every state commit, before any event fires. */
  committed(): void;
  /**
   * Whether `error` is a refusal that is no failure (`<screen-capture>`: the platform's own gesture
   * rule): the state goes back to `idle`, no error event fires, `start()` rejects with it.
   */
  refused?(error: MediaCaptureError): boolean;
  /** What the request still waits for (code loading); `start()` waits for it, then builds it. */
  loading?(): Promise<unknown> | undefined;
  events: CaptureEvents;
}
