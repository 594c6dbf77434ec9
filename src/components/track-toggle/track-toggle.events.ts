// The events <track-toggle> fires: one Event subclass each (bubbles, composed), named `track-toggle-*`, with
// its GlobalEventHandlersEventMap entry below. src/events.ts re-exports this module.

/** `<track-toggle>` is about to switch its kind on or off; `preventDefault()` leaves it as it is. */
export class TrackToggleChangeEvent extends Event {
  constructor(
    /** The kind of track switched: `audio` (microphone) or `video` (camera). */
    readonly kind: 'audio' | 'video',
    /** The requested new state: `true` switches on, `false` off. */
    readonly enabled: boolean,
  ) {
    super('track-toggle-change', { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * Someone spoke into a muted microphone (`warn-while-muted`): fired once per burst of speech,
 * when it begins.
 */
export class TrackToggleSpeakingWhileMutedEvent extends Event {
  constructor(
    /** The muted (disabled) microphone track that carries the speech. */
    readonly track: MediaStreamTrack,
  ) {
    super('track-toggle-speakingwhilemuted', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'track-toggle-change': TrackToggleChangeEvent;
    'track-toggle-speakingwhilemuted': TrackToggleSpeakingWhileMutedEvent;
  }
}
