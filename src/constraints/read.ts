// Reading a constraints object that may be anything (a Proxy, a throwing getter, a cycle, a
// revoked Proxy) without ever throwing: the primitives that describe values in messages, and
// Reader, which reads each member once and turns any throw into an issue at its path. The value
// checks (checks.ts) and the dictionary walk (validate.ts) read only through these.
import { nearest } from './dictionary.js';
import type { ConstraintIssue } from './validate.js';

export type Dictionary = Record<string, unknown>;

const UNREADABLE = Symbol('unreadable');
const MAX_ISSUES = 100;
const MAX_LIST = 1000;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** An error thrown while reading, for "could not be read" messages; never throws itself. */
export function thrownText(error: unknown): string {
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

export function isArray(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked Proxy: reading it fails later, with its path
  }
}

/** A short description of a value for a message; never throws (no toString of objects). */
export function describe(value: unknown): string {
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
export function isDictionary(value: unknown): value is Dictionary {
  return typeof value === 'object' && value !== null && !isArray(value);
}

function join(path: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** The value written as code in a suggestion: `1280`, `"user"`, else `…`. */
export function literal(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : typeof value === 'string' && value.length <= 40
      ? JSON.stringify(value)
      : '…';
}

/** A suggested string value: itself, shown quoted. */
export function quoted(value: string | undefined): [string?, string?] {
  return value === undefined ? [] : [value, `"${value}"`];
}

/** The issues found so far, and the guarded reads that find "could not be read" ones. */
export class Reader {
  readonly errors: ConstraintIssue[] = [];
  readonly warnings: ConstraintIssue[] = [];
  /** Checking DisplayMediaStreamOptions (getDisplayMedia): no `min`, `exact` or `advanced`. */
  readonly display: boolean;
  /** The objects being visited, outermost first: one seen again is a cycle. */
  readonly #stack: object[] = [];
  #thrown: unknown;

  constructor(display: boolean) {
    this.display = display;
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
  enter<T>(value: object, path: string, visit: (value: object) => T): T | undefined {
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
  members(
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

  /** Visits each entry of an array, copied; undefined where an entry errs. */
  list(
    array: object,
    path: string,
    what: string,
    each: (value: unknown, path: string) => unknown,
  ): unknown[] | undefined {
    return this.enter(array, path, (object) => {
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

  /** An unknown member of `dictionary`: the likely intended name among `names`, else `hint`. */
  unknown(
    path: string,
    dictionary: string,
    key: string,
    names: readonly string[],
    hint: string,
  ): undefined {
    const suggestion = nearest(key, names);
    return this.error(
      path,
      suggestion === undefined
        ? `${path} is not a ${dictionary} member: expected ${hint}`
        : `${path} is not a ${dictionary} member`,
      suggestion,
    );
  }
}
