/*
 * What <sajja-meeting-report> reads and prints, loaded by import() when the first report is
 * shown: the store's organisation views and audit check, and the core's printable report. In
 * the one-script bundle they stay out of the store chunk household widgets load (which picks
 * only what they use, see shared/store-connection.ts) and out of the widget's own chunk.
 */
export {
  liveOrganisationRoster,
  organisationMonthlyReport,
  verifyOrganisationAudit,
} from '@sajja/store';
export { monthlyReportHtml } from '@sajja/core/report-html';
