/**
 * `@sajja/core/report-html`: the monthly meeting report as a printable HTML document (Thai
 * first, Buddhist-Era dates, totals also in Thai words), from `monthlyReport` of
 * `@sajja/core/books`.
 *
 * @module @sajja/core/report-html
 */
export { monthlyReportHtml } from './monthly-report-html.js';
export type { MonthlyReportHtmlOptions } from './monthly-report-html.js';
