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
  /* Thai words have no spaces: the longest amount the core reads (200 digits) is one run of
     some 2,000 letters. Chromium breaks it between Thai words by its dictionary; this lets a
     browser without one break it anywhere rather than widen the page. */
  [part='words'] {
    overflow-wrap: anywhere;
  }
  [part='error'] {
    color: var(--sajja-danger-color, #b42318);
  }
`;
