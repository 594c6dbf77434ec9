// The value checks: a constrainable property's value (a number or range, a boolean, a string
// or string list, points, or `{ exact, ideal }` of those) and the plain members of the top-level
// dictionaries. Each returns the validated plain copy, or undefined after reporting an error.
import { PARAMETER_NAMES, POINT_NAMES, RANGE_NAMES, nearest, type Member } from './dictionary.js';
import { describe, isArray, isDictionary, quoted, type Dictionary, type Reader } from './read.js';

/**
 * What a check reports to and reads through: the walk, a Reader (`display`: checking
 * DisplayMediaStreamOptions, which refuses `min` and `exact`).
 */
export type Reporter = Pick<Reader, 'display' | 'error' | 'enter' | 'members' | 'list' | 'unknown'>;

const MAX_ULONG = 4294967295;

export function boolean(r: Reporter, value: unknown, path: string): boolean | undefined {
  if (typeof value === 'boolean') return value;
  return r.error(
    path,
    `${path} is ${describe(value)}: expected true or false`,
    value === 'true' || value === 'false' ? value : undefined,
  );
}

export function enumerated(
  r: Reporter,
  value: unknown,
  path: string,
  values: readonly string[],
): string | undefined {
  if (typeof value === 'string' && values.includes(value)) return value;
  return r.error(
    path,
    `${path} is ${describe(value)}: expected ${values.map((one) => `"${one}"`).join(' or ')}`,
    ...quoted(typeof value === 'string' ? nearest(value, values) : undefined),
  );
}

export function controller(r: Reporter, value: unknown, path: string): unknown {
  const Controller = (globalThis as { CaptureController?: new () => object }).CaptureController;
  let ok = false;
  try {
    ok =
      typeof value === 'object' && value !== null && (!Controller || value instanceof Controller);
  } catch {
    // a Proxy whose getPrototypeOf throws is no CaptureController
  }
  return ok ? value : r.error(path, `${path} is ${describe(value)}: expected a CaptureController`);
}

/** The value of the constrainable property `name` of a MediaTrackConstraintSet. */
export function constrainable(
  r: Reporter,
  value: unknown,
  member: Member,
  name: string,
  path: string,
): unknown {
  const { type } = member;
  if (type === 'ulong' || type === 'double' || type === 'boolean-or-double') {
    if (typeof value === 'number') return number(r, value, member, path);
    if (typeof value === 'boolean' && type === 'boolean-or-double') return value;
    if (!isDictionary(value)) return wrongNumber(r, value, member, path, true);
    return r.enter(value, path, (object) => range(r, object, member, path));
  }
  if (isDictionary(value)) {
    return r.enter(value, path, (object) => parameters(r, object, member, name, path));
  }
  if (type === 'points') return pointsOrError(r, value, path);
  return scalar(r, value, member, name, path, false, true);
}

function pointsOrError(r: Reporter, value: unknown, path: string): unknown[] | undefined {
  if (typeof value === 'object' && value !== null && isArray(value)) {
    return points(r, value, path);
  }
  return r.error(path, `${path} is ${describe(value)}: expected an array of { x, y } points`);
}

function number(r: Reporter, value: number, member: Member, path: string): number | undefined {
  if (!Number.isFinite(value) || (value < 0 && !member.signed)) {
    return r.error(path, `${path} is ${describe(value)}: expected ${member.expected}`);
  }
  if (member.type === 'ulong' && value > MAX_ULONG) {
    return r.error(path, `${path} is ${value}: expected ${member.expected} up to ${MAX_ULONG}`);
  }
  return value;
}

function wrongNumber(
  r: Reporter,
  value: unknown,
  member: Member,
  path: string,
  bare: boolean,
): undefined {
  const numeric =
    typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
  const shapes =
    member.type === 'boolean-or-double' ? `true, false, ${member.expected}` : member.expected;
  return r.error(
    path,
    `${path} is ${describe(value)}: expected ${shapes}${bare ? ' or { min, max, exact, ideal }' : ''}`,
    numeric ? String(Number(value)) : undefined,
  );
}

