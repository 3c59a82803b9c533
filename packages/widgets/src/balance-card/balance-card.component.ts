import {
  DEFAULT_STORE_NAME,
  assertIsoDate,
  compareIsoDates,
  isIsoDate,
  localToday,
  satangOf,
} from '@sajja/core';
import type {
  FundTransactionRecord,
  HouseholdOverview,
  MembershipOverview,
  MonthBalance,
  OverviewArrears,
  OverviewInstallment,
} from '@sajja/store';
import type { DisciplineScore } from '@sajja/core/savings';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  displayDate,
  displayMonth,
  displayMoney,
  displayNumber,
  inDigits,
} from '../shared/display.js';
import { LiveController } from '../shared/live-controller.js';
import { paymentMethodText } from '../shared/payment-method.js';
import { SajjaHeadedElement } from '../shared/headed-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { translate } from '../shared/translations.js';
import { balanceCardStyles } from './balance-card.styles.js';
import { balanceCardStrings } from './balance-card.strings.js';

type Key = keyof typeof balanceCardStrings.th;

/** How much `<sajja-balance-card>` shows: everything (`'full'`) or one small block. */
export type BalanceCardVariant = 'full' | 'compact';

/** The sparkline's drawing box: 12 points 10 units apart, 2 units of margin above and below. */
const SPARK_WIDTH = 110;
const SPARK_HEIGHT = 30;
const SPARK_MARGIN = 2;

/** The error `assertIsoDate` gives for a bad `as-of`, to show as any other. */
function dateError(value: string): unknown {
  try {
    assertIsoDate(value, 'as-of date');
  } catch (error) {
    return error;
  }
  return undefined;
}

/**
 * The polyline points of a year of balances. Heights are worked out in whole satang with
 * BigInt (the per-mille of the year's range), so money never passes through a float; only the
 * drawing coordinates are numbers.
 */
