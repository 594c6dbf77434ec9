import { createContext } from '@lit/context';

/**
 * The source protocol's context key. `Symbol.for` so that two copies of the kit on one page (or a
 * third-party source) share it.
 */
export const streamContext = createContext<MediaStream | null>(
  Symbol.for('mediastream-elements:stream'),
);

/**
 * The source element itself, for controls that ask it to act (`switchDevice`, `start`, `stop`).
 * Optional in the source protocol; `Symbol.for` for the same reason.
 */
export const sourceContext = createContext<HTMLElement | null>(
  Symbol.for('mediastream-elements:source'),
);
