import { css } from 'lit';
import { baseStyles, buttonStyle, focusRing } from '../../base/styles.js';

export default [
  baseStyles,
  css`
    :host {
      --_focus-ring: var(--track-list-focus-ring, 2px solid #0b57d0);
    }
    [part~='list'] {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--track-list-gap, 0.5em);
    }
    [part~='item'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--track-list-gap, 0.5em);
      padding: var(--track-list-item-padding, 0.4em 0);
      border-bottom: var(
        --track-list-item-border,
        1px solid color-mix(in srgb, currentColor 20%, transparent)
      );
    }
    [part~='item'].ended [part~='label'] {
      text-decoration: var(--track-list-ended-decoration, line-through);
    }
    [part~='kind'] {
      font-weight: 600;
    }
    [part~='label'] {
      flex: 1 1 10em;
      overflow-wrap: anywhere;
    }
    [part~='settings'] {
      font-variant-numeric: tabular-nums;
      color: var(--track-list-muted-color, inherit);
    }
    [part~='empty'] {
      margin: 0;
      color: var(--track-list-muted-color, inherit);
    }
    button {
      ${buttonStyle('track-list', '0.3em 0.8em')}
    }
    button[aria-pressed='true'] {
      background: var(
        --track-list-toggle-on-background,
        color-mix(in srgb, currentColor 15%, transparent)
      );
    }
    /* On and off differ by shape, not only by colour: a box, checked while on. */
    .toggle-icon {
      flex: none;
      width: 1em;
      height: 1em;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.5;
    }
    .toggle-icon .check {
      stroke-width: 2.25;
      stroke-linecap: round;
      stroke-linejoin: round;
      visibility: hidden;
    }
    button[aria-pressed='true'] .toggle-icon .check {
      visibility: visible;
    }
    button[aria-disabled='true'] {
      cursor: default;
      border-style: dashed;
    }
    button:focus-visible {
      ${focusRing}
    }
    /* Forced colours flatten the tint: a pressed toggle takes the system's selection colours. */
    @media (forced-colors: active) {
      button[aria-pressed='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
      button[aria-pressed='true']:focus-visible {
        outline-color: CanvasText;
      }
    }
  `,
];