function sparklinePoints(months: readonly MonthBalance[]): string {
  const values = months.map((month) => satangOf(month.balance));
  const min = values.reduce((a, b) => (b < a ? b : a));
  const max = values.reduce((a, b) => (b > a ? b : a));
  const range = max - min;
  const usable = SPARK_HEIGHT - 2 * SPARK_MARGIN;
  const step = SPARK_WIDTH / Math.max(1, values.length - 1);
  return values
    .map((value, k) => {
      const perMille = range === 0n ? 500 : Number(((value - min) * 1000n) / range);
      const y = SPARK_MARGIN + (usable * (1000 - perMille)) / 1000;
      return `${(k * step).toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/**
 * `<sajja-balance-card>` shows where a household stands in every group and fund it belongs
 * to, and in total: savings, shares, loans outstanding, the next instalment (Buddhist-Era date
 * and amount), an overdue warning, welfare eligibility ("มีสิทธิ์รับสวัสดิการ", or from which
 * day) and the discipline score with its explanation. It reads the household overview of
 * `@sajja/store` live, so a deposit or repayment written by any widget (or another tab) shows at
 * once. It writes nothing and fires no events.
 *
 * `variant="full"` (the default) adds a section per organisation, with its latest five
 * transactions and how each was paid, and a 12-month savings sparkline; `variant="compact"` is one small block: total savings, loans outstanding, the next
 * instalment, and the overdue warning when there is one.
 *
 * @example
 * ```html
 * <sajja-balance-card household="3b2f…" store="codi-portal"></sajja-balance-card>
 * <sajja-balance-card household="3b2f…" variant="compact" digits="thai"></sajja-balance-card>
 * ```
 *
 * @tag sajja-balance-card
 * @attr household - the household's id in the store.
 * @attr store - the IndexedDB database name of the store (default `'sajja'`).
 * @attr variant - `'full'` (default): totals, each organisation and the sparkline; `'compact'`: one
 *   block.
 * @attr as-of - the day the figures are for, ISO `YYYY-MM-DD`; default today in the browser's time
 *   zone (taken again whenever the card renders).
 * @csspart card - the card (its border and padding).
 * @csspart total - the household's totals (full variant).
 * @csspart organisation - each organisation's section (full variant).
 * @csspart figures - each list of amounts.
 * @csspart warning - an overdue warning.
 * @csspart discipline - the discipline score and its explanation.
 * @csspart sparkline - the 12-month savings sparkline (an inline SVG).
 * @csspart history - each organisation's latest transactions (full variant).
 * @csspart method - how a transaction was paid (cash, PromptPay and its slip reference).
 * @csspart status - the polite live region: loading, unknown household, no memberships.
 * @cssprop --sajja-primary-color - the sparkline and the discipline score.
 * @cssprop --sajja-danger-color - overdue warnings.
 * @cssprop --sajja-muted-color - labels and secondary text.
 * @cssprop --sajja-border-color - the card's border and the lines between sections.
 * @cssprop --sajja-border-radius - corner radius.
 * @cssprop --sajja-spacing - the base gap.
 * @cssprop --sajja-font-family - the font (inherited by default).
 * @cssprop --sajja-text-color - the text colour (inherited by default).
 * @cssprop --sajja-background-color - the background (transparent by default).
 */
export class SajjaBalanceCard extends SajjaHeadedElement {
  /** The shadow styles. */
  static override styles = [themeStyles, balanceCardStyles];

  /** The household's id in the store. */
  @property() household = '';

  /** The IndexedDB database name of the store (default `'sajja'`). */
  @property() store = DEFAULT_STORE_NAME;

  /** `'full'` (default): totals, each organisation and the sparkline; `'compact'`: one block. */
  @property({ reflect: true }) variant: BalanceCardVariant = 'full';

  /**
   * The day the figures are for, ISO `YYYY-MM-DD`; default today in the browser's time zone
   * (taken again whenever the card renders).
   */
  @property({ attribute: 'as-of' }) asOf = '';

  private readonly overview = new LiveController<HouseholdOverview | undefined>(
    this,
    () =>
      this.household && isIsoDate(this.day) ? `${this.household}\u0000${this.day}` : undefined,
    () => this.store,
    (store, { liveHouseholdOverview }) =>
      liveHouseholdOverview(store, { householdId: this.household, asOf: this.day }),
  );

  private get day(): string {
    return this.asOf || localToday();
  }

  private t(key: Key, values: Readonly<Record<string, string | number>> = {}): string {
    return translate(balanceCardStrings, this.language, key, values, this.digitStyle);
  }

  private money(amount: string): string {
    return displayMoney(amount, this.digitStyle);
  }

  private date(iso: string): string {
    return displayDate(iso, this.language, this.digitStyle);
  }

  override render() {
    const state = this.overview.state;
    let status = '';
    let body: TemplateResult | typeof nothing = nothing;
    if (!this.household) {
      status = this.t('noHousehold');
    } else if (!isIsoDate(this.day)) {
      body = this.renderError(dateError(this.day));
    } else if (state.status === 'loading') {
      status = this.t('loading');
    } else if (state.status === 'error') {
      body = this.renderError(state.error);
    } else if (state.value === undefined) {
      status = this.t('unknownHousehold');
    } else if (state.value.memberships.length === 0) {
      status = this.t('empty');
    } else {
      const overview = state.value;
      body =
        this.variant === 'compact'
          ? this.renderCompact(overview)
          : this.regionIfNoHeading(
              `${this.t('title')}: ${overview.householdName}`,
              this.renderFull(overview),
            );
    }
    return html`
      <div part="card" class="card ${this.variant === 'compact' ? 'compact' : 'full'}">
        <p part="status" class="status" role="status" aria-live="polite">${status}</p>
        ${body}
      </div>
    `;
  }

  private renderError(error: unknown) {
    return html`<p class="error" role="alert">${this.locale.message(error)}</p>`;
  }

  private renderCompact(overview: HouseholdOverview) {
    const { total } = overview;
    return html`
      <section aria-label="${this.t('title')}: ${overview.householdName}">
        <dl part="figures" class="figures">
          ${this.figure('savings', this.t('amount', { amount: this.money(total.savings) }), true)}
          ${this.figure('loans', this.t('amount', { amount: this.money(total.loansOutstanding) }))}
          ${total.nextInstallment
            ? this.figure('nextInstallment', this.installment(total.nextInstallment))
            : nothing}
        </dl>
        ${this.warning(total.overdue)}
      </section>
    `;
  }

  private renderFull(overview: HouseholdOverview) {
    const { total } = overview;
    const hasShares = total.shares !== '0.00';
    return html`
      ${this.ownHeading(
        html`${this.t('title')} <span class="household">${overview.householdName}</span>`,
        { id: 'title', className: 'title' },
      )}
      <section part="total" class="total" aria-labelledby="total-title">
        ${this.heading(1, this.t('total'), { id: 'total-title', className: 'subtitle' })}
        <dl part="figures" class="figures">
          ${this.figure('savings', this.t('amount', { amount: this.money(total.savings) }), true)}
          ${hasShares
            ? this.figure('shares', this.t('amount', { amount: this.money(total.shares) }))
            : nothing}
          ${this.figure('loans', this.t('amount', { amount: this.money(total.loansOutstanding) }))}
          ${total.nextInstallment
            ? this.figure('nextInstallment', this.installment(total.nextInstallment))
            : nothing}
        </dl>
        ${this.warning(total.overdue)}
        ${total.discipline ? this.discipline(total.discipline, overview.disciplinePeriod) : nothing}
        ${this.sparkline(total.savingsByMonth)}
      </section>
      ${overview.memberships.map((membership, index) =>
        this.renderMembership(membership, index, overview.asOf),
      )}
    `;
  }

  private renderMembership(membership: MembershipOverview, index: number, asOf: string) {
    const titleId = `organisation-${index}`;
    // A welfare or funeral-aid fund holds contributions, not savings: an empty 0.00 is noise.
    const showSavings =
      membership.savings !== '0.00' ||
      (membership.kind !== 'welfare-fund' && membership.kind !== 'funeral-aid');
    const { welfare } = membership;
    const left = membership.leftOn !== undefined && compareIsoDates(membership.leftOn, asOf) <= 0;
    return html`
      <section part="organisation" class="organisation" aria-labelledby=${titleId}>
        ${this.heading(
          1,
          html`${membership.organisationName}
            <span class="kind">${this.t(`kind-${membership.kind}`)}</span>`,
          { id: titleId, className: 'subtitle' },
        )}
        <dl part="figures" class="figures">
          ${showSavings
            ? this.figure('savings', this.t('amount', { amount: this.money(membership.savings) }))
            : nothing}
          ${membership.shares !== '0.00'
            ? this.figure('shares', this.t('amount', { amount: this.money(membership.shares) }))
            : nothing}
          ${membership.loans.length > 0
            ? this.figure(
                'loans',
                this.t('amount', { amount: this.money(membership.loansOutstanding) }),
              )
            : nothing}
          ${membership.nextInstallment
            ? this.figure('nextInstallment', this.installment(membership.nextInstallment))
            : nothing}
          ${welfare
            ? this.figure(
                'welfare',
                left
                  ? this.t('welfareLeft')
                  : welfare.eligible
                    ? this.t('welfareEligible')
                    : this.t('welfareFrom', { date: this.date(welfare.from) }),
              )
            : nothing}
        </dl>
        ${this.warning(membership.overdue)}
        ${membership.discipline ? this.discipline(membership.discipline) : nothing}
        ${this.history(membership.recent, titleId)}
        ${membership.problems.length > 0
          ? html`<p class="note">${this.t('problems')}</p>`
          : nothing}
      </section>
    `;
  }

  /**
   * The membership's latest transactions, newest first: day, what, amount and, when it was
   * said, how it was paid (cash, PromptPay with the slip's reference), so a member can check a
   * transfer was recorded.
   */
  private history(recent: readonly FundTransactionRecord[], titleId: string) {
    if (recent.length === 0) return nothing;
    const headingId = `${titleId}-recent`;
    return html`<div part="history" class="history">
      ${this.heading(2, this.t('recent'), { id: headingId, className: 'recent-title' })}
      <ul aria-labelledby=${headingId}>
        ${recent.map((record) => {
          const how = paymentMethodText(record, this.language);
          return html`<li>
            <span class="when">${this.date(record.date)}</span>
            <span class="what"
              >${this.t('recentRow', {
                kind: this.t(`tx-${record.kind}`),
                amount: this.money(record.amount),
              })}</span
            >
            ${how ? html`<span class="how" part="method">${how}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private figure(label: Key, value: string, main = false) {
    return html`<div>
      <dt>${this.t(label)}</dt>
      <dd class=${main ? 'main' : ''}>${value}</dd>
    </div>`;
  }

  private installment(next: OverviewInstallment): string {
    return this.t('nextInstallmentValue', {
      amount: this.money(next.amount),
      date: this.date(next.dueDate),
    });
  }

  private warning(overdue: OverviewArrears | undefined) {
    if (!overdue) return nothing;
    return html`<p part="warning" class="warning">
      ${this.t('overdue', {
        amount: this.money(overdue.amount),
        days: displayNumber(overdue.daysPastDue, this.digitStyle),
      })}
    </p>`;
  }

  /**
   * The score; with the period, also the sentences that explain it (the household's total).
   * An organisation's own score shows as one line: its explanation repeats the total's.
   */
  private discipline(score: DisciplineScore, period?: { from: string; to: string }) {
    const { onTimePledges, ledgerDays, pledgeStreak } = score.components;
    return html`<div part="discipline" class="discipline">
      <p class="score">
        ${this.t('discipline')}:
        ${this.t('disciplineScore', { score: displayNumber(score.score, this.digitStyle) })}
      </p>
      ${period
        ? html`<p class="note">
              ${this.t('disciplinePeriod', {
                from: this.date(period.from),
                to: this.date(period.to),
              })}
            </p>
            <ul>
              ${[onTimePledges, ledgerDays, pledgeStreak].map(
                (component) =>
                  html`<li>${inDigits(component.explanation[this.language], this.digitStyle)}</li>`,
              )}
            </ul>`
        : nothing}
    </div>`;
  }

  private sparkline(months: readonly MonthBalance[]) {
    const first = months[0];
    const last = months[months.length - 1];
    if (!first || !last) return nothing;
    const label = this.t('sparklineLabel', {
      firstMonth: displayMonth(first.month, this.language, this.digitStyle),
      first: this.money(first.balance),
      lastMonth: displayMonth(last.month, this.language, this.digitStyle),
      last: this.money(last.balance),
    });
    return html`<figure class="sparkline">
      <figcaption aria-hidden="true">${this.t('sparklineTitle')}</figcaption>
      <svg
        part="sparkline"
        role="img"
        aria-label=${label}
        viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
        preserveAspectRatio="none"
      >
        <polyline points=${sparklinePoints(months)}></polyline>
      </svg>
    </figure>`;
  }
}
