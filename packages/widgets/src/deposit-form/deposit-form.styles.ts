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
  .method {
    margin-block-end: var(--_space);
  }
  .method legend {
    font-size: 1em;
    margin-block-end: calc(var(--_space) / 2);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em; /* a finger-sized target */
    min-width: 2.75em;
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    margin: 0;
    padding: 0;
    accent-color: var(--_primary);
  }
  .option {
    font-weight: 400;
    cursor: pointer;
  }
  .promptpay {
    display: grid;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .promptpay .hint {
    margin: 0;
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
