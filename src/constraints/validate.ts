import { MediaCaptureError } from '../errors.js';
import {
  DISPLAY_NAMES,
  DISPLAY_OPTIONS,
  PARAMETER_NAMES,
  POINT_NAMES,
  RANGE_NAMES,
  SEMANTICS,
  SET_NAMES,
  TRACK_MEMBERS,
  TRACK_NAMES,
  USER_NAMES,
  nearest,
  type Member,
} from './dictionary.js';

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

type Dictionary = Record<string, unknown>;
type Kind = 'video' | 'audio';

const UNREADABLE = Symbol('unreadable');
const MAX_ISSUES = 100;
const MAX_LIST = 1000;
const MAX_ULONG = 4294967295;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** An error thrown while reading, for "could not be read" messages; never throws itself. */
function thrownText(error: unknown): string {
  try {
    if (typeof error === 'object' && error !== null) {
      const { name, message } = error as { name?: unknown; message?: unknown };
      if (typeof message === 'string') {
        return typeof name === 'string' ? `${name}: ${message}` : message;
      }
    }
    if (typeof error === 'string') return error;
  } catch {
    // a throwing name/message getter: fall through
  }
  return 'an exception';
}

function isArray(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked Proxy: reading it fails later, with its path
  }
}

/** A short description of a value for a message; never throws (no toString of objects). */
function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n, a BigInt (JSON cannot hold it)`;
    case 'symbol':
      return 'a symbol (JSON cannot hold it)';
    case 'function':
      return 'a function (JSON cannot hold it)';
    case 'object':
      if (value === null) return 'null';
      if (!isArray(value)) return 'an object';
      try {
        return (value as unknown[]).length === 0 ? '[]' : 'an array';
      } catch {
        return 'an array';
      }
    default:
      return String(value);
  }
}

/** A dictionary-like value: an object that is neither null, an array nor a function. */
function isDictionary(value: unknown): value is Dictionary {
  return typeof value === 'object' && value !== null && !isArray(value);
}

function join(path: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** The value written as code in a suggestion: `1280`, `"user"`, else `…`. */
function literal(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : typeof value === 'string' && value.length <= 40
      ? JSON.stringify(value)
      : '…';
}

let supportedFor: unknown;
let supported: Readonly<Dictionary> | null = null;

/** `getSupportedConstraints()` of this realm's `navigator.mediaDevices`, or null (Node, missing). */
function supportedConstraints(): Readonly<Dictionary> | null {
  try {
    const devices = (globalThis as { navigator?: Navigator }).navigator?.mediaDevices;
    if (devices !== supportedFor) {
      supportedFor = devices;
      supported = null;
      if (devices && typeof devices.getSupportedConstraints === 'function') {
        supported = { ...devices.getSupportedConstraints() };
      }
    }
  } catch {
    supported = null;
  }
  return supported;
}

class Walk {
  readonly errors: ConstraintIssue[] = [];
  readonly warnings: ConstraintIssue[] = [];
  /** The objects being visited, outermost first: one seen again is a cycle. */
  readonly #stack: object[] = [];
  readonly #display: boolean;
  #thrown: unknown;
  #supported: Readonly<Dictionary> | null | undefined;

  constructor(display: boolean) {
    this.#display = display;
  }

  /** Records an error; a suggestion is appended as "did you mean `…`?" (`shown` if given). */
  error(path: string, message: string, suggestion?: string, shown = suggestion): undefined {
    if (this.errors.length < MAX_ISSUES) {
      this.errors.push(
        suggestion === undefined
          ? { path, message }
          : { path, message: `${message}: did you mean \`${shown}\`?`, suggestion },
      );
    }
    return undefined;
  }

  warn(path: string, message: string): void {
    if (this.warnings.length < MAX_ISSUES) this.warnings.push({ path, message });
  }

  /** Reads one member; UNREADABLE when its getter (or a Proxy trap) throws. */
  #read(object: object, key: string | number): unknown {
    try {
      return (object as Record<string | number, unknown>)[key];
    } catch (error) {
      this.#thrown = error;
      return UNREADABLE;
    }
  }

  #unreadable(path: string, error: unknown): undefined {
    return this.error(
      path,
      `${path || 'the constraints'} could not be read (${thrownText(error)})`,
    );
  }

  /**
   * Runs `visit` over `value` (an object) with cycle detection: any throw inside (a Proxy trap, a
   * getter) becomes an error at `path`, and the visit yields undefined.
   */
  #enter<T>(value: object, path: string, visit: (value: object) => T): T | undefined {
    const depth = this.#stack.length;
    if (this.#stack.includes(value)) {
      return this.error(
        path,
        `${path || 'the constraints'} contains itself (a cycle, which JSON cannot hold)`,
      );
    }
    this.#stack.push(value);
    try {
      return visit(value);
    } catch (error) {
      return this.#unreadable(path, error);
    } finally {
      this.#stack.length = depth;
    }
  }

  /** The member names of a dictionary: own enumerable keys, plus known names it inherits. */
  #keys(object: object, names: readonly string[]): string[] {
    const keys = Object.keys(object);
    const proto: unknown = Object.getPrototypeOf(object);
    if (proto !== Object.prototype && proto !== null) {
      for (const name of names) if (!keys.includes(name) && name in object) keys.push(name);
    }
    return keys;
  }

  /** Each defined member of `object` among its keys, read once, with its path. */
  #members(
    object: object,
    path: string,
    names: readonly string[],
    each: (key: string, value: unknown, path: string) => void,
  ): void {
    for (const key of this.#keys(object, names)) {
      const childPath = join(path, key);
      const value = this.#read(object, key);
      if (value === UNREADABLE) this.#unreadable(childPath, this.#thrown);
      else if (value !== undefined) each(key, value, childPath);
    }
  }

  #unknown(path: string, dictionary: string, key: string, names: readonly string[], hint: string) {
    const suggestion = nearest(key, names);
    return this.error(
      path,
      suggestion === undefined
        ? `${path} is not a ${dictionary} member: expected ${hint}`
        : `${path} is not a ${dictionary} member`,
      suggestion,
    );
  }

  // MediaStreamConstraints / DisplayMediaStreamOptions

  top(value: unknown): Dictionary | undefined {
    const display = this.#display;
    const dictionary = display ? 'DisplayMediaStreamOptions' : 'MediaStreamConstraints';
    if (value === undefined && display) return {};
    if (!isDictionary(value)) {
      return this.error(
        '',
        `the constraints are ${describe(value)}: expected a ${dictionary} object such as { video: true }`,
      );
    }
    const names = display ? DISPLAY_NAMES : USER_NAMES;
    return this.#enter(value, '', (object) => {
      const copy: Dictionary = {};
      const errors = this.errors.length;
      let requested = false;
      this.#members(object, '', names, (key, member, path) => {
        let result: unknown;
        if (key === 'video' || key === 'audio') {
          result = this.#trackOrBoolean(member, path, key);
          if (result !== undefined && result !== false) requested = true;
        } else if (key === 'preferCurrentTab') {
          result = this.#boolean(member, path);
          if (!display && result !== undefined) {
            this.warn(path, `${path} is a getDisplayMedia option: getUserMedia ignores it`);
          }
        } else if (display && key === 'controller') {
          result = this.#controller(member, path);
        } else if (display && DISPLAY_OPTIONS.has(key)) {
          result = this.#enumerated(member, path, DISPLAY_OPTIONS.get(key)!);
        } else if (!display && key === 'peerIdentity') {
          result =
            typeof member === 'string'
              ? member
              : this.error(path, `${path} is ${describe(member)}: expected a string`);
          if (result !== undefined && !topSupported(key)) this.#unsupported(path);
        } else if (!display && key === 'semantics') {
          result = this.#enumerated(member, path, SEMANTICS);
          if (result !== undefined && !topSupported(key)) this.#unsupported(path);
        } else {
          this.#unknownTop(key, member, path, dictionary, names);
          return;
        }
        if (result !== undefined) copy[key] = result;
      });
      if (display && copy.video === false) {
        this.error('video', 'video is false: getDisplayMedia always captures video');
      } else if (!display && !requested && this.errors.length === errors) {
        this.error(
          '',
          'the constraints ask for neither video nor audio: expected video or audio to be true or a MediaTrackConstraints object',
        );
      }
      return copy;
    });
  }

  #unknownTop(
    key: string,
    value: unknown,
    path: string,
    dictionary: string,
    names: readonly string[],
  ) {
    const member = TRACK_MEMBERS.get(key);
    if (member) {
      const kind = member.kind === 'audio' ? 'audio' : 'video';
      return this.error(
        path,
        `${path} is not a ${dictionary} member: it belongs inside ${kind}`,
        `${kind}: { ${key}: ${literal(value)} }`,
      );
    }
    if (!this.#display && DISPLAY_NAMES.includes(key)) {
      return this.error(path, `${path} is a getDisplayMedia option: getUserMedia does not take it`);
    }
    if (this.#display && USER_NAMES.includes(key)) {
      return this.error(path, `${path} is a getUserMedia option: getDisplayMedia does not take it`);
    }
    return this.#unknown(path, dictionary, key, names, names.join(', '));
  }

  #trackOrBoolean(value: unknown, path: string, kind: Kind): unknown {
    if (typeof value === 'boolean') return value;
    if (isDictionary(value))
      return this.#enter(value, path, (object) => this.#track(object, path, kind, false));
    return this.error(
      path,
      `${path} is ${describe(value)}: expected true, false or a MediaTrackConstraints object`,
      value === 'true' || value === 'false' ? value : undefined,
    );
  }

  #boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value === 'boolean') return value;
    return this.error(
      path,
      `${path} is ${describe(value)}: expected true or false`,
      value === 'true' || value === 'false' ? value : undefined,
    );
  }

  #enumerated(value: unknown, path: string, values: readonly string[]): string | undefined {
    if (typeof value === 'string' && values.includes(value)) return value;
    return this.error(
      path,
      `${path} is ${describe(value)}: expected ${values.map((one) => `"${one}"`).join(' or ')}`,
      ...quoted(typeof value === 'string' ? nearest(value, values) : undefined),
    );
  }

  #controller(value: unknown, path: string): unknown {
    const Controller = (globalThis as { CaptureController?: new () => object }).CaptureController;
    let ok = false;
    try {
      ok =
        typeof value === 'object' && value !== null && (!Controller || value instanceof Controller);
    } catch {
      // a Proxy whose getPrototypeOf throws is no CaptureController
    }
    return ok
      ? value
      : this.error(path, `${path} is ${describe(value)}: expected a CaptureController`);
  }

  // MediaTrackConstraints

  #track(object: object, path: string, kind: Kind, inAdvanced: boolean): Dictionary {
    const copy: Dictionary = {};
    const names = inAdvanced ? SET_NAMES : TRACK_NAMES;
    this.#members(object, path, names, (key, value, childPath) => {
      if (key === 'advanced') {
        if (inAdvanced) {
          this.error(
            childPath,
            `${childPath}: a constraint set in advanced cannot have its own advanced`,
          );
        } else {
          const sets = this.#advanced(value, childPath, kind);
          if (sets !== undefined) copy.advanced = sets;
        }
        return;
      }
      const member = TRACK_MEMBERS.get(key);
      if (!member) {
        this.#unknownTrackMember(key, value, childPath, inAdvanced);
        return;
      }
      const errors = this.errors.length;
      const result = this.#member(value, member, key, childPath);
      if (result !== undefined) copy[key] = result;
      if (this.errors.length === errors) this.#warnIgnored(key, member, childPath, kind);
    });
    return copy;
  }

  #unknownTrackMember(key: string, value: unknown, path: string, inAdvanced: boolean): void {
    if (key === 'mandatory' || key === 'optional') {
      this.error(
        path,
        `${path} is Chrome's legacy constraint syntax, which browsers ignore: expected members such as width: { min: 1280 }`,
      );
      return;
    }
    const lower = key.toLowerCase();
    if ((lower.startsWith('min') || lower.startsWith('max')) && key.length > 3) {
      const name = nearest(key.slice(3), SET_NAMES);
      const type = name === undefined ? undefined : TRACK_MEMBERS.get(name)?.type;
      if (type === 'ulong' || type === 'double' || type === 'boolean-or-double') {
        this.error(
          path,
          `${path} is Chrome's legacy constraint syntax, which browsers ignore`,
          `${name}: { ${lower.slice(0, 3)}: ${literal(value)} }`,
        );
        return;
      }
    }
    const dictionary = inAdvanced ? 'MediaTrackConstraintSet' : 'MediaTrackConstraints';
    this.#unknown(
      path,
      dictionary,
      key,
      inAdvanced ? SET_NAMES : TRACK_NAMES,
      'a constrainable property such as width, height, frameRate, facingMode or deviceId',
    );
  }

  #advanced(value: unknown, path: string, kind: Kind): unknown[] | undefined {
    if (this.#display) {
      return this.error(
        path,
        `${path} is not allowed by getDisplayMedia: expected ideal or max values instead`,
      );
    }
    if (typeof value !== 'object' || value === null || !isArray(value)) {
      return this.error(
        path,
        `${path} is ${describe(value)}: expected an array of constraint sets`,
      );
    }
    return this.#list(value, path, 'constraint sets', (set, setPath) =>
      isDictionary(set)
        ? this.#enter(set, setPath, (object) => this.#track(object, setPath, kind, true))
        : this.error(setPath, `${setPath} is ${describe(set)}: expected a constraint set object`),
    );
  }

  /** Visits each entry of an array, copied; undefined where an entry errs. */
  #list(
    array: object,
    path: string,
    what: string,
    each: (value: unknown, path: string) => unknown,
  ): unknown[] | undefined {
    return this.#enter(array, path, (object) => {
      const { length } = object as unknown[];
      if (length > MAX_LIST) {
        return this.error(
          path,
          `${path} has ${length} entries: expected at most ${MAX_LIST} ${what}`,
        );
      }
      const copy: unknown[] = [];
      for (let index = 0; index < length; index++) {
        const entryPath = `${path}[${index}]`;
        const entry = this.#read(object, index);
        copy.push(
          entry === UNREADABLE ? this.#unreadable(entryPath, this.#thrown) : each(entry, entryPath),
        );
      }
      return copy;
    });
  }

  #warnIgnored(key: string, member: Member, path: string, kind: Kind): void {
    if (member.kind !== 'any' && member.kind !== kind) {
      this.warn(path, `${path} applies to ${member.kind} tracks: the ${kind} track ignores it`);
    } else if (member.display && !this.#display) {
      this.warn(
        path,
        `${path} applies to screen capture (getDisplayMedia): getUserMedia ignores it`,
      );
    } else if (this.#supportedHere(key) === false) {
      this.#unsupported(path);
    } else if (member.engine) {
      this.warn(path, `${path} is non-standard (${member.engine} only): other browsers ignore it`);
    }
  }

  /** Whether `getSupportedConstraints()` lists `name`; undefined where there is none to ask. */
  #supportedHere(name: string): boolean | undefined {
    if (this.#supported === undefined) this.#supported = supportedConstraints();
    return this.#supported ? this.#supported[name] === true : undefined;
  }

  #unsupported(path: string): void {
    this.warn(path, `${path} is not supported by this browser: it is ignored`);
  }

  // Constrainable property values

  #member(value: unknown, member: Member, name: string, path: string): unknown {
    const { type } = member;
    if (type === 'ulong' || type === 'double' || type === 'boolean-or-double') {
      if (typeof value === 'number') return this.#number(value, member, path);
      if (typeof value === 'boolean' && type === 'boolean-or-double') return value;
      if (!isDictionary(value)) return this.#wrongNumber(value, member, path, true);
      return this.#enter(value, path, (object) => this.#range(object, member, path));
    }
    if (isDictionary(value)) {
      return this.#enter(value, path, (object) => this.#parameters(object, member, name, path));
    }
    if (type === 'points') return this.#pointsOrError(value, path);
    return this.#scalar(value, member, name, path, false, true);
  }

  #pointsOrError(value: unknown, path: string): unknown[] | undefined {
    if (typeof value === 'object' && value !== null && isArray(value)) {
      return this.#points(value, path);
    }
    return this.error(path, `${path} is ${describe(value)}: expected an array of { x, y } points`);
  }

  #number(value: number, member: Member, path: string): number | undefined {
    if (!Number.isFinite(value) || (value < 0 && !member.signed)) {
      return this.error(path, `${path} is ${describe(value)}: expected ${member.expected}`);
    }
    if (member.type === 'ulong' && value > MAX_ULONG) {
      return this.error(
        path,
        `${path} is ${value}: expected ${member.expected} up to ${MAX_ULONG}`,
      );
    }
    return value;
  }

  #wrongNumber(value: unknown, member: Member, path: string, bare: boolean): undefined {
    const numeric =
      typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
    const shapes =
      member.type === 'boolean-or-double' ? `true, false, ${member.expected}` : member.expected;
    return this.error(
      path,
      `${path} is ${describe(value)}: expected ${shapes}${bare ? ' or { min, max, exact, ideal }' : ''}`,
      numeric ? String(Number(value)) : undefined,
    );
  }

  #range(object: object, member: Member, path: string): Dictionary {
    const copy: Record<string, number> = {};
    this.#members(object, path, RANGE_NAMES, (key, value, childPath) => {
      if (!RANGE_NAMES.includes(key)) {
        this.#unknown(
          childPath,
          '{ min, max, exact, ideal }',
          key,
          RANGE_NAMES,
          'min, max, exact or ideal',
        );
      } else if (this.#display && (key === 'min' || key === 'exact')) {
        this.error(
          childPath,
          `${childPath} is not allowed by getDisplayMedia: expected ideal or max instead`,
        );
      } else if (typeof value !== 'number') {
        this.#wrongNumber(value, member, childPath, false);
      } else {
        const number = this.#number(value, member, childPath);
        if (number !== undefined) copy[key] = number;
      }
    });
    const { min, max, exact } = copy;
    if (min !== undefined && max !== undefined && min > max) {
      this.error(`${path}.min`, `${path}.min is ${min}, above max ${max}: expected min ≤ max`);
    } else if (
      exact !== undefined &&
      ((min !== undefined && exact < min) || (max !== undefined && exact > max))
    ) {
      this.error(
        `${path}.exact`,
        `${path}.exact is ${exact}, outside min ${min ?? '…'} to max ${max ?? '…'}: no value can satisfy both`,
      );
    }
    return copy;
  }

  /** `{ exact, ideal }` of a boolean, string or points member. */
  #parameters(object: object, member: Member, name: string, path: string): Dictionary {
    const copy: Dictionary = {};
    let single = false;
    this.#members(object, path, PARAMETER_NAMES, (key, value, childPath) => {
      if (key !== 'exact' && key !== 'ideal') {
        if (member.type === 'points' && (key === 'x' || key === 'y')) {
          if (single) return;
          single = true;
          this.error(path, `${path} is a single point: expected an array of points`, '[{ x, y }]');
        } else {
          this.#unknown(childPath, '{ exact, ideal }', key, PARAMETER_NAMES, 'exact or ideal');
        }
      } else if (this.#display && key === 'exact') {
        this.error(
          childPath,
          `${childPath} is not allowed by getDisplayMedia: expected ideal instead`,
        );
      } else {
        const result =
          member.type === 'points'
            ? this.#pointsOrError(value, childPath)
            : this.#scalar(value, member, name, childPath, key === 'exact', false);
        if (result !== undefined) copy[key] = result;
      }
    });
    return copy;
  }

  /** A boolean, string or string list value (bare, or the `exact`/`ideal` of one). */
  #scalar(
    value: unknown,
    member: Member,
    name: string,
    path: string,
    exact: boolean,
    bare: boolean,
  ): unknown {
    const { type } = member;
    if (typeof value === 'boolean' && type !== 'string') return value;
    if (typeof value === 'string' && type !== 'boolean')
      return this.#string(value, member, name, path, exact);
    if (type === 'string' && typeof value === 'object' && value !== null && isArray(value)) {
      if (exact && (value as unknown[]).length === 0) {
        return this.error(
          path,
          `${path} is []: expected at least one value (an empty list matches nothing)`,
        );
      }
      return this.#list(value, path, 'values', (entry, entryPath) =>
        typeof entry === 'string'
          ? this.#string(entry, member, name, entryPath, exact)
          : this.error(entryPath, `${entryPath} is ${describe(entry)}: expected a string`),
      );
    }
    const values = member.values?.map((one) => `"${one}"`);
    const expected =
      type === 'boolean'
        ? 'true or false'
        : type === 'boolean-or-string'
          ? `true, false, ${values!.join(', ')}`
          : values
            ? `${values.join(', ')} or an array of those`
            : 'a string or an array of strings';
    return this.error(
      path,
      `${path} is ${describe(value)}: expected ${expected}${bare ? ' or { exact, ideal }' : ''}`,
      type !== 'string' && (value === 'true' || value === 'false') ? value : undefined,
    );
  }

  #string(
    value: string,
    member: Member,
    name: string,
    path: string,
    exact: boolean,
  ): string | undefined {
    const { values, valueAliases } = member;
    if (values && !values.includes(value)) {
      const alias =
        valueAliases && Object.hasOwn(valueAliases, value) ? valueAliases[value] : undefined;
      const like = alias ?? nearest(value, values);
      const either = member.type === 'boolean-or-string';
      const bool = either && (value === 'true' || value === 'false') ? value : undefined;
      return this.error(
        path,
        `${path} is ${describe(value)}: expected ${either ? 'true, false or one of ' : 'one of '}${values.map((one) => `"${one}"`).join(', ')}`,
        ...(like === undefined ? [bool] : quoted(like)),
      );
    }
    if (member.id && exact && value === '') {
      return this.error(
        path,
        `${path} is "": an empty ${name} matches no device: expected one from enumerateDevices() (empty before permission is granted), or leave ${name} out`,
      );
    }
    return value;
  }

  #points(array: object, path: string): unknown[] | undefined {
    return this.#list(array, path, 'points', (point, pointPath) => {
      if (!isDictionary(point)) {
        return this.error(
          pointPath,
          `${pointPath} is ${describe(point)}: expected a point { x, y }`,
        );
      }
      return this.#enter(point, pointPath, (object) => {
        const copy: Record<string, number> = {};
        this.#members(object, pointPath, POINT_NAMES, (key, value, childPath) => {
          if (key !== 'x' && key !== 'y') {
            this.#unknown(childPath, 'Point2D', key, POINT_NAMES, 'x or y');
          } else if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
            this.error(
              childPath,
              `${childPath} is ${describe(value)}: expected a number from 0 to 1 (a fraction of the frame)`,
            );
          } else {
            copy[key] = value;
          }
        });
        return copy;
      });
    });
  }
}

/** A suggested string value: itself, shown quoted. */
function quoted(value: string | undefined): [string?, string?] {
  return value === undefined ? [] : [value, `"${value}"`];
}

/** Whether this browser honours a top-level member; true where there is no browser to ask. */
function topSupported(name: string): boolean {
  try {
    const devices = (globalThis as { navigator?: Navigator }).navigator?.mediaDevices;
    if (!devices) return true;
    if (name === 'semantics') return 'defaultSemantics' in devices;
    const Connection = (globalThis as { RTCPeerConnection?: { prototype: object } })
      .RTCPeerConnection;
    return !!Connection && 'peerIdentity' in Connection.prototype;
  } catch {
    return true;
  }
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
