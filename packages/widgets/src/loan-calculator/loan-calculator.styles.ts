import { css } from 'lit';

/** Styles of `<sajja-loan-calculator>` beyond the shared theme. */
export const loanCalculatorStyles = css`
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  legend {
    font-size: 1.125em;
    margin-block-end: var(--_space);
  }
  .rate-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space);
    align-items: start;
  }
  .more {
    margin-block-end: var(--_space);
  }
  .more > * {
    /* The details' own slot sits between: its children would inherit content-box from it. */
    box-sizing: border-box;
  }
  summary {
    display: flex;
    align-items: center;
    min-height: 2.75em; /* a finger-sized target, as the fields */
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .round-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
    column-gap: var(--_space);
    align-items: start;
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: var(--_space);
    margin: var(--_space) 0;
  }
  .summary dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .summary dd {
    margin: 0;
  }
  .summary .big {
    font-size: 1.5em;
    font-weight: 700;
    text-align: start;
  }
  .table-scroll {
    max-height: 30em;
    overflow: auto;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--sajja-background-color, #ffffff);
  }
`;
