import { css } from 'lit';

/** Styles of `<sajja-sync-status>` beyond the shared theme. */
export const syncStatusStyles = css`
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .title {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.125em;
    line-height: 1.3;
  }
  .state {
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: 600;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
  }
  .figures dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .figures dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .problem {
    margin: calc(var(--_space) / 2) 0 0;
    padding: 0.25em 0.5em;
    border-inline-start: 0.25em solid var(--_danger);
    color: var(--_danger);
    overflow-wrap: anywhere;
  }
  .record {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  button {
    margin-block-start: var(--_space);
  }
`;
