import { css } from 'lit';

/**
 * Styles of `<sajja-baht-text>`. Custom properties:
 * - `--sajja-text-color`: colour of the words (default: inherited).
 * - `--sajja-danger-color`: colour of an error message (default `#b42318`).
 */
export const bahtTextStyles = css`
  :host {
    display: inline;
    font: inherit;
    color: var(--sajja-text-color, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  [part='error'] {
    color: var(--sajja-danger-color, #b42318);
  }
`;
