// The track registry (DESIGN, *mechanism*): the platform fires no event when a script sets
// `track.enabled` or calls `track.stop()` (mediacapture-main: `stop()` fires no `ended`), so kit
// elements tell each other through this registry. It is kept on `globalThis` under a
// `Symbol.for` key so that two copies of the kit on one page share it; its shape is versioned.
//
// It also runs the one check the platform leaves no event for: app code calling `track.stop()`,
// setting `enabled`, or calling `stream.addTrack()`/`removeTrack()` (script changes fire no
// `addtrack`/`removetrack`), and — for watchers that show them — a track's settings changed by
// app code's `applyConstraints()` (it resolves without any event). One shared interval, once a
// second, and only while some element watches a stream; never per frame.

/**
 * What changed: a track's `enabled`, a track stopped, the set of a stream's tracks, or a track's
 * settings (only for streams watched with `settings`); and, told once for every watcher from the
 * platform's own events on a watched stream, a track `ended` or its `muted` changed.
 */
export type TrackRegistryChangeKind =
  'enabled' | 'stopped' | 'tracks' | 'settings' | 'ended' | 'muted';

export interface TrackRegistryChange {
  readonly kind: TrackRegistryChangeKind;
  /** The track, for `enabled` and `stopped`. */
  readonly track: MediaStreamTrack | null;
  /** The stream, for `tracks`. */
  readonly stream: MediaStream | null;
  /** Told by a kit element (`true`), or found by the once-a-second check (`false`). */
  readonly byKit: boolean;
}

interface SharedTrackRegistry {
  readonly version: 1;
  /** Fires `change` events carrying the fields of a {@link TrackRegistryChange}. */
  readonly events: EventTarget;
  notify(change: TrackRegistryChange): void;
  /**
   * Checks `stream` once a second until the returned function is called; with `settings`, also
   * each live track's settings. (A registry made by an older copy of the kit ignores `settings`.)
   */
  watch(stream: MediaStream, options?: WatchOptions): () => void;
}

export interface WatchOptions {
  /** Also tell when a live track's shown settings change (size, frame rate, sample rate, channels). */
  settings?: boolean;
}

const KEY = Symbol.for('mediastream-elements:tracks');
const CHECK_INTERVAL_MS = 1000;
const STREAM_EVENTS = ['addtrack', 'removetrack'] as const;
const TRACK_EVENTS = ['ended', 'mute', 'unmute'] as const;

interface Watched {
  count: number;
  /** How many of the watchers want settings checked. */
  settingsCount: number;
  /** The stream's tracks at the last check (the platform's own `getTracks()` array). */
  tracks: MediaStreamTrack[];
  /** Each of `tracks`' state then (`stateOf`). */
  states: number[];
  /** Each of `tracks`' shown settings then, `SETTINGS.length` numbers a track (NaN: none). */
  settings: number[];
  /** Removes the platform listeners on the stream and its tracks. */
  unlisten?: () => void;
}

/** 0: ended; 1: live, disabled; 2: live, enabled. */
const stateOf = (track: MediaStreamTrack) =>
  track.readyState === 'ended' ? 0 : track.enabled ? 2 : 1;
/**
 * The settings an element shows. The check reads them again for video tracks only: a microphone's
 * sample rate and channels stay as opened (measured in all three engines: applyConstraints() with
 * other values resolves or is refused and changes neither; TESTING.md), and getSettings() of an
 * audio track costs 24 µs, two and a half times a video track's.
 */
const SETTINGS = ['width', 'height', 'frameRate', 'sampleRate', 'channelCount'] as const;

/**
 * Writes `track`'s shown settings into `into` from `at`; returns whether any differed. Reads
 * nothing from an ended track.
 */
function readSettings(track: MediaStreamTrack, into: number[], at: number): boolean {
  const settings = track.readyState === 'live' ? track.getSettings?.() : undefined;
  let changed = false;
  for (let i = 0; i < SETTINGS.length; i++) {
    const value = Number(settings?.[SETTINGS[i]] ?? NaN);
    const was = into[at + i];
    if (!(value === was || (value !== value && was !== was))) changed = true;
    into[at + i] = value;
  }
  return changed;
}

