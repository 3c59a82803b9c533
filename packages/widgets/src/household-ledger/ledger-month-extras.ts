/**
 * The parts of the household ledger's month that show only with the month's records: its chart
 * and its payments with the groups. The ledger loads them by `import()` when it is created, in
 * parallel with the store (which it needs before it can show them anyway), so a page with the
 * ledger downloads them beside the store rather than before its first render.
 */
export { renderLedgerChart } from './ledger-chart.js';
export { renderGroupPayments } from './group-payments.js';
