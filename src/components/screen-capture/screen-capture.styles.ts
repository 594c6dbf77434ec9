import { css } from 'lit';
import { baseStyles } from '../../base/styles.js';

export default [
  baseStyles,
  css`
    [part~='base'] {
      display: grid;
      gap: var(--screen-capture-gap, 0.5em);
    }
  `,
];
