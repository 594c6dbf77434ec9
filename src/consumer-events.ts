// Events of the stream consumers (<stream-mirror>, <track-list>). Same shape as events.ts, into
// which they are meant to be merged.

const init = { bubbles: true, composed: true };

/** The first frame of the mirror's current stream is on screen. */
export class StreamMirrorReadyEvent extends Event {
  constructor(
    /** Intrinsic width of the video, in pixels. */
    readonly width: number,
    /** Intrinsic height of the video, in pixels. */
    readonly height: number,
  ) {
    super('stream-mirror-ready', init);
  }
}

/** The intrinsic size of the mirror's video changed. */
export class StreamMirrorResizeEvent extends Event {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super('stream-mirror-resize', init);
  }
}

/** `<track-list>` is about to switch a track on or off; `preventDefault()` leaves it as it was. */
export class TrackListToggleEvent extends Event {
  constructor(
    readonly track: MediaStreamTrack,
    /** The requested new value of `track.enabled`. */
    readonly enabled: boolean,
  ) {
    super('track-list-toggle', { ...init, cancelable: true });
  }
}

/** `<track-list>` is about to stop a track; `preventDefault()` leaves it live. */
export class TrackListStopEvent extends Event {
  constructor(readonly track: MediaStreamTrack) {
    super('track-list-stop', { ...init, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stream-mirror-ready': StreamMirrorReadyEvent;
    'stream-mirror-resize': StreamMirrorResizeEvent;
    'track-list-toggle': TrackListToggleEvent;
    'track-list-stop': TrackListStopEvent;
  }
}
