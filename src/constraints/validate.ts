// validateConstraints and assertValidConstraints, the public face of constraints validation. The
// work is split by what it does: walk.ts walks the dictionaries member by member, checks.ts checks
// each member's value, read.ts reads anything without throwing; dictionary.ts holds the members.
import { MediaCaptureError } from '../errors.js';
import { provideAssert } from './loaded.js';
import { thrownText, type Dictionary } from './read.js';
import { Walk } from './walk.js';

/** One problem found in a constraints object. */
export interface ConstraintIssue {
  /** Where: `video.width.min`, `video.advanced[0].deviceId.exact[1]`; `''` for the object itself. */
  readonly path: string;
  /** What was wrong and what is expected: `video.width.min is -1: expected a positive number of pixels`. */
  readonly message: string;
  /** The likely intended name or value, when there is one: `frameRate` for `framerate`. */
  readonly suggestion?: string;
}

/** What {@link validateConstraints} found. */
export interface ValidationResult {
  /** No errors (warnings may remain). */
  readonly ok: boolean;
  /** Each makes the request wrong: an unknown member, a value of the wrong shape. */
  readonly errors: readonly ConstraintIssue[];
  /**
   * Each is a member the browser will ignore: not supported here (`getSupportedConstraints()`),
   * meant for the other track kind or for screen capture, or non-standard.
   */
  readonly warnings: readonly ConstraintIssue[];
  /**
   * When `ok`: a plain copy holding exactly the members that were validated (each getter read
   * once, `undefined` members left out), safe to hand to the platform, compare or serialise.
   */
  readonly constraints?: MediaStreamConstraints;
}

export interface ValidateOptions {
  /**
   * The dictionary to check against: `getUserMedia` (default, MediaStreamConstraints) or
   * `getDisplayMedia` (DisplayMediaStreamOptions: no `min`, `exact` or `advanced`; video needed).
   */
  readonly api?: 'getUserMedia' | 'getDisplayMedia';
}

/**
 * Checks a `MediaStreamConstraints` object (or, with `{ api: 'getDisplayMedia' }`, a
 * `DisplayMediaStreamOptions` object) member by member against the dictionaries of
 * mediacapture-main, image-capture, mediacapture-extensions and screen-capture, before it reaches
 * the platform — which silently ignores unknown members and many wrong values.
 *
 * Errors: an unknown member (with the likely intended name: `video.framerate` → `frameRate`); a
 * value of the wrong shape (`width: 'big'`, a negative or non-finite number, `{ min: 10, max: 5 }`,
 * an enumerated string outside its values, `deviceId: { exact: '' }`, `advanced` not an array of
 * sets); a value JSON cannot hold (BigInt, function, symbol, a cycle, a getter that throws).
 * Warnings: a known member this browser will ignore (not in `getSupportedConstraints()`; for the
 * other track kind; screen-capture only; non-standard). Never throws, whatever the input
 * (Proxies, throwing getters, frozen or null-prototype objects); reads each member once.
 *
 * ```ts
 * validateConstraints({ video: { framerate: 30, width: { min: -1 } } });
 * // { ok: false, warnings: [], errors: [
 * //   { path: 'video.framerate', suggestion: 'frameRate',
 * //     message: 'video.framerate is not a MediaTrackConstraints member: did you mean `frameRate`?' },
 * //   { path: 'video.width.min', message: 'video.width.min is -1: expected a positive number of pixels' } ] }
 * ```
 */
export function validateConstraints(value: unknown, options?: ValidateOptions): ValidationResult {
  let display = false;
  try {
    display = options?.api === 'getDisplayMedia';
  } catch {
    // unreadable options: the default
  }
  const walk = new Walk(display);
  let constraints: Dictionary | undefined;
  try {
    constraints = walk.top(value);
  } catch (error) {
    walk.error('', `the constraints could not be read (${thrownText(error)})`);
  }
  const ok = walk.errors.length === 0;
  return ok
    ? {
        ok,
        errors: walk.errors,
        warnings: walk.warnings,
        constraints: constraints as MediaStreamConstraints,
      }
    : { ok, errors: walk.errors, warnings: walk.warnings };
}

const MAX_MESSAGES = 5;

/**
 * {@link validateConstraints}, for code that requests: each warning goes to `console.warn` once,
 * and any error throws a `MediaCaptureError` of code `invalid-constraints` whose message lists
 * the errors. Returns the validated plain copy. Throws nothing else, whatever the input.
 */
export function assertValidConstraints(
  value: unknown,
  options: ValidateOptions & { readonly api: 'getDisplayMedia' },
): DisplayMediaStreamOptions;
export function assertValidConstraints(
  value: unknown,
  options?: ValidateOptions,
): MediaStreamConstraints;
export function assertValidConstraints(
  value: unknown,
  options?: ValidateOptions,
): MediaStreamConstraints {
  const result = validateConstraints(value, options);
  for (const warning of result.warnings) {
    try {
      console.warn(`mediastream-elements: ${warning.message}`);
    } catch {
      // a console that throws must not turn a warning into an error
    }
  }
  if (result.ok) return result.constraints!;
  const messages = result.errors.slice(0, MAX_MESSAGES).map((error) => error.message);
  const more = result.errors.length - messages.length;
  if (more > 0) messages.push(`and ${more} more`);
  throw new MediaCaptureError('invalid-constraints', { message: messages.join('; ') });
}

// For <media-capture>, which imports this module only where the page has not run it yet.
provideAssert(assertValidConstraints);
