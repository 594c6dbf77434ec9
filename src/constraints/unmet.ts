/** A hint the device did not honour: asked `width` 1920, got 640. */
export interface UnmetConstraint {
  /** `video` or `audio`. */
  readonly kind: 'video' | 'audio';
  /** The member, as in MediaTrackConstraints: `width`, `facingMode`, `deviceId`… */
  readonly constraint: string;
  /** What was asked: a value, a list of values, or `{ min, max }`. */
  readonly asked: unknown;
  /** What the track's `getSettings()` reports; `null` when it reports nothing for it. */
  readonly got: unknown;
}

type Value = string | number | boolean;

// Frame rates are reported as measured (29.97 for 30): within 1% is met.
const TOLERANCE = 0.01;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `got` honours one asked `value` (a bare value, or a list for strings). */
function matches(value: unknown, got: unknown): boolean {
  if (Array.isArray(value)) return value.some((one) => matches(one, got));
  if (typeof value === 'number' && typeof got === 'number') {
    return Math.abs(got - value) <= Math.abs(value) * TOLERANCE;
  }
  return value === got;
}

/** What `asked` (a bare value or `{ exact, ideal, min, max }`) wants, or `undefined` for nothing. */
function wanted(asked: unknown): unknown {
  if (!isRecord(asked)) return asked;
  if (asked.exact !== undefined) return asked.exact;
  if (asked.ideal !== undefined) return asked.ideal;
  if (asked.min !== undefined || asked.max !== undefined) {
    const range: { min?: unknown; max?: unknown } = {};
    if (asked.min !== undefined) range.min = asked.min;
    if (asked.max !== undefined) range.max = asked.max;
    return range;
  }
  return undefined;
}

function met(want: unknown, got: unknown): boolean {
  if (isRecord(want)) {
    const { min, max } = want as { min?: number; max?: number };
    return (
      typeof got === 'number' &&
      (typeof min !== 'number' || got >= min * (1 - TOLERANCE)) &&
      (typeof max !== 'number' || got <= max * (1 + TOLERANCE))
    );
  }
  return matches(want, got);
}

/**
 * The hints in `constraints` that the tracks of `stream` did not honour, read from each track's
 * `getSettings()`. A value inside an asked `min`/`max` range is met; `advanced` is not checked
 * (it is a wish list the browser may drop set by set).
 */
export function unmetConstraints(
  constraints: MediaStreamConstraints,
  stream: MediaStream,
): UnmetConstraint[] {
  const unmet: UnmetConstraint[] = [];
  for (const kind of ['video', 'audio'] as const) {
    const asked = constraints[kind];
    const track = stream.getTracks().find((t) => t.kind === kind && t.readyState === 'live');
    if (!isRecord(asked) || !track) continue;
    const settings = (track.getSettings?.() ?? {}) as Record<string, Value | undefined>;
    for (const [constraint, value] of Object.entries(asked)) {
      if (constraint === 'advanced') continue;
      const want = wanted(value);
      if (want === undefined) continue;
      const got = settings[constraint] ?? null;
      if (!met(want, got)) unmet.push({ kind, constraint, asked: want, got });
    }
  }
  return unmet;
}

/** `width: asked 1920, got 640; facingMode: asked "environment", got nothing`. */
export function describeUnmet(unmet: readonly UnmetConstraint[]): string {
  const say = (value: unknown) => (value === null ? 'nothing' : JSON.stringify(value));
  return unmet
    .map(
      ({ kind, constraint, asked, got }) =>
        `${kind}.${constraint}: asked ${say(asked)}, got ${say(got)}`,
    )
    .join('; ');
}

/** A capture's `unmet`, read again when its stream changes (a console info line says it once). */
export class UnmetReader {
  value: readonly UnmetConstraint[] = [];
  /** The stream `value` was read from. */
  #stream: MediaStream | null = null;

  read(tag: string, stream: MediaStream | null, request: MediaStreamConstraints | undefined): void {
    if (stream === this.#stream) return;
    this.#stream = stream;
    this.value = stream && request ? Object.freeze(unmetConstraints(request, stream)) : [];
    if (this.value.length) {
      console.info(`<${tag}>: the device did not honour ${describeUnmet(this.value)}`);
    }
  }
}
