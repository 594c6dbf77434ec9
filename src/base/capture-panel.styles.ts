import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The styles of a capture source's panel (`<media-capture>`, `<screen-capture>`), themed through
 * the element's own custom properties: `--<tag>-gap`, `--<tag>-button-*`, `--<tag>-focus-ring`,
 * `--<tag>-message-color`.
 */
export function capturePanelStyles(tag: string): CSSResult {
  const p = unsafeCSS(`--${tag}`);
  return css`
    [part~='panel'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(${p}-gap, 0.5em);
      margin-block: var(${p}-gap, 0.5em);
    }
    [part~='panel']:focus:not([data-focus-moved]) {
      outline: none;
    }
    p {
      margin: 0;
    }
    button {
      font: inherit;
      cursor: pointer;
      padding: var(${p}-button-padding, 0.4em 0.9em);
      border: var(${p}-button-border, 1px solid currentColor);
      border-radius: var(${p}-button-radius, 0.4em);
      background: var(${p}-button-background, transparent);
      color: var(${p}-button-color, inherit);
    }
    /* The text colour: it contrasts with the page as the text does (Highlight may not). */
    button:focus-visible,
    [part~='message']:focus {
      outline: var(${p}-focus-ring, 2px solid currentColor);
      outline-offset: 2px;
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    [part~='message'] {
      color: var(${p}-message-color, inherit);
    }
  `;
}
