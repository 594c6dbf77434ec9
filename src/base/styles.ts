import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The kit's focus ring, for a rule of its own: `button:focus-visible { ${focusRing} }`. Two tones,
 * so that one of them keeps ≥ 3:1 against whatever surrounds the control (WCAG technique C40):
 * an outline (`--_focus-ring`, each element's `--<tag>-focus-ring`; #0b57d0 by default: 6.4:1 on
 * white, 3.3:1 on black) outside a white band (21:1 on the mirror's black). Not the system
 * `Highlight` outside forced colours: Firefox's is 2.94:1 on white. In forced colours the box
 * shadow is dropped and the outline takes the system's colour, so the ring stays.
 */
export const focusRing = css`
  outline: var(--_focus-ring, 2px solid #0b57d0);
  outline-offset: 2px;
  box-shadow: 0 0 0 2px #fff;
`;

/**
 * The same ring drawn inside a box that fills its container (the mirror's preview), where an
 * outline outside it would be clipped.
 */
export const focusRingInset = css`
  outline: var(--_focus-ring, 2px solid #0b57d0);
  outline-offset: -2px;
  box-shadow: inset 0 0 0 4px #fff;
`;

/**
 * The kit's plain bordered button (`<track-list>`'s, `<stream-recorder>`'s), for a rule of its
 * own: `button { ${buttonStyle('track-list', '0.3em 0.8em')} }`. Themed through the element's
 * documented `--<tag>-button-padding` (default `padding`), `--<tag>-button-border` (1px solid
 * currentColor), `--<tag>-button-radius` (0.4em), `--<tag>-button-background` (transparent) and
 * `--<tag>-button-color` (inherit).
 */
export function buttonStyle(tag: string, padding: string): CSSResult {
  const prop = (name: string, fallback: string) =>
    unsafeCSS(`var(--${tag}-button-${name}, ${fallback})`);
  return css`
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font: inherit;
    cursor: pointer;
    padding: ${prop('padding', padding)};
    border: ${prop('border', '1px solid currentColor')};
    border-radius: ${prop('radius', '0.4em')};
    background: ${prop('background', 'transparent')};
    color: ${prop('color', 'inherit')};
  `;
}

/** Host defaults, the visually hidden live region and the focus rings, shared by every element. */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  :host([hidden]) {
    display: none;
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
  /* A message or box focus was moved to (moveFocusTo): a ring, never none. */
  [data-focus-moved]:focus {
    ${focusRing}
  }
`;
