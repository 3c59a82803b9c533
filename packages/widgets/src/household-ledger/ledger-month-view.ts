import { addMonths, type Money } from '@sajja/core';
import type { LedgerPeriodSummary } from '@sajja/core/ledger';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LiveController } from '../shared/live-controller.js';
import { isDepositEntry, renderDepositMark } from './deposit-entry.js';
import type { LedgerCorrections } from './ledger-corrections.js';
import type * as MonthExtras from './ledger-month-extras.js';
import { ledgerMessage, type LedgerHost, type LedgerSentence } from './ledger-host.js';
import { renderHeading } from '../shared/heading.js';
import {
  FIRST_MONTH,
  monthAfter,
  monthQuery,
  monthRows,
  type LedgerRow,
  type MonthRows,
  type MonthView,
} from './ledger-month.js';

/**
 * The household ledger's month: the month buttons and heading, the summary (balance brought
 * forward, income, expense, net, savings, savings rate, closing balance), the chart of the last
 * months, the entries as the paper book lays them out (newest first, a page at a time, the
 * balance after each) with their "reverse" buttons, and the month's payments with the groups.
 * It reads all of it live, so a write anywhere re-renders it.
 */
export class LedgerMonthView {
  /** How many rows the list shows now (0: one page). */
  private rowsShown = 0;
  /** Why the month buttons could not go further (past the calendar's end). */
  private failure?: unknown;

  private readonly view: LiveController<MonthView>;
  /** The month's chart and group payments, once loaded. */
  private extras?: typeof MonthExtras;
  /** Why they could not be loaded. */
  private extrasFailure?: unknown;

  constructor(
    private readonly host: LedgerHost,
    private readonly corrections: LedgerCorrections,
    chartSpan: () => number,
  ) {
    this.view = new LiveController<MonthView>(
      host,
      () =>
        host.household
          ? [host.household, host.shownMonth, host.showReversed, chartSpan()].join('\u0000')
          : undefined,
      () => host.store,
      (store) => monthQuery(store, host.household, host.shownMonth, host.showReversed, chartSpan()),
    );
    // The chart and the group payments, in parallel with the store (see ledger-month-extras.ts).
    import('./ledger-month-extras.js').then(
      (extras) => {
        this.extras = extras;
        host.requestUpdate();
      },
      (error: unknown) => {
        this.extrasFailure = error;
        host.requestUpdate();
      },
    );
  }

  /** Back to the month's first page, with nothing half-done. */
  reset(): void {
    this.rowsShown = 0;
    this.failure = undefined;
  }

  private goToMonth(step: number): void {
    const month = monthAfter(this.host.shownMonth, step);
    if (typeof month === 'string') this.host.month = month;
    else this.failure = month;
    // Also renders the failure.
    this.host.announce();
  }

  render() {
    const { localize } = this.host;
    const month = this.host.shownMonth;
    const previous = addMonths(`${month}-01`, -1).slice(0, 7);
    const next = monthAfter(month, 1);
    const short = (of: string | Error) =>
      typeof of === 'string' ? localize.date(`${of}-01`).split(' ')[1] : '';
    return html`<section class="month" aria-labelledby="month-heading">
      <div class="month-nav">
        <button
          class="secondary"
          type="button"
          ?disabled=${previous < FIRST_MONTH}
          @click=${() => this.goToMonth(-1)}
        >
          <span aria-hidden="true">‹</span> ${short(previous)}<span class="visually-hidden">
            (${localize.t('previousMonth')})</span
          >
        </button>
        ${renderHeading(this.host.titleLevel + 1, localize.month(month), {
          id: 'month-heading',
          focusable: true,
          live: true,
        })}
        <button
          class="secondary"
          type="button"
          ?disabled=${typeof next !== 'string'}
          @click=${() => this.goToMonth(1)}
        >
          ${short(next)}<span class="visually-hidden"> (${localize.t('nextMonth')})</span>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <p class="error" role="alert">
        ${ledgerMessage(
          this.host,
          this.failure ?? this.corrections.failure ?? this.monthNotShown(),
        )}
      </p>
      ${this.renderBody()}
    </section>`;
  }

  /** Says so when `month` is set but not a month the ledger can show (it shows this month). */
  private monthNotShown(): LedgerSentence | undefined {
    const { month, localize } = this.host;
    return month && month !== this.host.shownMonth
      ? () => localize.t('monthNotShown', { month })
      : undefined;
  }

  private renderBody() {
    const { localize } = this.host;
    if (!this.host.household) return html`<p class="error">${localize.t('noHousehold')}</p>`;
    const state = this.view.state;
    const failure = state.status === 'error' ? state.error : this.extrasFailure;
    if (state.status === 'error' || failure !== undefined) {
      return html`<p class="error" role="alert">${ledgerMessage(this.host, failure)}</p>`;
    }
    const extras = this.extras;
    if (state.status === 'loading' || !extras) {
      return html`<p class="hint">${localize.t('loading')}</p>`;
    }
    const view = state.value;
    const rows = monthRows(view);
    const summary = view.chart.periods[view.chart.periods.length - 1];
    return html`
      ${summary ? this.renderSummary(summary, rows) : nothing}
      ${extras.renderLedgerChart(view.chart.periods, localize.language, localize.digits)}
      ${this.renderList(rows.rows)}
      ${extras.renderGroupPayments(
        view.payments,
        view.organisations,
        localize.language,
        localize.digits,
        this.host.titleLevel + 2,
      )}
    `;
  }

