import { css } from 'lit';
import { baseStyles, buttonStyle, focusRing } from '../../base/styles.js';

export default [
  baseStyles,
  css`
    :host {
      --_focus-ring: var(--stream-recorder-focus-ring, 2px solid #0b57d0);
    }
    [part~='base'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--stream-recorder-gap, 0.5em);
    }
    p {
      margin: 0;
    }
    button {
      ${buttonStyle('stream-recorder', '0.4em 0.9em')}
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    button:focus-visible,
    a:focus-visible {
      ${focusRing}
    }
    .dot,
    .square {
      display: inline-block;
      width: 0.7em;
      height: 0.7em;
      flex: none;
    }
    .dot {
      border-radius: 50%;
      background: var(--stream-recorder-dot-color, #d93025);
    }
    /* Paused: a hollow ring instead of the filled dot, so the state shows without colour too. */
    [part~='indicator'].paused .dot {
      background: transparent;
      box-shadow: inset 0 0 0 2px currentColor;
    }
    .square {
      background: currentColor;
    }
    [part~='indicator'] {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      font-weight: 600;
    }
    [part~='time'] {
      font-variant-numeric: tabular-nums;
      min-width: 3.5ch;
    }
    @media (forced-colors: active) {
      .dot,
      .square {
        forced-color-adjust: none;
        background: CanvasText;
      }
      [part~='indicator'].paused .dot {
        background: Canvas;
        box-shadow: inset 0 0 0 2px CanvasText;
      }
    }
  `,
];
