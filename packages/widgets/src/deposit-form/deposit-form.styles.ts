import { css } from 'lit';

/** Styles of `<sajja-deposit-form>` beyond the shared theme. */
export const depositFormStyles = css`
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
    min-width: 0;
  }
  legend {
    font-size: 1.125em;
    margin-block-end: var(--_space);
  }
  textarea {
    min-height: 4.5em;
    resize: vertical;
  }
  .words {
    overflow-wrap: anywhere;
  }
  .words:empty {
    display: none;
  }
  .pledge {
    justify-self: start;
    max-width: 100%;
    white-space: normal;
    text-align: start;
  }
  /* The live regions stay rendered when empty: a region that appears together with its text
     is not reliably announced. */
  .alert {
    color: var(--_danger);
  }
  .alert:not(:empty) {
    margin-block-end: var(--_space);
  }
`;
