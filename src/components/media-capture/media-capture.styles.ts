import { css } from 'lit';

export default css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  :host([hidden]) {
    display: none;
  }
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
  button:focus-visible {
    outline: var(--media-capture-focus-ring, 2px solid Highlight);
    outline-offset: 2px;
  }
  [part~='message'] {
    color: var(--media-capture-message-color, inherit);
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
