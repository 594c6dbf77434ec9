import { isServer } from 'lit';
// MediaSession's `togglemicrophone` / `togglecamera` actions (the browser's own call controls, a
// headset button): Chromium accepts handlers for them; Firefox ESR 153 and WebKitGTK throw a
// TypeError for an action they do not know (measured), so every call is guarded. A page has one
// handler per action: the toggle connected last owns it, and the one before takes it back when
// that one leaves.

type Kind = 'audio' | 'video';

interface Owner {
  readonly toggle: () => void;
  readonly active: () => boolean;
}

const ACTIONS: Record<Kind, string> = { audio: 'togglemicrophone', video: 'togglecamera' };
const owners: Record<Kind, Owner[]> = { audio: [], video: [] };

function session(): MediaSession | undefined {
  return isServer ? undefined : navigator.mediaSession;
}

/** Installs the handler of `kind`'s action for the newest owner (or none); false where unsupported. */
function install(kind: Kind): boolean {
  const owner = owners[kind].at(-1);
  try {
    session()?.setActionHandler(
      ACTIONS[kind] as MediaSessionAction,
      owner ? () => owner.toggle() : null,
    );
    return true;
  } catch {
    return false;
  }
}

/** Tells the browser whether `kind` is on (its call controls show it). */
function report(kind: Kind, active: boolean): void {
  const media = session() as
    | (MediaSession & {
        setMicrophoneActive?(active: boolean): unknown;
        setCameraActive?(active: boolean): unknown;
      })
    | undefined;
  try {
    const result =
      kind === 'audio' ? media?.setMicrophoneActive?.(active) : media?.setCameraActive?.(active);
    // Chromium's return a promise that rejects outside a call context.
    (result as Promise<unknown> | undefined)?.catch?.(() => {});
  } catch {
    // not offered here
  }
}

/**
 * Makes `owner` handle `kind`'s MediaSession action until `signal` aborts. Returns a function
 * that reports `owner`'s state to the browser when it is the current owner.
 */
export function claimSessionAction(kind: Kind, owner: Owner, signal: AbortSignal): () => void {
  if (signal.aborted || !session()) return () => {};
  owners[kind].push(owner);
  if (!install(kind)) {
    owners[kind].pop();
    return () => {};
  }
  signal.addEventListener(
    'abort',
    () => {
      const list = owners[kind];
      list.splice(list.indexOf(owner), 1);
      install(kind);
      const next = list.at(-1);
      if (next) report(kind, next.active());
    },
    { once: true },
  );
  const update = () => {
    if (owners[kind].at(-1) === owner) report(kind, owner.active());
  };
  update();
  return update;
}
