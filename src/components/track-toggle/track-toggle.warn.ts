import {
  everyFrame,
  LevelProbe,
  levelSupported,
  SpeechDetector,
} from '../audio-meter/audio-meter.audio.js';

/** Speech louder than this (dBFS) while muted is worth a warning: the meter's default. */
const THRESHOLD_DB = -50;
/** A pause shorter than this is part of the same burst of speech (one warning). */
const HOLD_MS = 1000;

/**
 * Listens to a muted (disabled) microphone through an enabled clone of it, on the kit's shared
 * AudioContext, and calls `speaking` when a burst of speech begins — once per burst. Runs only
 * while `watch()` has a track; at most one reading per animation frame.
 */
export class MutedSpeechWatch {
  #probe?: LevelProbe;
  #frames?: AbortController;
  #detector = new SpeechDetector();

  constructor(private readonly speaking: (track: MediaStreamTrack) => void) {}

  /** Listens to `track` (a muted microphone), or to nothing when `null`. */
  watch(track: MediaStreamTrack | null): void {
    if (track === (this.#probe?.track ?? null)) return;
    this.stop();
    if (!track || !levelSupported()) return;
    const probe = (this.#probe = new LevelProbe(track));
    probe.start();
    this.#frames = new AbortController();
    everyFrame((now) => {
      const { db } = probe.read();
      if (this.#detector.update(db, now, THRESHOLD_DB, HOLD_MS) && this.#detector.speaking) {
        this.speaking(track);
      }
    }, this.#frames.signal);
  }

  /** Stops listening and stops the clone. */
  stop(): void {
    this.#frames?.abort();
    this.#frames = undefined;
    this.#probe?.close();
    this.#probe = undefined;
    this.#detector.reset();
  }
}
