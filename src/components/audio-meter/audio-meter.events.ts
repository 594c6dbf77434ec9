// The events <audio-meter> fires: one Event subclass each (bubbles, composed), named `audio-meter-*`, with
// its GlobalEventHandlersEventMap entry below. src/events.ts re-exports this module.

/** `<audio-meter>` started or stopped hearing speech (`threshold` and `hold`). */
export class AudioMeterSpeakingChangeEvent extends Event {
  constructor(
    /** Whether the sound is now at or above the threshold (or below it for less than `hold`). */
    readonly speaking: boolean,
  ) {
    super('audio-meter-speakingchange', { bubbles: true, composed: true });
  }
}

/**
 * `<audio-meter>` heard nothing at all — not even noise — for `no-signal-after` ms: the
 * microphone is muted in the system or hardware, or broken.
 */
export class AudioMeterNoSignalEvent extends Event {
  constructor(
    /** The track that carries no sound. */
    readonly track: MediaStreamTrack,
  ) {
    super('audio-meter-nosignal', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'audio-meter-speakingchange': AudioMeterSpeakingChangeEvent;
    'audio-meter-nosignal': AudioMeterNoSignalEvent;
  }
}
