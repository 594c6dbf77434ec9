import { css } from 'lit';
import { baseStyles, focusRing } from '../../base/styles.js';

export default [
  baseStyles,
  css`
    :host {
      --_focus-ring: var(--device-select-focus-ring, 2px solid #0b57d0);
    }
    [part~='base'] {
      display: grid;
      gap: var(--device-select-gap, 0.25em);
    }
    [part~='label'] {
      font-weight: 600;
    }
    select {
      font: inherit;
      color: inherit;
      min-inline-size: 0;
      max-inline-size: 100%;
      padding: var(--device-select-padding, 0.4em 0.6em);
      border: var(--device-select-border, 1px solid currentColor);
      border-radius: var(--device-select-radius, 0.4em);
      background: var(--device-select-background, transparent);
    }
    select:focus-visible {
      ${focusRing}
    }
    select:disabled {
      opacity: 0.7;
      cursor: not-allowed;
    }
    [part~='message'] {
      margin: 0;
      font-size: 0.9em;
    }
  `,
];
