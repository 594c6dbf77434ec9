import type { MediaCaptureError } from '../errors.js';
import {
  StreamChangeEvent,
  type MediaCaptureState,
  type MediaCaptureStopReason,
} from '../events.js';

/** The host's own events: `<media-capture>` fires `media-capture-*`, `<screen-capture>` its own. */
export interface CaptureEvents {
  statechange(state: MediaCaptureState, previous: MediaCaptureState): Event;
  start(stream: MediaStream): Event;
  stop(reason: MediaCaptureStopReason, stream: MediaStream): Event;
  error(error: MediaCaptureError): Event;
}

/** An event to fire, and whether it still describes the element when its turn comes. */
export type Emission = readonly [Event, () => boolean] | false | null;

/** What a capture holds now: read when an emission is built, and again when its turn comes. */
interface CaptureView {
  readonly state: MediaCaptureState;
  readonly stream: MediaStream | null;
  readonly error: MediaCaptureError | null;
}

/**
 * The events of a capture, built right after a commit and fired in order, each only while it still
 * describes the element: a listener may call stop() or start(), and later listeners must not then
 * hear of a state or stream that is already gone.
 */
export class CaptureEmitter {
  constructor(
    private readonly host: EventTarget,
    private readonly capture: CaptureView,
    private readonly events: CaptureEvents,
  ) {}

  statechange(previous: MediaCaptureState): Emission {
    const state = this.capture.state;
    return [this.events.statechange(state, previous), () => this.capture.state === state];
  }

  start(stream: MediaStream): Emission {
    return [this.events.start(stream), () => this.capture.stream === stream];
  }

  streamChange(): Emission {
    const stream = this.capture.stream;
    return [new StreamChangeEvent(stream), () => this.capture.stream === stream];
  }

  error(error: MediaCaptureError): Emission {
    return [this.events.error(error), () => this.capture.error === error];
  }

  /** A stop reports a release that happened: always fired. */
  stop(reason: MediaCaptureStopReason, stream: MediaStream): Emission {
    return [this.events.stop(reason, stream), () => true];
  }

  /** Fires each event that still describes the element. */
  emit(...emissions: Emission[]): void {
    for (const emission of emissions) {
      if (emission && emission[1]()) this.host.dispatchEvent(emission[0]);
    }
  }
}
