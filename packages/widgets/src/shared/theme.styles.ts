import { css } from 'lit';

/**
 * What every widget shares: the `--sajja-*` design tokens with their defaults, fields, buttons,
 * errors and focus rings. Sizes are in `em` (partner pages change the root size), fonts are
 * inherited, and nothing loads a font.
 */
export const themeStyles = css`
  :host {
    --_primary: var(--sajja-primary-color, #0b6e4f);
    --_on-primary: var(--sajja-on-primary-color, #ffffff);
    --_danger: var(--sajja-danger-color, #b42318);
    --_text: var(--sajja-text-color, inherit);
    --_muted: var(--sajja-muted-color, #5b6470);
    --_background: var(--sajja-background-color, transparent);
    --_border: var(--sajja-border-color, #c4cad3);
    --_radius: var(--sajja-border-radius, 0.375em);
    --_space: var(--sajja-spacing, 0.75em);
    display: block;
    box-sizing: border-box;
    font-family: var(--sajja-font-family, inherit);
    font-size: inherit;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_background);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-block-end: var(--_space);
  }
  label,
  legend {
    font-weight: 600;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
    min-height: 2.75em; /* a finger-sized target on a small phone */
  }
  input,
  select,
  textarea {
    width: 100%;
    padding: 0.5em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--sajja-field-background-color, #ffffff);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  button {
    padding: 0.5em 1em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus {
    outline: none;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_primary);
    outline-offset: 0.125em;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    color: var(--_danger);
    font-size: 0.875em;
  }
  .error:empty {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .amount {
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
`;
