/**
 * The store's views of a group and the core's year-end and report code that the committee's
 * widgets (the meeting, its report, the share-out) use, picked by name: the one module each of
 * them loads by `import()` when it first shows something. One module for the three, so the
 * one-script bundle cuts the store along one line — what household widgets load
 * (shared/store-module.ts) and what only a committee's page loads (this) — rather than into a
 * small chunk for each set of importers, which compress worse. The build keeps it out of the
 * every-widget total with the committee's chunks (`committee` in rollup.config.mjs).
 */
export {
  liveOrganisationRoster,
  organisationMonthlyReport,
  organisationRosterMember,
  organisationShareOut,
  rosterTotals,
  verifyOrganisationAudit,
} from '@sajja/store';
export { monthlyReportHtml } from '@sajja/core/report-html';
export { PROFIT_BUCKET_LABELS } from '@sajja/core/year-end';
