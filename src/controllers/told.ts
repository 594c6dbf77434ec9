// One event in the world is announced once across the kit (DESIGN, Accessibility): two track lists
// of one stream, a list and a toggle switched from the browser's own controls, a microphone list
// and a speaker list seeing one headset plugged in, a list and its capture seeing every track end.
// An element that would announce an event first claims it here: the first to claim it tells it,
// the others stay silent. Kept on `globalThis` under a `Symbol.for` key so that two copies of the
// kit on one page share it.

/** How long a claim holds: elements that see one event tell it within this of each other. */
const HOLD_MS = 500;
const KEY = Symbol.for('mediastream-elements:told');

type Claims = Map<string, { by: WeakRef<Node>; at: number }>;

function claims(): Claims {
  const global = globalThis as unknown as Record<symbol, Claims | undefined>;
  return (global[KEY] ??= new Map());
}

/**
 * Whether `by` may tell `events` (the names of one event in the world, as `trackEvent` makes
 * them): yes unless another element told each of them within the last half second; they are
 * then `by`'s. An element may tell its own event again (a repeat is heard).
 */
export function claim(by: Node, events: readonly string[]): boolean {
  const told = claims();
  const now = performance.now();
  for (const [event, { at }] of told) if (now - at > HOLD_MS) told.delete(event);
  // Told by another element still in the page (one removed since, as between two tests, is not).
  const others = (event: string) => {
    const teller = told.get(event)?.by.deref();
    return !!teller && teller !== by && teller.isConnected;
  };
  if (events.length && events.every(others)) return false;
  for (const event of events) told.set(event, { by: new WeakRef(by), at: now });
  return true;
}

/** The name of what happened to `track` (`ended`, `enabled false`, …) as `claim` takes it. */
export const trackEvent = (track: MediaStreamTrack, what: string): string =>
  `track ${track.id} ${what}`;
