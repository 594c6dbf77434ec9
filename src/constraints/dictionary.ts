// The MediaStreamConstraints / MediaTrackConstraints dictionaries as data, for validate.ts: every
// constrainable property of mediacapture-main, image-capture, mediacapture-extensions and
// screen-capture, plus the few non-standard ones a shipping engine lists in
// getSupportedConstraints() (Firefox, WebKit), and the name suggestions for a misspelt member.

/**
 * The value shape of a constrainable property:
 * - `ulong` — ConstrainULong: a number, or `{ min, max, exact, ideal }` of numbers (0 … 2³²−1);
 * - `double` — ConstrainDouble: the same with finite numbers;
 * - `boolean` — ConstrainBoolean: a boolean, or `{ exact, ideal }` of booleans;
 * - `string` — ConstrainDOMString: a string, a string[], or `{ exact, ideal }` of those;
 * - `boolean-or-string` — ConstrainBooleanOrDOMString (echoCancellation);
 * - `boolean-or-double` — `(boolean or ConstrainDouble)` (pan, tilt, zoom: `true` asks for PTZ);
 * - `points` — ConstrainPoint2D: `[{ x, y }]`, or `{ exact, ideal }` of those.
 */
export type MemberType =
  'ulong' | 'double' | 'boolean' | 'string' | 'boolean-or-string' | 'boolean-or-double' | 'points';

/** One constrainable property. */
export interface Member {
  readonly type: MemberType;
  /** The track kind it applies to; the other kind ignores it. */
  readonly kind: 'video' | 'audio' | 'any';
  /** What a number must be, for messages: "a positive number of pixels". */
  readonly expected?: string;
  /** Negative numbers are meaningful (pan, tilt, brightness, exposureCompensation). */
  readonly signed?: boolean;
  /** The enumerated string values; any other string is an error. */
  readonly values?: readonly string[];
  /** Likely meant values for strings outside `values` (`back` → `environment`). */
  readonly valueAliases?: Readonly<Record<string, string>>;
  /** An `exact` empty string matches nothing (deviceId, groupId). */
  readonly id?: boolean;
  /** Only screen capture (getDisplayMedia) honours it. */
  readonly display?: boolean;
  /** Non-standard: the one engine that knows it. */
  readonly engine?: string;
}

const PIXELS = 'a positive number of pixels';
const POSITIVE = 'a positive number';
const FINITE = 'a finite number';
const METERING = ['none', 'manual', 'single-shot', 'continuous'] as const;

const video = (type: MemberType, more: Partial<Member> = {}): Member => ({
  type,
  kind: 'video',
  ...more,
});
const audio = (type: MemberType, more: Partial<Member> = {}): Member => ({
  type,
  kind: 'audio',
  ...more,
});

