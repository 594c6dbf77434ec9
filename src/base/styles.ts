import { css } from 'lit';

/** Host defaults and the visually hidden live region, shared by every element. */
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
`;
