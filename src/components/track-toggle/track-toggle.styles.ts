import { css } from 'lit';
import { baseStyles } from '../../base/styles.js';

export default [
  baseStyles,
  css`
    :host {
      display: inline-block;
    }
    button {
      display: inline-flex;
      align-items: center;
      gap: var(--track-toggle-gap, 0.5em);
      font: inherit;
      cursor: pointer;
      padding: var(--track-toggle-padding, 0.45em 0.9em);
      border: var(--track-toggle-border, 1px solid currentColor);
      border-radius: var(--track-toggle-radius, 999px);
      background: var(--track-toggle-background, transparent);
      color: var(--track-toggle-color, inherit);
    }
    /* Off reads as off without colour too: the icon is struck through and the label changes. */
    button[aria-pressed='false'] {
      background: var(--track-toggle-off-background, #b3261e);
      color: var(--track-toggle-off-color, #fff);
      border-color: var(--track-toggle-off-background, #b3261e);
    }
    button[aria-disabled='true'] {
      cursor: default;
      background: transparent;
      color: inherit;
      border-color: currentColor;
      border-style: dashed;
    }
    button:focus-visible {
      outline: var(--track-toggle-focus-ring, 2px solid #0b57d0);
      outline-offset: 2px;
      box-shadow: 0 0 0 2px #fff;
    }
    [part~='icon'] {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    [part~='hint'] {
      margin: var(--track-toggle-gap, 0.5em) 0 0;
      font-size: 0.9em;
    }
    /* Forced colours flatten the fill: off takes the system's selection colours, on stays plain. */
    @media (forced-colors: active) {
      button[aria-pressed='false'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
      button[aria-disabled='true'] {
        background: Canvas;
        color: GrayText;
        border-color: GrayText;
      }
      button:focus-visible {
        outline-color: CanvasText;
        box-shadow: none;
      }
    }
  `,
];
