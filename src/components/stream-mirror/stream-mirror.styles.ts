import { css } from 'lit';

export default css`
  :host {
    display: block;
    position: relative;
    aspect-ratio: var(--stream-mirror-aspect-ratio, 4 / 3);
    background: var(--stream-mirror-background, #000);
    color: var(--stream-mirror-placeholder-color, #fff);
    border-radius: var(--stream-mirror-radius, 0);
    overflow: hidden;
  }
  :host([hidden]) {
    display: none;
  }
  [part~='video'] {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  :host([fit='cover']) [part~='video'] {
    object-fit: cover;
  }
  :host([mirrored]) [part~='video'] {
    transform: scaleX(-1);
  }
  /* Kept rendered (not display: none) so that frames keep arriving while the placeholder shows. */
  [part~='video'].dark {
    opacity: 0;
  }
  .overlay {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    align-content: center;
    gap: 0.5em;
    padding: 0.5em;
    text-align: center;
  }
  [part~='placeholder'] {
    margin: 0;
  }
  [part~='play-button'] {
    font: inherit;
    cursor: pointer;
    padding: var(--stream-mirror-button-padding, 0.4em 0.9em);
    border: var(--stream-mirror-button-border, 1px solid currentColor);
    border-radius: var(--stream-mirror-button-radius, 0.4em);
    background: var(--stream-mirror-button-background, rgb(0 0 0 / 0.6));
    color: var(--stream-mirror-button-color, #fff);
  }
  [part~='play-button']:focus-visible {
    outline: var(--stream-mirror-focus-ring, 2px solid Highlight);
    outline-offset: 2px;
  }
`;