function range(r: Reporter, object: object, member: Member, path: string): Dictionary {
  const copy: Record<string, number> = {};
  r.members(object, path, RANGE_NAMES, (key, value, childPath) => {
    if (!RANGE_NAMES.includes(key)) {
      r.unknown(
        childPath,
        '{ min, max, exact, ideal }',
        key,
        RANGE_NAMES,
        'min, max, exact or ideal',
      );
    } else if (r.display && (key === 'min' || key === 'exact')) {
      r.error(
        childPath,
        `${childPath} is not allowed by getDisplayMedia: expected ideal or max instead`,
      );
    } else if (typeof value !== 'number') {
      wrongNumber(r, value, member, childPath, false);
    } else {
      const result = number(r, value, member, childPath);
      if (result !== undefined) copy[key] = result;
    }
  });
  const { min, max, exact } = copy;
  if (min !== undefined && max !== undefined && min > max) {
    r.error(`${path}.min`, `${path}.min is ${min}, above max ${max}: expected min ≤ max`);
  } else if (
    exact !== undefined &&
    ((min !== undefined && exact < min) || (max !== undefined && exact > max))
  ) {
    r.error(
      `${path}.exact`,
      `${path}.exact is ${exact}, outside min ${min ?? '…'} to max ${max ?? '…'}: no value can satisfy both`,
    );
  }
  return copy;
}

/** `{ exact, ideal }` of a boolean, string or points member. */
function parameters(
  r: Reporter,
  object: object,
  member: Member,
  name: string,
  path: string,
): Dictionary {
  const copy: Dictionary = {};
  let single = false;
  r.members(object, path, PARAMETER_NAMES, (key, value, childPath) => {
    if (key !== 'exact' && key !== 'ideal') {
      if (member.type === 'points' && (key === 'x' || key === 'y')) {
        if (single) return;
        single = true;
        r.error(path, `${path} is a single point: expected an array of points`, '[{ x, y }]');
      } else {
        r.unknown(childPath, '{ exact, ideal }', key, PARAMETER_NAMES, 'exact or ideal');
      }
    } else if (r.display && key === 'exact') {
      r.error(childPath, `${childPath} is not allowed by getDisplayMedia: expected ideal instead`);
    } else {
      const result =
        member.type === 'points'
          ? pointsOrError(r, value, childPath)
          : scalar(r, value, member, name, childPath, key === 'exact', false);
      if (result !== undefined) copy[key] = result;
    }
  });
  return copy;
}

/** A boolean, string or string list value (bare, or the `exact`/`ideal` of one). */
function scalar(
  r: Reporter,
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
    return string(r, value, member, name, path, exact);
  if (type === 'string' && typeof value === 'object' && value !== null && isArray(value)) {
    if (exact && (value as unknown[]).length === 0) {
      return r.error(
        path,
        `${path} is []: expected at least one value (an empty list matches nothing)`,
      );
    }
    return r.list(value, path, 'values', (entry, entryPath) =>
      typeof entry === 'string'
        ? string(r, entry, member, name, entryPath, exact)
        : r.error(entryPath, `${entryPath} is ${describe(entry)}: expected a string`),
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
  return r.error(
    path,
    `${path} is ${describe(value)}: expected ${expected}${bare ? ' or { exact, ideal }' : ''}`,
    type !== 'string' && (value === 'true' || value === 'false') ? value : undefined,
  );
}

function string(
  r: Reporter,
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
    return r.error(
      path,
      `${path} is ${describe(value)}: expected ${either ? 'true, false or one of ' : 'one of '}${values.map((one) => `"${one}"`).join(', ')}`,
      ...(like === undefined ? [bool] : quoted(like)),
    );
  }
  if (member.id && exact && value === '') {
    return r.error(
      path,
      `${path} is "": an empty ${name} matches no device: expected one from enumerateDevices() (empty before permission is granted), or leave ${name} out`,
    );
  }
  return value;
}

function points(r: Reporter, array: object, path: string): unknown[] | undefined {
  return r.list(array, path, 'points', (point, pointPath) => {
    if (!isDictionary(point)) {
      return r.error(pointPath, `${pointPath} is ${describe(point)}: expected a point { x, y }`);
    }
    return r.enter(point, pointPath, (object) => {
      const copy: Record<string, number> = {};
      r.members(object, pointPath, POINT_NAMES, (key, value, childPath) => {
        if (key !== 'x' && key !== 'y') {
          r.unknown(childPath, 'Point2D', key, POINT_NAMES, 'x or y');
        } else if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
          r.error(
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
