import { css } from 'lit';
import { baseStyles, focusRing, focusRingInset } from '../../base/styles.js';

export default [
  baseStyles,
  css`
    :host {
      display: block;
      position: relative;
      aspect-ratio: var(--stream-mirror-aspect-ratio, 4 / 3);
      background: var(--stream-mirror-background, #000);
      color: var(--stream-mirror-placeholder-color, #fff);
      border-radius: var(--stream-mirror-radius, 0);
      overflow: hidden;
      --_focus-ring: var(--stream-mirror-focus-ring, 2px solid #0b57d0);
    }
    /* Forced colours replace the black background with the page's: a border keeps the box. */
    @media (forced-colors: active) {
      :host {
        border: 1px solid CanvasText;
      }
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
    /* The preview focused (focus moved there when the play button went): a ring drawn over it,
       inside the box, where an outline around the video would be clipped. */
    [part~='video']:focus {
      outline: none;
      box-shadow: none;
    }
    .focus-ring {
      display: none;
      position: absolute;
      inset: 0;
      pointer-events: none;
      ${focusRingInset}
    }
    [part~='video']:focus + .focus-ring {
      display: block;
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
    .overlay:focus {
      ${focusRingInset}
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
      ${focusRing}
    }
  `,
];