function sameTracks(a: MediaStreamTrack[], b: MediaStreamTrack[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const stateChange = (track: MediaStreamTrack, state: number): TrackRegistryChange => ({
  kind: state === 0 ? 'stopped' : 'enabled',
  track,
  stream: null,
  byKit: false,
});

function createRegistry(): SharedTrackRegistry {
  const events = new EventTarget();
  const watched = new Map<MediaStream, Watched>();
  let timer: ReturnType<typeof setInterval> | undefined;

  const notify = (change: TrackRegistryChange) => {
    // Remember what the kit already told, so the next check does not tell it twice.
    for (const [stream, seen] of watched) {
      const at = change.track ? seen.tracks.indexOf(change.track) : -1;
      if (at >= 0) seen.states[at] = stateOf(change.track!);
      if (change.stream === stream) snapshot(stream, seen);
    }
    events.dispatchEvent(Object.assign(new Event('change'), change));
  };

  const snapshot = (stream: MediaStream, seen: Watched) => {
    seen.tracks = stream.getTracks();
    seen.states = seen.tracks.map(stateOf);
    snapshotSettings(seen);
  };

  const snapshotSettings = (seen: Watched) => {
    seen.settings = [];
    if (seen.settingsCount) {
      seen.tracks.forEach((track, i) => readSettings(track, seen.settings, i * SETTINGS.length));
    }
  };

  /**
   * One set of platform listeners per watched stream, however many elements watch it: its
   * `addtrack`/`removetrack` and each track's `ended`, `mute` and `unmute`, told as changes.
   * Removed by hand, not through an AbortSignal: a device switch adds and removes them on its
   * way to the new track, and an abort costs several times as much in Chromium (measured).
   */
  const listen = (stream: MediaStream, seen: Watched) => {
    seen.unlisten?.();
    const tracks = stream.getTracks();
    const listener = {
      handleEvent(event: Event) {
        if (event.currentTarget === stream) {
          notify({ kind: 'tracks', track: null, stream, byKit: false });
          listen(stream, seen);
          return;
        }
        const track = event.currentTarget as MediaStreamTrack;
        notify({
          kind: event.type === 'ended' ? 'ended' : 'muted',
          track,
          stream: null,
          byKit: false,
        });
      },
    };
    const each = (add: boolean) => {
      const method = add ? 'addEventListener' : 'removeEventListener';
      for (const type of STREAM_EVENTS) stream[method](type, listener);
      for (const track of tracks) for (const type of TRACK_EVENTS) track[method](type, listener);
    };
    each(true);
    seen.unlisten = () => each(false);
  };

  /** What a check found, told once the stream's snapshot is up to date. */
  const found: TrackRegistryChange[] = [];

  const checkStream = (seen: Watched, stream: MediaStream) => {
    const tracks = stream.getTracks();
    if (!sameTracks(tracks, seen.tracks)) {
      found.push({ kind: 'tracks', track: null, stream, byKit: false });
      const [before, states] = [seen.tracks, seen.states];
      snapshot(stream, seen);
      listen(stream, seen);
      // A track that stayed and stopped or changed `enabled` is told too (each consumer reads
      // every track again for the `tracks` change, settings included).
      seen.tracks.forEach((track, at) => {
        const i = before.indexOf(track);
        if (i >= 0 && states[i] !== seen.states[at]) {
          found.push(stateChange(track, seen.states[at]));
        }
      });
    } else {
      for (let i = 0; i < tracks.length; i++) {
        const track = tracks[i];
        const state = stateOf(track);
        if (state !== seen.states[i]) {
          seen.states[i] = state;
          found.push(stateChange(track, state));
        } else if (
          seen.settingsCount &&
          track.kind === 'video' &&
          readSettings(track, seen.settings, i * SETTINGS.length)
        ) {
          found.push({ kind: 'settings', track, stream: null, byKit: false });
        }
      }
    }
    if (found.length) found.splice(0).forEach(notify);
  };

  /**
   * Once a second: what changed in each watched stream since the last check, told as changes.
   * Nothing while the page is hidden (the first check after it shows tells what changed), and
   * nothing allocated unless something changed (the snapshot is kept up to date in place) but
   * the platform's `getTracks()` arrays and, for watchers that show settings, `getSettings()`.
   */
  const check = () => {
    if (!watched.size) {
      clearInterval(timer);
      timer = undefined;
    }
    if (!document.hidden) watched.forEach(checkStream);
  };

  const watch = (stream: MediaStream, options: WatchOptions = {}) => {
    let seen = watched.get(stream);
    if (!seen) {
      seen = { count: 0, settingsCount: 0, tracks: [], states: [], settings: [] };
      snapshot(stream, seen);
      listen(stream, seen);
      watched.set(stream, seen);
    }
    seen.count++;
    if (options.settings && ++seen.settingsCount === 1) snapshotSettings(seen);
    timer ??= setInterval(check, CHECK_INTERVAL_MS);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (options.settings) seen.settingsCount--;
      if (--seen.count === 0) {
        seen.unlisten?.();
        watched.delete(stream);
      }
      // The interval stops at its next check with nothing watched: a stream replaced by another
      // (a device switch) does not stop and restart it.
    };
  };

  return { version: 1, events, notify, watch };
}

function registry(): SharedTrackRegistry {
  const global = globalThis as unknown as Record<symbol, SharedTrackRegistry | undefined>;
  return (global[KEY] ??= createRegistry());
}

/**
 * Calls `listener` for every change told through the registry, until `signal` aborts or the
 * returned function is called.
 */
export function onTrackRegistryChange(
  listener: (change: TrackRegistryChange) => void,
  signal?: AbortSignal,
): () => void {
  const { events } = registry();
  const handler = (event: Event) => listener(event as unknown as TrackRegistryChange);
  events.addEventListener('change', handler, { signal });
  return () => events.removeEventListener('change', handler);
}

/**
 * Checks `stream` for changes no event reports, once a second, until the returned function is
 * called; with `settings`, also its live tracks' settings (app code's `applyConstraints()`).
 */
export function watchStream(stream: MediaStream, options: WatchOptions = {}): () => void {
  return registry().watch(stream, options);
}

/** Sets `track.enabled` and tells every kit element. */
export function setTrackEnabled(track: MediaStreamTrack, enabled: boolean): void {
  track.enabled = enabled;
  registry().notify({ kind: 'enabled', track, stream: null, byKit: true });
}

/** Stops `track` and tells every kit element (the platform fires no `ended` for `stop()`). */
export function stopTrack(track: MediaStreamTrack): void {
  track.stop();
  registry().notify({ kind: 'stopped', track, stream: null, byKit: true });
}

/** Stops every track of `tracks` and tells every kit element, once per track. */
export function releaseTracks(tracks: Iterable<MediaStreamTrack>): void {
  for (const track of tracks) stopTrack(track);
}

/** Tells every kit element that `stream`'s set of tracks changed (script `addTrack` fires no event). */
export function notifyTracksChanged(stream: MediaStream): void {
  registry().notify({ kind: 'tracks', track: null, stream, byKit: true });
}
