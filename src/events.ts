import type { MediaCaptureError } from './errors.js';

export type MediaCaptureState = 'idle' | 'requesting' | 'live' | 'denied' | 'error' | 'unsupported';
export type PermissionHint = 'granted' | 'denied' | 'prompt' | 'unknown';
export interface MediaCapturePermission {
  readonly camera: PermissionHint;
  readonly microphone: PermissionHint;
}
export type MediaCaptureStopReason = 'stop' | 'ended' | 'restart' | 'disconnect';

const init = { bubbles: true, composed: true };

/** A source's `stream` changed (the source protocol: every source fires it). */
export class StreamChangeEvent extends Event {
  constructor(readonly stream: MediaStream | null) {
    super('stream-change', init);
  }
}

/** `<media-capture>` went live. */
export class MediaCaptureStartEvent extends Event {
  constructor(readonly stream: MediaStream) {
    super('media-capture-start', init);
  }
}

/** `<media-capture>` released its stream; `stream` is the released one. */
export class MediaCaptureStopEvent extends Event {
  constructor(
    readonly reason: MediaCaptureStopReason,
    readonly stream: MediaStream,
  ) {
    super('media-capture-stop', init);
  }
}

/** A request failed or the capture ended in error. */
export class MediaCaptureErrorEvent extends Event {
  constructor(readonly error: MediaCaptureError) {
    super('media-capture-error', init);
  }
}

/** `<media-capture>`'s `state` changed. */
export class MediaCaptureStateChangeEvent extends Event {
  constructor(
    readonly state: MediaCaptureState,
    readonly previous: MediaCaptureState,
  ) {
    super('media-capture-statechange', init);
  }
}

/** The permission hint for the camera or microphone changed. */
export class MediaCapturePermissionChangeEvent extends Event {
  constructor(readonly permission: MediaCapturePermission) {
    super('media-capture-permissionchange', init);
  }
}

/** `switchDevice()` replaced the track of one kind with one from the chosen device. */
export class MediaCaptureDeviceChangeEvent extends Event {
  constructor(
    readonly kind: 'audioinput' | 'videoinput',
    readonly deviceId: string,
    /** The new track. */
    readonly track: MediaStreamTrack,
  ) {
    super('media-capture-devicechange', init);
  }
}

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
    'stream-change': StreamChangeEvent;
    'media-capture-start': MediaCaptureStartEvent;
    'media-capture-stop': MediaCaptureStopEvent;
    'media-capture-error': MediaCaptureErrorEvent;
    'media-capture-statechange': MediaCaptureStateChangeEvent;
    'media-capture-permissionchange': MediaCapturePermissionChangeEvent;
    'media-capture-devicechange': MediaCaptureDeviceChangeEvent;
    'stream-mirror-ready': StreamMirrorReadyEvent;
    'stream-mirror-resize': StreamMirrorResizeEvent;
    'track-list-toggle': TrackListToggleEvent;
    'track-list-stop': TrackListStopEvent;
  }
}
