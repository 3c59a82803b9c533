import { satangOf, type DigitStyle, type Language, type Money } from '@sajja/core';
import type { LedgerPeriodSummary } from '@sajja/core/ledger';
import { html, svg } from 'lit';
import { displayDate, displayMoney, displayMonth, displayNumber } from '../shared/display.js';
import { translate } from '../shared/translations.js';
import { householdLedgerStrings } from './household-ledger.strings.js';

/** The plot's height in SVG units; bars are scaled so the largest reaches it. */
const PLOT_HEIGHT = 100;
/** Each month's slot in SVG units: an income bar, an expense bar and the gaps around them. */
const SLOT = 10;
const BAR_WIDTH = 3.5;

/**
 * A bar's height in SVG units, `value ÷ max` of the plot to a tenth of a unit, computed on
 * exact satang; a non-zero amount always gets a visible sliver.
 */
export function barHeight(value: Money, max: bigint): number {
  const amount = satangOf(value);
  if (amount <= 0n || max <= 0n) return 0;
  const tenths = Number((amount * BigInt(PLOT_HEIGHT * 10)) / max);
  return Math.max(tenths / 10, 0.5);
}

/** The short name of a month for the axis: `มี.ค.`, `Mar`. */
function shortMonth(period: string, language: Language, digits: DigitStyle): string {
  return displayDate(`${period}-01`, language, digits).split(' ')[1] ?? period;
}

/**
 * The monthly summary as a small bar chart: income (primary colour) beside expense (danger
 * colour) for each month, oldest first, in inline SVG (no external resource, nothing but
 * attributes and CSS, so it renders under a strict Content-Security-Policy). Its text
 * alternative is the SVG's `<title>` (what the chart is) and `<desc>` (every month's figures),
 * read out because the SVG has `role="img"`; the month names under the bars are decoration.
 */
export function renderLedgerChart(
  periods: readonly LedgerPeriodSummary[],
  language: Language,
  digits: DigitStyle,
) {
  const t = (key: keyof typeof householdLedgerStrings.th, values = {}) =>
    translate(householdLedgerStrings, language, key, values, digits);
  const last = periods[periods.length - 1];
  let max = 0n;
  for (const period of periods) {
    for (const amount of [satangOf(period.income), satangOf(period.expense)]) {
      if (amount > max) max = amount;
    }
  }
  const title = t('chartTitle', {
    count: displayNumber(periods.length, digits),
    month: last ? displayMonth(last.period, language, digits) : '',
  });
  const monthText = (period: LedgerPeriodSummary) =>
    t('chartMonth', {
      month: displayMonth(period.period, language, digits),
      income: displayMoney(period.income, digits),
      expense: displayMoney(period.expense, digits),
    });
  const description =
    max === 0n ? t('chartEmpty') : periods.map((period) => monthText(period)).join(' ');
  const width = periods.length * SLOT;
  const bar = (period: LedgerPeriodSummary, index: number, kind: 'income' | 'expense') => {
    const height = barHeight(period[kind], max);
    const x = index * SLOT + (kind === 'income' ? 1.25 : 5.25);
    return svg`<rect
      class="bar ${kind}"
      data-period=${period.period}
      x=${x}
      y=${PLOT_HEIGHT - height}
      width=${BAR_WIDTH}
      height=${height}
    ><title>${displayMonth(period.period, language, digits)} ${t(kind)} ${displayMoney(
      period[kind],
      digits,
    )} ${t('baht')}</title></rect>`;
  };
  return html`<figure part="chart" class="chart">
    <svg
      class="bars"
      role="img"
      aria-labelledby="chart-title"
      aria-describedby="chart-desc"
      viewBox="0 0 ${width} ${PLOT_HEIGHT}"
      preserveAspectRatio="none"
    >
      <title id="chart-title">${title}</title>
      <desc id="chart-desc">${description}</desc>
      ${periods.map((period, index) => [
        bar(period, index, 'income'),
        bar(period, index, 'expense'),
      ])}
      <line class="baseline" x1="0" y1=${PLOT_HEIGHT} x2=${width} y2=${PLOT_HEIGHT}></line>
    </svg>
    <ol class="months" aria-hidden="true">
      ${periods.map((period) => html`<li>${shortMonth(period.period, language, digits)}</li>`)}
    </ol>
    <figcaption class="legend">
      <span><span class="swatch income"></span>${t('income')}</span>
      <span><span class="swatch expense"></span>${t('expense')}</span>
    </figcaption>
  </figure>`;
}
