import { LevelProbe, levelSupported, SpeechDetector } from '../audio-meter/audio-meter.audio.js';

/** Speech louder than this (dBFS) while muted is worth a warning: the meter's default. */
const THRESHOLD_DB = -50;
/** A pause shorter than this is part of the same burst of speech (one warning). */
const HOLD_MS = 1000;

/**
 * Listens to a muted (disabled) microphone through an enabled clone of it, on the kit's shared
 * AudioContext, and calls `speaking` when a burst of speech begins — once per burst. Runs only
 * while `watch()` has a track and the page is shown, read on the meters' one loop at their rate.
 */
export class MutedSpeechWatch {
  #probe?: LevelProbe;
  /** Lives as long as `#probe`: its visibility listener. */
  #probeWatch?: AbortController;
  #detector = new SpeechDetector();

  constructor(private readonly speaking: (track: MediaStreamTrack) => void) {}

  /** Listens to `track` (a muted microphone), or to nothing when `null`. */
  watch(track: MediaStreamTrack | null): void {
    if (track === (this.#probe?.track ?? null)) return;
    this.stop();
    if (!track || !levelSupported()) return;
    this.#probe = new LevelProbe(track);
    this.#probeWatch = new AbortController();
    const signal = this.#probeWatch.signal;
    document.addEventListener('visibilitychange', () => this.#sync(), { signal });
    this.#sync();
  }

  /** Stops listening and stops the clone. */
  stop(): void {
    this.#probeWatch?.abort();
    this.#probeWatch = undefined;
    this.#probe?.close();
    this.#probe = undefined;
    this.#detector.reset();
  }

  /** Reads while the page is shown; a hidden page does no audio work for the warning. */
  #sync(): void {
    const probe = this.#probe;
    if (!probe) return;
    if (document.visibilityState !== 'visible') return probe.pause();
    probe.start((now) => {
      const { db } = probe.read();
      if (this.#detector.update(db, now, THRESHOLD_DB, HOLD_MS) && this.#detector.speaking) {
        this.speaking(probe.track);
      }
    });
  }
}
