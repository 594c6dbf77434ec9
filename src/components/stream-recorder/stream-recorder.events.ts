// The events <stream-recorder> fires: one Event subclass each (bubbles, composed), named
// `stream-recorder-*`, with its GlobalEventHandlersEventMap entry below. src/events.ts re-exports
// this module.
import type { StreamRecorderError } from './stream-recorder.error.js';
import type { StreamRecorderStopReason } from './stream-recorder.session.js';

export { StreamRecorderError, type StreamRecorderErrorCode } from './stream-recorder.error.js';
export type { StreamRecorderStopReason } from './stream-recorder.session.js';

/** `inactive`, `recording` or `paused`, as MediaRecorder says it. */
export type StreamRecorderState = 'inactive' | 'recording' | 'paused';

const init = { bubbles: true, composed: true };

/** `<stream-recorder>` started recording. */
export class StreamRecorderStartEvent extends Event {
  constructor(
    /** The MIME type being recorded (container and codecs). */
    readonly mimeType: string,
  ) {
    super('stream-recorder-start', init);
  }
}

/** The recording was paused. */
export class StreamRecorderPauseEvent extends Event {
  constructor() {
    super('stream-recorder-pause', init);
  }
}

/** The recording was resumed. */
export class StreamRecorderResumeEvent extends Event {
  constructor() {
    super('stream-recorder-resume', init);
  }
}

/** A chunk of recorded data (every `timeslice`, and the last one at the end). */
export class StreamRecorderDataEvent extends Event {
  constructor(
    /** The chunk: the recording is these chunks in order. */
    readonly blob: Blob,
  ) {
    super('stream-recorder-data', init);
  }
}

/** The recording stopped; `blob` holds everything recorded, whatever stopped it. */
export class StreamRecorderStopEvent extends Event {
  constructor(
    /** The whole recording, playable (WebM with its duration written in). */
    readonly blob: Blob,
    /** Its MIME type (container and codecs). */
    readonly mimeType: string,
    /** Milliseconds recorded, pauses excluded. */
    readonly duration: number,
    /** Why it stopped: `stop`, `max-duration`, `ended`, `stream-change`, `disconnect` or `error`. */
    readonly reason: StreamRecorderStopReason,
  ) {
    super('stream-recorder-stop', init);
  }
}

/** Recording could not start, or the recorder failed (the recording then stops with reason `error`). */
export class StreamRecorderErrorEvent extends Event {
  constructor(readonly error: StreamRecorderError) {
    super('stream-recorder-error', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stream-recorder-start': StreamRecorderStartEvent;
    'stream-recorder-pause': StreamRecorderPauseEvent;
    'stream-recorder-resume': StreamRecorderResumeEvent;
    'stream-recorder-data': StreamRecorderDataEvent;
    'stream-recorder-stop': StreamRecorderStopEvent;
    'stream-recorder-error': StreamRecorderErrorEvent;
  }
}
