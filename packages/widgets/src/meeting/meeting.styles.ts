import { css } from 'lit';

/**
 * Styles of `<sajja-meeting>` beyond the shared theme: the roster as a table, and as cards
 * when the element itself is narrower than 37.5em (about 600 px), by a container query, so a
 * roster in a narrow column of a wide page is cards too.
 */
export const meetingStyles = css`
  :host {
    container: sajja-meeting / inline-size;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  .tools .field {
    flex: 1 1 14em;
    min-width: 0;
  }
  .scroll {
    overflow-x: auto;
  }
  table[hidden] {
    display: none;
  }
  th,
  td {
    vertical-align: top;
  }
  thead th {
    font-size: 0.875em;
  }
  .member .number,
  .member .name,
  .member .note {
    display: block;
  }
  .member .number,
  .member .note {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .cell .field {
    margin-block-end: calc(var(--_space) / 2);
    min-width: 7em;
  }
  .cell input {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .paid-line {
    display: block;
    font-size: 0.875em;
  }
  .paid-total .total-amount {
    font-weight: 600;
  }
  .transfers-label {
    display: block;
    margin-top: calc(var(--_space) / 2);
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
    text-align: start;
    white-space: normal;
  }
  .transfers {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    font-weight: 400;
    text-align: start;
    /* In the paid column, whose amounts never wrap: a slip reference may be long. */
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .actions {
    display: grid;
    gap: 0.375em;
    min-width: 9em;
  }
  .actions select {
    width: 100%;
  }
  .method-label {
    font-size: 0.875em;
  }
  /* In the table, the column headers say what each field is: the labels stay for screen
     readers (with the member's name) and show on the cards. */
  .cell-label,
  .method-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    border-block-start: 2px solid var(--_border);
    font-weight: 600;
  }
  .reversal-row td {
    background: var(--sajja-field-background-color, transparent);
  }
  .reversal {
    display: grid;
    gap: 0.5em;
    max-width: 40em;
  }
  .reversal p {
    margin: 0;
  }
  .reversal-title {
    font-weight: 600;
  }
  .payments {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .alert {
    color: var(--_danger);
  }
  .alert:not(:empty) {
    margin-block-end: var(--_space);
  }
  .status:not(:empty) {
    margin-block-start: var(--_space);
  }

  /* A phone, or a narrow column: each row a card, its labels shown. */
  @container sajja-meeting (max-width: 37.5em) {
    .scroll {
      overflow-x: visible;
    }
    table,
    tbody,
    tfoot,
    tr,
    th,
    td {
      display: block;
      width: auto;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) / 2);
      margin-block-end: var(--_space);
    }
    th,
    td {
      border: 0;
      padding: 0.25em 0;
    }
    tfoot th,
    tfoot td {
      border: 0;
    }
    .cell-label,
    .method-label {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
      white-space: normal;
      display: block;
      font-weight: 600;
    }
    .cell .field {
      min-width: 0;
    }
    .actions {
      min-width: 0;
    }
    .amount {
      text-align: start;
    }
    .reversal-row {
      margin-block-start: calc(var(--_space) / -2);
    }
  }
`;
