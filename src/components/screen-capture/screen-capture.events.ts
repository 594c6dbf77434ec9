// The events <screen-capture> fires: one Event subclass each (bubbles, composed), named
// `screen-capture-*`, with the same fields as <media-capture>'s. src/events.ts re-exports this module.
import type { MediaCaptureError } from '../../errors.js';
import type { MediaCaptureState, MediaCaptureStopReason } from '../../events.js';

const init = { bubbles: true, composed: true };

/** `<screen-capture>` went live. */
export class ScreenCaptureStartEvent extends Event {
  constructor(readonly stream: MediaStream) {
    super('screen-capture-start', init);
  }
}

/**
 * `<screen-capture>` released its stream; `stream` is the released one. `reason` `ended` is the
 * user's own "Stop sharing" (every track ended without the kit).
 */
export class ScreenCaptureStopEvent extends Event {
  constructor(
    readonly reason: MediaCaptureStopReason,
    readonly stream: MediaStream,
  ) {
    super('screen-capture-stop', init);
  }
}

/** A screen capture request failed or the capture ended in error. */
export class ScreenCaptureErrorEvent extends Event {
  constructor(readonly error: MediaCaptureError) {
    super('screen-capture-error', init);
  }
}

/** `<screen-capture>`'s `state` changed. */
export class ScreenCaptureStateChangeEvent extends Event {
  constructor(
    readonly state: MediaCaptureState,
    readonly previous: MediaCaptureState,
  ) {
    super('screen-capture-statechange', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'screen-capture-start': ScreenCaptureStartEvent;
    'screen-capture-stop': ScreenCaptureStopEvent;
    'screen-capture-error': ScreenCaptureErrorEvent;
    'screen-capture-statechange': ScreenCaptureStateChangeEvent;
  }
}
