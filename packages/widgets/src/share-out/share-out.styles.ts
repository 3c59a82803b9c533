import { css } from 'lit';

/** Styles of `<sajja-share-out>` beyond the shared theme. */
export const shareOutStyles = css`
  :host {
    container-type: inline-size;
  }
  .title,
  .subtitle {
    margin: 0 0 calc(var(--_space) / 2);
    line-height: 1.3;
  }
  .title {
    font-size: 1.125em;
  }
  .subtitle {
    font-size: 1em;
    margin-block-start: var(--_space);
  }
  .year {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  .status {
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_muted);
  }
  .status:empty {
    display: none;
  }
  .error {
    font-size: 1em;
  }
  .profit {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    align-items: baseline;
    margin: 0 0 var(--_space);
  }
  .profit .figure {
    font-size: 1.375em;
    font-weight: 700;
    color: var(--_primary);
    font-variant-numeric: tabular-nums;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  caption {
    text-align: start;
    color: var(--_muted);
    font-size: 0.875em;
    padding-block-end: 0.25em;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
  }
  th {
    font-weight: 600;
  }
  .name,
  .allocation th {
    overflow-wrap: anywhere;
  }
  /* A phone: each member a card, its amounts labelled. */
  @container (max-width: 40em) {
    .members thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .members,
    .members tbody,
    .members tfoot,
    .members tr,
    .members th,
    .members td {
      display: block;
    }
    .members tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.25em 0.5em;
      margin-block-end: calc(var(--_space) / 2);
    }
    .members th,
    .members td {
      border: 0;
      padding: 0.125em 0;
    }
    .members td {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
      text-align: end;
    }
    .members td::before {
      content: attr(data-label);
      color: var(--_muted);
      text-align: start;
      white-space: normal;
    }
    .members td.number:empty {
      display: none;
    }
    .members caption {
      display: block;
    }
    /* A narrow column of a page (a portal's section on a phone): an amount may wrap too. */
    .allocation .amount {
      white-space: normal;
      overflow-wrap: anywhere;
    }
  }
`;