  private renderSummary(summary: LedgerPeriodSummary, rows: MonthRows) {
    const { localize } = this.host;
    const t = localize.t.bind(localize);
    const money = (amount: Money) => `${localize.money(amount)} ${t('baht')}`;
    const item = (label: string, value: string, name: string) =>
      html`<div class=${name}>
        <dt>${label}</dt>
        <dd class="amount">${value}</dd>
      </div>`;
    const rate =
      summary.savingsRate === null
        ? t('noIncome')
        : t('percent', { value: localize.money(summary.savingsRate) });
    return html`${renderHeading(
        this.host.titleLevel + 2,
        t('monthSummary', { month: localize.month(this.host.shownMonth) }),
        { className: 'visually-hidden' },
      )}
      <dl part="summary" class="summary">
        ${item(t('opening'), money(rows.opening), 'opening')}
        ${item(t('income'), money(summary.income), 'income')}
        ${item(t('expense'), money(summary.expense), 'expense')}
        ${item(t('net'), money(summary.net), 'net')}
        ${item(t('savings'), money(summary.savings), 'savings')}
        ${item(t('savingsRate'), rate, 'savings-rate')}
        ${item(t('closing'), money(rows.closing), 'closing')}
      </dl>`;
  }

  private renderList(rows: readonly LedgerRow[]) {
    const host = this.host;
    const { localize } = host;
    const t = localize.t.bind(localize);
    const pageLength = host.pageSize;
    const shown = Math.min(rows.length, this.rowsShown || pageLength);
    const remaining = rows.length - shown;
    return html`<div class="toolbar">
        <label class="check">
          <input
            type="checkbox"
            .checked=${host.showReversed}
            @change=${(event: Event) => {
              host.showReversed = (event.target as HTMLInputElement).checked;
            }}
          />
          ${t('showReversed')}
        </label>
        ${rows.length > 0
          ? html`<span class="hint"
              >${t('showing', {
                shown: localize.number(shown),
                total: localize.number(rows.length),
              })}</span
            >`
          : nothing}
      </div>
      ${rows.length === 0
        ? html`<p class="empty">${t('empty')}</p>`
        : html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="list-caption">
            <table part="table">
              <caption id="list-caption">
                ${t('listCaption', { month: localize.month(host.shownMonth) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('colDate')}</th>
                  <th scope="col">${t('colItem')}</th>
                  <th scope="col" class="amount">${t('colIncome')}</th>
                  <th scope="col" class="amount">${t('colExpense')}</th>
                  <th scope="col" class="amount">${t('colBalance')}</th>
                  <th scope="col">${t('colAction')}</th>
                </tr>
              </thead>
              <tbody>
                ${repeat(
                  rows.slice(0, shown),
                  (row) => row.entry.id,
                  (row) => this.renderRow(row),
                )}
              </tbody>
            </table>
          </div>`}
      ${remaining > 0
        ? html`<button
            class="secondary more"
            type="button"
            @click=${() => {
              this.rowsShown = shown + pageLength;
              host.requestUpdate();
              // The button goes when nothing is left to show: keep focus in the list.
              if (this.rowsShown >= rows.length) host.focusLater('.table-scroll');
            }}
          >
            ${t('more', { count: localize.number(Math.min(remaining, pageLength)) })}
          </button>`
        : nothing}`;
  }

  private renderRow(row: LedgerRow) {
    const { entry, status } = row;
    const { localize } = this.host;
    const t = localize.t.bind(localize);
    const amount = localize.money(entry.amount);
    const date = localize.date(entry.date);
    const category = this.host.categoryLabel(entry.category);
    const struck = status === 'counts' ? '' : 'struck';
    const mark =
      status === 'reversed'
        ? t('reversedMark')
        : status === 'correction'
          ? t('correctionMark')
          : '';
    const confirming = this.corrections.confirming === entry.id;
    const values = { category, amount, date };
    const state = this.view.state;
    const groups = state.status === 'ready' ? state.value.organisations : [];
    return html`<tr class=${status} data-id=${entry.id}>
        <td class="date ${struck}">${date}</td>
        <td class="item">
          <span class=${struck}>${category}</span>
          ${entry.note ? html`<span class="note">${entry.note}</span>` : nothing}
          ${entry.kind === 'transfer'
            ? html`<span class="note">${t('transferMark', { amount })}</span>`
            : nothing}
          ${renderDepositMark(entry, groups, localize.language)}
          ${mark ? html`<span class="mark">(${mark})</span>` : nothing}
        </td>
        <td class="amount income ${struck}">${entry.kind === 'income' ? amount : ''}</td>
        <td class="amount expense ${struck}">${entry.kind === 'expense' ? amount : ''}</td>
        <td class="amount balance">${row.balance ? localize.money(row.balance) : ''}</td>
        <td class="action">
          ${status === 'counts' && !isDepositEntry(entry)
            ? html`<button
                class="secondary"
                type="button"
                data-reverse=${entry.id}
                aria-label=${t('reverseLabel', values)}
                aria-expanded=${confirming ? 'true' : 'false'}
                @click=${() => this.corrections.ask(entry)}
              >
                ${t('reverse')}
              </button>`
            : nothing}
        </td>
      </tr>
      ${confirming ? this.corrections.renderConfirm(entry, values) : nothing}`;
  }
}
