import { css } from 'lit';
import { baseStyles } from '../../base/styles.js';

export default [
  baseStyles,
  css`
    [part~='track'] {
      position: relative;
      height: var(--audio-meter-height, 0.5em);
      border-radius: var(--audio-meter-radius, 999px);
      background: var(
        --audio-meter-track-background,
        color-mix(in srgb, currentColor 15%, transparent)
      );
      overflow: hidden;
      /* The bar moves every frame: keep its paint inside the track, never a layout. */
      contain: strict;
    }
    [part~='bar'] {
      position: absolute;
      inset: 0;
      background: var(--audio-meter-bar-background, #1a7f37);
      transform-origin: left center;
      transform: scaleX(var(--audio-meter-level, 0));
      will-change: transform;
    }
    [part~='bar']:dir(rtl) {
      transform-origin: right center;
    }
    :host(:state(speaking)) [part~='bar'] {
      background: var(--audio-meter-speaking-background, #0b57d0);
    }
    [part~='message'] {
      margin: 0.4em 0 0;
      font-size: 0.9em;
    }
    @media (forced-colors: active) {
      [part~='track'] {
        border: 1px solid CanvasText;
      }
      [part~='bar'] {
        forced-color-adjust: none;
        background: Highlight;
      }
    }
  `,
];
