import { css } from 'lit';

/** Styles of `<sajja-balance-card>` beyond the shared theme. */
export const balanceCardStyles = css`
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
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
  }
  .household {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  .kind {
    display: block;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 400;
  }
  section + section {
    border-block-start: 1px solid var(--_border);
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
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
  }
  .total .figures dd.main,
  .compact .figures dd.main {
    font-size: 1.375em;
    font-weight: 700;
  }
  .warning {
    margin: calc(var(--_space) / 2) 0 0;
    padding: 0.25em 0.5em;
    border-inline-start: 0.25em solid var(--_danger);
    color: var(--_danger);
    font-weight: 600;
  }
  .note {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .discipline {
    margin-block-start: var(--_space);
  }
  .discipline .score {
    margin: 0;
    font-weight: 700;
    color: var(--_primary);
  }
  .discipline ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }
  .sparkline {
    margin: var(--_space) 0 0;
  }
  .sparkline figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  svg {
    display: block;
    width: 100%;
    max-width: 24em;
    height: 3em;
    overflow: visible;
  }
  polyline {
    fill: none;
    stroke: var(--_primary);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .history {
    margin-block-start: var(--_space);
  }
  .recent-title {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .history ul {
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .history li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    padding-block: 0.25em;
    font-variant-numeric: tabular-nums;
  }
  .history .when {
    color: var(--_muted);
  }
  .history .how {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
`;
