import { MediaCaptureError, toMediaCaptureError } from '../errors.js';
import { keyOf } from './capture-support.js';
import { releaseTracks } from './track-registry.js';

/** A live capture: the request its stream answers, and every track it brought. */
export interface LiveCapture<Request> {
  key: string;
  request: Request;
  tracks: MediaStreamTrack[];
  /** The device switch in flight; a release or a newer switch aborts it. */
  switch?: AbortController;
}

/** What a device switch needs of the capture whose tracks it replaces. */
export interface SwitchTarget<Request> {
  /** The live capture, or `undefined` when not live. */
  live(): LiveCapture<Request> | undefined;
  /** The capture's stream now. */
  stream(): MediaStream | null;
  acquire(request: Request, signal: AbortSignal): Promise<MediaStream>;
  /** The request the host's attributes and properties build now; throws `invalid-constraints`. */
  request(): Request;
  /**
   * `stream` is the live stream now: release `dropped`, fire `stream-change`, call `swapped`,
   * then watch it (bookkeeping no listener of the events needs comes after them).
   */
  swap(stream: MediaStream, dropped: MediaStreamTrack[], swapped: () => void): void;
}

/** What the host does as a device switch completes. */
export interface SwitchHooks {
  /** Before the live request is re-read: record the new device (not a constraint change). */
  settle(): void;
  /** Right after `stream-change`, before any update renders: announce the switch. */
  swapped(stream: MediaStream): void;
}

/**
 * Replaces the live tracks of `kind` with those `request` obtains (a device switch): the other
 * kind's tracks stay, the old tracks of `kind` stop once the new ones are live, and `stream`
 * becomes a new MediaStream of both. A failure leaves the stream as it was.
 */
export async function replaceKind<Request>(
  target: SwitchTarget<Request>,
  kind: 'audio' | 'video',
  request: Request,
  hooks: SwitchHooks,
): Promise<MediaStream> {
  const live = target.live();
  if (!live) {
    throw new MediaCaptureError('aborted', {
      message: 'There is no live capture to switch a device of: start() it first.',
    });
  }
  live.switch?.abort(new MediaCaptureError('aborted'));
  const abort = (live.switch = new AbortController());
  let incoming: MediaStream;
  try {
    incoming = await target.acquire(request, abort.signal);
  } catch (error) {
    throw toMediaCaptureError(error);
  }
  if (abort.signal.aborted || live !== target.live()) {
    releaseTracks(incoming.getTracks());
    throw new MediaCaptureError('aborted');
  }
  live.switch = undefined;
  const fresh = incoming.getTracks().filter((track) => track.kind === kind);
  const kept = target
    .stream()!
    .getTracks()
    .filter((track) => track.kind !== kind);
  const dropped = live.tracks.filter((track) => track.kind === kind);
  const stream = new MediaStream([...kept, ...fresh]);
  hooks.settle();
  live.tracks = [...live.tracks.filter((track) => track.kind !== kind), ...fresh];
  try {
    live.request = target.request();
    live.key = keyOf(live.request);
  } catch {
    // an invalid attribute: the next start() reports it
  }
  target.swap(stream, dropped, () => hooks.swapped(stream));
  return stream;
}