/** MediaTrackConstraintSet, by member name. */
export const TRACK_MEMBERS: ReadonlyMap<string, Member> = new Map<string, Member>([
  // mediacapture-main
  ['width', video('ulong', { expected: PIXELS })],
  ['height', video('ulong', { expected: PIXELS })],
  ['aspectRatio', video('double', { expected: 'a positive ratio of width to height' })],
  ['frameRate', video('double', { expected: 'a positive number of frames per second' })],
  [
    'facingMode',
    video('string', {
      values: ['user', 'environment', 'left', 'right'],
      valueAliases: {
        front: 'user',
        selfie: 'user',
        back: 'environment',
        rear: 'environment',
        world: 'environment',
      },
    }),
  ],
  ['resizeMode', video('string', { values: ['none', 'crop-and-scale'] })],
  ['sampleRate', audio('ulong', { expected: 'a positive number of samples per second' })],
  ['sampleSize', audio('ulong', { expected: 'a positive number of bits per sample' })],
  ['echoCancellation', audio('boolean-or-string', { values: ['all', 'remote-only'] })],
  ['autoGainControl', audio('boolean')],
  ['noiseSuppression', audio('boolean')],
  ['latency', audio('double', { expected: 'a positive number of seconds' })],
  ['channelCount', audio('ulong', { expected: 'a positive number of channels' })],
  ['deviceId', { type: 'string', kind: 'any', id: true }],
  ['groupId', { type: 'string', kind: 'any', id: true }],
  // image-capture
  ['whiteBalanceMode', video('string', { values: METERING })],
  ['exposureMode', video('string', { values: METERING })],
  ['focusMode', video('string', { values: METERING })],
  ['pointsOfInterest', video('points')],
  ['exposureCompensation', video('double', { expected: FINITE, signed: true })],
  ['exposureTime', video('double', { expected: 'a positive exposure time (100 µs units)' })],
  ['colorTemperature', video('double', { expected: 'a positive colour temperature in kelvins' })],
  ['iso', video('double', { expected: 'a positive ISO sensitivity' })],
  ['brightness', video('double', { expected: FINITE, signed: true })],
  ['contrast', video('double', { expected: POSITIVE })],
  ['saturation', video('double', { expected: POSITIVE })],
  ['sharpness', video('double', { expected: POSITIVE })],
  ['focusDistance', video('double', { expected: 'a positive distance in meters' })],
  ['pan', video('boolean-or-double', { expected: 'a number of arc seconds', signed: true })],
  ['tilt', video('boolean-or-double', { expected: 'a number of arc seconds', signed: true })],
  ['zoom', video('boolean-or-double', { expected: 'a positive zoom factor' })],
  ['torch', video('boolean')],
  // mediacapture-extensions
  ['backgroundBlur', video('boolean')],
  ['backgroundSegmentationMask', video('boolean')],
  ['eyeGazeCorrection', video('boolean')],
  ['faceFraming', video('boolean')],
  ['powerEfficient', video('boolean')],
  ['voiceIsolation', audio('boolean')],
  // screen-capture
  [
    'displaySurface',
    video('string', {
      values: ['monitor', 'window', 'browser'],
      valueAliases: { screen: 'monitor', tab: 'browser' },
      display: true,
    }),
  ],
  ['logicalSurface', video('boolean', { display: true })],
  ['cursor', video('string', { values: ['always', 'motion', 'never'], display: true })],
  ['restrictOwnAudio', audio('boolean', { display: true })],
  ['suppressLocalAudioPlayback', audio('boolean', { display: true })],
  // Non-standard members a shipping engine lists in getSupportedConstraints().
  [
    'mediaSource',
    {
      type: 'string',
      kind: 'any',
      engine: 'Firefox',
      values: [
        'camera',
        'screen',
        'application',
        'window',
        'browser',
        'microphone',
        'audioCapture',
        'other',
      ],
    },
  ],
  ['browserWindow', video('double', { expected: 'a window id', engine: 'Firefox' })],
  ['scrollWithPage', video('boolean', { engine: 'Firefox' })],
  ['viewportOffsetX', video('ulong', { expected: PIXELS, engine: 'Firefox' })],
  ['viewportOffsetY', video('ulong', { expected: PIXELS, engine: 'Firefox' })],
  ['viewportWidth', video('ulong', { expected: PIXELS, engine: 'Firefox' })],
  ['viewportHeight', video('ulong', { expected: PIXELS, engine: 'Firefox' })],
  ['volume', audio('double', { expected: 'a volume from 0 to 1', engine: 'WebKit' })],
]);

/** MediaTrackConstraints: the set, plus `advanced`. */
export const TRACK_NAMES: readonly string[] = [...TRACK_MEMBERS.keys(), 'advanced'];
/** A set inside `advanced`: no `advanced` of its own. */
export const SET_NAMES: readonly string[] = [...TRACK_MEMBERS.keys()];
/** ConstrainULongRange / ConstrainDoubleRange. */
export const RANGE_NAMES: readonly string[] = ['min', 'max', 'exact', 'ideal'];
/** ConstrainBooleanParameters / ConstrainDOMStringParameters / ConstrainPoint2DParameters. */
export const PARAMETER_NAMES: readonly string[] = ['exact', 'ideal'];
/** Point2D. */
export const POINT_NAMES: readonly string[] = ['x', 'y'];

