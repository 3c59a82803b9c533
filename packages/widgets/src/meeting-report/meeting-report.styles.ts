import { css } from 'lit';

/** Styles of `<sajja-meeting-report>` beyond the shared theme. */
export const meetingReportStyles = css`
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
  .month {
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
  .audit {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.25em solid var(--_primary);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .audit.broken {
    border-inline-start-color: var(--_danger);
    color: var(--_danger);
  }
  .audit p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  .document {
    display: block;
    width: 100%;
    min-height: 10em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: #ffffff;
  }
  /* Printing the whole page (the browser's own print, not the widget's button): the report
     without the buttons and the status line. */
  @media print {
    .status,
    .actions {
      display: none;
    }
    .document {
      border: 0;
    }
  }
`;
