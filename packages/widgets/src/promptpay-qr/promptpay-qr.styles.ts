import { css } from 'lit';

/** Styles of `<sajja-promptpay-qr>` beyond the shared theme. */
export const promptPayQrStyles = css`
  :host {
    max-width: 20em;
  }
  .card {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) / 3);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    min-width: 0;
  }
  .qr {
    display: block;
    /* Scales down with a narrow container; the quiet zone is in the drawing. */
    width: 100%;
    max-width: 16em;
    height: auto;
    aspect-ratio: 1;
  }
  p {
    margin: 0;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  .name {
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .masked-id {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  .amount-line {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .amount-line.hint {
    font-size: 1em;
    font-weight: 400;
    color: var(--_muted);
  }
  button {
    margin-block-start: calc(var(--_space) / 2);
    /* A finger-sized target even where the page's text is small. */
    min-width: max(2.75em, 44px);
    min-height: max(2.75em, 44px);
  }
  .status {
    color: var(--_muted);
  }
  .error {
    font-size: 1em;
  }
`;
