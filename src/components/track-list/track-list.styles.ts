import { css } from 'lit';
import { baseStyles } from '../../base/styles.js';

export default [
  baseStyles,
  css`
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
      font: inherit;
      cursor: pointer;
      padding: var(--track-list-button-padding, 0.3em 0.8em);
      border: var(--track-list-button-border, 1px solid currentColor);
      border-radius: var(--track-list-button-radius, 0.4em);
      background: var(--track-list-button-background, transparent);
      color: var(--track-list-button-color, inherit);
    }
    button[aria-pressed='true'] {
      background: var(
        --track-list-toggle-on-background,
        color-mix(in srgb, currentColor 15%, transparent)
      );
    }
    button[aria-disabled='true'] {
      cursor: default;
      border-style: dashed;
    }
    button:focus-visible {
      outline: var(--track-list-focus-ring, 2px solid Highlight);
      outline-offset: 2px;
    }
  `,
];
