import type { RecordingSession } from './stream-recorder.session.js';

/**
 * The longest delay a timer holds (2^31 - 1 ms, about 24.8 days): a longer one fires at once
 * (HTML: the delay is a 32-bit signed integer). A longer `max-duration` is reached in steps.
 */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * The two timers of a recording: a re-render at each whole second of the running time, and the
 * `max-duration` stop. Both run only while recording (a paused take's time does not move).
 */
export class RecorderTimers {
  #tick?: ReturnType<typeof setTimeout>;
  #limit?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly tick: () => void,
    private readonly limitReached: () => void,
  ) {}

  /** Re-arms for `session` (nothing unless it is recording), with `limit` ms at most. */
  arm(session: RecordingSession | null, limit: number | undefined): void {
    this.clear();
    if (session?.state !== 'recording') return;
    this.#armTick(session);
    if (limit === undefined) return;
    this.#limit = setTimeout(
      () => {
        if (session.duration >= limit - 1) this.limitReached();
        else this.arm(session, limit); // a timer that fired early, or one step of a long limit
      },
      Math.min(limit - session.duration, LONGEST_TIMER_MS),
    );
  }

  clear(): void {
    clearTimeout(this.#tick);
    clearTimeout(this.#limit);
  }

  #armTick(session: RecordingSession): void {
    this.#tick = setTimeout(
      () => {
        this.tick();
        if (session.state === 'recording') this.#armTick(session);
      },
      1000 - (session.duration % 1000) + 5,
    );
  }
}