/** MediaStreamConstraints (getUserMedia). */
export const USER_NAMES: readonly string[] = ['video', 'audio', 'peerIdentity', 'semantics'];
/** The `semantics` member (mediacapture-extensions). */
export const SEMANTICS = ['browser-chooses', 'user-chooses'] as const;

/** DisplayMediaStreamOptions (getDisplayMedia): its string members and their values. */
export const DISPLAY_OPTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['selfBrowserSurface', ['include', 'exclude']],
  ['systemAudio', ['include', 'exclude']],
  ['surfaceSwitching', ['include', 'exclude']],
  ['monitorTypeSurfaces', ['include', 'exclude']],
  ['windowAudio', ['exclude', 'window', 'system']],
]);
export const DISPLAY_NAMES: readonly string[] = [
  'video',
  'audio',
  'controller',
  'preferCurrentTab',
  ...DISPLAY_OPTIONS.keys(),
];

// Names people write for a member, lower-cased: `fps` is `frameRate`.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['fps', 'frameRate'],
  ['framespersecond', 'frameRate'],
  ['facing', 'facingMode'],
  ['sourceid', 'deviceId'],
  ['device', 'deviceId'],
  ['ratio', 'aspectRatio'],
  ['channels', 'channelCount'],
  ['flash', 'torch'],
  ['flashlight', 'torch'],
  ['agc', 'autoGainControl'],
  ['ns', 'noiseSuppression'],
  ['aec', 'echoCancellation'],
]);

const lowerCache = new Map<readonly string[], string[]>();
function lowered(names: readonly string[]): string[] {
  let lower = lowerCache.get(names);
  if (!lower) lowerCache.set(names, (lower = names.map((name) => name.toLowerCase())));
  return lower;
}

/**
 * The known name `name` was likely meant to be, among `names`: the same name in another case
 * (`framerate` → `frameRate`), a common alias (`fps`), Chrome's old `goog` prefix
 * (`googEchoCancellation`), the nearest name within a small edit distance (`frameRates`), then
 * a name with something appended (`minimum` → `min`), or the start of one name (`crop`).
 */
export function nearest(name: string, names: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const candidates = lowered(names);
  let index = candidates.indexOf(lower);
  if (index >= 0) return names[index];
  const alias = ALIASES.get(lower);
  if (alias !== undefined && names.includes(alias)) return alias;
  if (lower.startsWith('goog') && lower.length > 4) {
    index = candidates.indexOf(lower.slice(4));
    if (index >= 0) return names[index];
  }
  const limit = lower.length <= 4 ? 1 : lower.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (let i = 0; i < candidates.length; i++) {
    const distance = editDistance(lower, candidates[i], bestDistance);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = names[i];
    }
  }
  if (best !== undefined) return best;
  // A known name with something appended: `minimum` → `min`, `frameRateMax` → `frameRate`.
  let longest = 2;
  for (let i = 0; i < candidates.length; i++) {
    if (candidates[i].length > longest && lower.startsWith(candidates[i])) {
      longest = candidates[i].length;
      best = names[i];
    }
  }
  if (best !== undefined || lower.length < 3) return best;
  // The start of exactly one known name: `crop` → `crop-and-scale`.
  for (let i = 0; i < candidates.length; i++) {
    if (candidates[i].startsWith(lower)) {
      if (best !== undefined) return undefined;
      best = names[i];
    }
  }
  return best;
}

/** Optimal-string-alignment distance (a swap of two neighbours counts once), or `bound` if ≥ it. */
function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) >= bound) return bound;
  let before: number[] = [];
  let previous: number[] = [];
  let current: number[] = [];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= bound) return bound;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length], bound);
}
