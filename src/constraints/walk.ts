// The walk over a constraints object: the MediaStreamConstraints / DisplayMediaStreamOptions and
// MediaTrackConstraints dictionaries member by member (top, track, advanced), the likely intended
// name of an unknown member, and the warnings for members this browser will ignore. The values of
// the members are checked in checks.ts; every read goes through read.ts's Reader.
import { boolean, constrainable, controller, enumerated } from './checks.js';
import {
  DISPLAY_NAMES,
  DISPLAY_OPTIONS,
  SEMANTICS,
  SET_NAMES,
  TRACK_MEMBERS,
  TRACK_NAMES,
  USER_NAMES,
  nearest,
  type Member,
} from './dictionary.js';
import { Reader, describe, isArray, isDictionary, literal, type Dictionary } from './read.js';

type Kind = 'video' | 'audio';

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
 * One validation's walk: issues go to the Reader it extends, and each step returns the plain copy
 * of what it validated (undefined where it found an error).
 */
export class Walk extends Reader {
  #supported: Readonly<Dictionary> | null | undefined;

  // MediaStreamConstraints / DisplayMediaStreamOptions

  top(value: unknown): Dictionary | undefined {
    const display = this.display;
    const dictionary = display ? 'DisplayMediaStreamOptions' : 'MediaStreamConstraints';
    if (value === undefined && display) return {};
    if (!isDictionary(value)) {
      return this.error(
        '',
        `the constraints are ${describe(value)}: expected a ${dictionary} object such as { video: true }`,
      );
    }
    const names = display ? DISPLAY_NAMES : USER_NAMES;
    return this.enter(value, '', (object) => {
      const copy: Dictionary = {};
      const errors = this.errors.length;
      let requested = false;
      this.members(object, '', names, (key, member, path) => {
        let result: unknown;
        if (key === 'video' || key === 'audio') {
          result = this.#trackOrBoolean(member, path, key);
          if (result !== undefined && result !== false) requested = true;
        } else if (key === 'preferCurrentTab') {
          result = boolean(this, member, path);
          if (!display && result !== undefined) {
            this.warn(path, `${path} is a getDisplayMedia option: getUserMedia ignores it`);
          }
        } else if (display && key === 'controller') {
          result = controller(this, member, path);
        } else if (display && DISPLAY_OPTIONS.has(key)) {
          result = enumerated(this, member, path, DISPLAY_OPTIONS.get(key)!);
        } else if (!display && key === 'peerIdentity') {
          result =
            typeof member === 'string'
              ? member
              : this.error(path, `${path} is ${describe(member)}: expected a string`);
          if (result !== undefined && !topSupported(key)) this.#unsupported(path);
        } else if (!display && key === 'semantics') {
          result = enumerated(this, member, path, SEMANTICS);
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
    if (!this.display && DISPLAY_NAMES.includes(key)) {
      return this.error(path, `${path} is a getDisplayMedia option: getUserMedia does not take it`);
    }
    if (this.display && USER_NAMES.includes(key)) {
      return this.error(path, `${path} is a getUserMedia option: getDisplayMedia does not take it`);
    }
    return this.unknown(path, dictionary, key, names, names.join(', '));
  }

  #trackOrBoolean(value: unknown, path: string, kind: Kind): unknown {
    if (typeof value === 'boolean') return value;
    if (isDictionary(value))
      return this.enter(value, path, (object) => this.#track(object, path, kind, false));
    return this.error(
      path,
      `${path} is ${describe(value)}: expected true, false or a MediaTrackConstraints object`,
      value === 'true' || value === 'false' ? value : undefined,
    );
  }

  // MediaTrackConstraints

  #track(object: object, path: string, kind: Kind, inAdvanced: boolean): Dictionary {
    const copy: Dictionary = {};
    const names = inAdvanced ? SET_NAMES : TRACK_NAMES;
    this.members(object, path, names, (key, value, childPath) => {
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
      const result = constrainable(this, value, member, key, childPath);
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
    this.unknown(
      path,
      dictionary,
      key,
      inAdvanced ? SET_NAMES : TRACK_NAMES,
      'a constrainable property such as width, height, frameRate, facingMode or deviceId',
    );
  }

  #advanced(value: unknown, path: string, kind: Kind): unknown[] | undefined {
    if (this.display) {
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
    return this.list(value, path, 'constraint sets', (set, setPath) =>
      isDictionary(set)
        ? this.enter(set, setPath, (object) => this.#track(object, setPath, kind, true))
        : this.error(setPath, `${setPath} is ${describe(set)}: expected a constraint set object`),
    );
  }

  #warnIgnored(key: string, member: Member, path: string, kind: Kind): void {
    if (member.kind !== 'any' && member.kind !== kind) {
      this.warn(path, `${path} applies to ${member.kind} tracks: the ${kind} track ignores it`);
    } else if (member.display && !this.display) {
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
}
