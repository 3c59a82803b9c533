import { css } from 'lit';

/** Styles of `<sajja-household-ledger>` beyond the shared theme. */
export const householdLedgerStyles = css`
  section {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  /* By tag, never by level: heading-level changes the tags, not the look. */
  :is(h2, h3, h4, h5, h6) {
    font-size: 1.125em;
    margin: 0 0 var(--_space);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  form > fieldset > legend {
    font-size: 1.125em;
    margin-block-end: var(--_space);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    column-gap: var(--_space);
    align-items: start;
  }
  .segmented {
    display: flex;
    gap: 0;
    margin-block: 0.25em var(--_space);
  }
  .segmented label {
    position: relative;
    flex: 1;
    font-weight: 400;
  }
  .segmented input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segmented span {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid var(--_primary);
    color: var(--_primary);
    background: var(--sajja-field-background-color, #ffffff);
  }
  .segmented label:first-child span {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .segmented label:last-child span {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .segmented input:checked + span {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .segmented input:focus-visible + span {
    outline: 0.1875em solid var(--_primary);
    outline-offset: 0.125em;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-block: var(--_space);
  }
  .month-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  #month-heading {
    margin: 0;
    text-align: center;
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: 0.5em var(--_space);
    margin: 0 0 var(--_space);
  }
  .summary dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .summary dd {
    margin: 0;
    font-weight: 600;
    text-align: start;
  }
  .chart {
    margin: 0 0 var(--_space);
  }
  .bars {
    display: block;
    width: 100%;
    height: 8em;
    overflow: visible;
  }
  .bar.income,
  .swatch.income {
    fill: var(--_primary);
    background: var(--_primary);
  }
  .bar.expense,
  .swatch.expense {
    fill: var(--_danger);
    background: var(--_danger);
  }
  .baseline {
    stroke: var(--_border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .months {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.75em;
    color: var(--_muted);
    text-align: center;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_space);
    font-size: 0.875em;
    margin-block-start: 0.25em;
  }
  .swatch {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-inline-end: 0.375em;
    border-radius: 0.125em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em var(--_space);
    margin-block-end: 0.5em;
  }
  .check {
    display: flex;
    align-items: center;
    min-height: 2.75em;
    gap: 0.5em;
    font-weight: 400;
  }
  .check input {
    width: 1.25em;
    min-height: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .table-scroll {
    overflow-x: auto;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  td.date {
    white-space: nowrap;
  }
  .note {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .mark {
    display: block;
    font-size: 0.875em;
    font-style: italic;
  }
  .struck {
    text-decoration: line-through;
  }
  td.item {
    min-width: 8em;
  }
  tr.confirm td {
    background: var(--sajja-highlight-color, #fff8e1);
  }
  .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  td.action button {
    font-size: 0.875em;
    min-height: calc(2.75em / 0.875);
    padding: 0.25em 0.5em;
    white-space: nowrap;
  }
  .more {
    margin-block-start: var(--_space);
  }
  .files {
    display: grid;
    gap: var(--_space);
  }
  /* The browser's own picker speaks the browser's language: kept out of sight and of reach,
     as the button beside it opens it. */
  #import-file {
    position: absolute;
    transform: scale(0);
  }
  #import-file-name {
    overflow-wrap: anywhere;
  }
  .problems {
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  #problems-heading {
    color: var(--_danger);
    font-size: 1em;
  }
  .problems ul {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  .problem-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .group-payments-title {
    margin: 0;
    font-size: 1em;
  }
  .group-payments .hint {
    margin: 0.25em 0 0;
  }
  .group-payments ul {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .group-payments li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    padding-block: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  .group-payments .when,
  .group-payments .how {
    color: var(--_muted);
  }
  .group-payments .amount {
    font-variant-numeric: tabular-nums;
    margin-inline-start: auto;
  }
  .group-payments .how {
    flex-basis: 100%;
    overflow-wrap: anywhere;
  }
`;
