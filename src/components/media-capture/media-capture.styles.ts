import { css } from 'lit';
import { baseStyles } from '../../base/styles.js';

export default [
  baseStyles,
  css`
    [part~='panel'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--media-capture-gap, 0.5em);
      margin-block: var(--media-capture-gap, 0.5em);
    }
    [part~='panel']:focus {
      outline: none;
    }
    p {
      margin: 0;
    }
    button {
      font: inherit;
      cursor: pointer;
      padding: var(--media-capture-button-padding, 0.4em 0.9em);
      border: var(--media-capture-button-border, 1px solid currentColor);
      border-radius: var(--media-capture-button-radius, 0.4em);
      background: var(--media-capture-button-background, transparent);
      color: var(--media-capture-button-color, inherit);
    }
    button:focus-visible,
    [part~='message']:focus {
      outline: var(--media-capture-focus-ring, 2px solid currentColor);
      outline-offset: 2px;
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    [part~='message'] {
      color: var(--media-capture-message-color, inherit);
    }
  `,
];
