import { css } from 'lit';

/** Turns a custom state (`:state(name)`) on or off. */
export function setCustomState(internals: ElementInternals, name: string, on: boolean): void {
  const states = internals.states;
  if (!states) return;
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    // Chromium before 125 accepts only the `--name` form.
    if (on) states.add(`--${name}`);
    else states.delete(`--${name}`);
  }
}

/** Host defaults and the visually hidden live region, shared by every element. */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
