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
    /*
     * On and off differ by shape, not only by colour: a box, checked while on. Drawn with borders
     * (kept in forced colours, in the button's colour), not an SVG: a thousand lists lay out
     * faster without two SVG elements per toggle.
     */
    .toggle-icon {
      flex: none;
      position: relative;
      box-sizing: border-box;
      width: 0.85em;
      height: 0.85em;
      border: 0.1em solid currentColor;
      border-radius: 0.15em;
    }
    button[aria-pressed='true'] .toggle-icon::after {
      content: '';
      position: absolute;
      left: 0.22em;
      top: 0.04em;
      width: 0.22em;
      height: 0.45em;
      border: solid currentColor;
      border-width: 0 0.14em 0.14em 0;
      transform: rotate(45deg);
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
