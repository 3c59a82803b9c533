import {
  bahtText,
  fromThaiDigits,
  isSajjaError,
  localToday,
  parseMoney,
  SajjaError,
  type Money,
} from '@sajja/core';
import {
  loanSchedule,
  type InterestRate,
  type LoanMethod,
  type LoanSchedule,
} from '@sajja/core/loans';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormControlController, type FieldMessage } from '../shared/form-control-controller.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { SajjaElement } from '../shared/sajja-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { loanCalculatorStyles } from './loan-calculator.styles.js';
import { loanCalculatorStrings } from './loan-calculator.strings.js';

/** One instalment in a {@link SajjaCalculateDetail}; amounts as strings (`'1100.00'`). */
export interface CalculatedInstallment {
  /** The instalment number, from 1. */
  readonly n: number;
  /** When it falls due, ISO `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The amount due. */
  readonly payment: string;
  /** The part that repays principal. */
  readonly principal: string;
  /** The part that is interest. */
  readonly interest: string;
  /** The principal still owed afterwards. */
  readonly balance: string;
}

/** The `detail` of a `sajja-calculate` event: the terms and the schedule, money as strings. */
export interface SajjaCalculateDetail {
  /** The loan amount (`'20000.00'`). */
  readonly principal: string;
  /** The rate as entered (`{ percent: '1', per: 'month' }`). */
  readonly rate: InterestRate;
  /** The number of monthly instalments. */
  readonly termMonths: number;
  /** The method. */
  readonly method: LoanMethod;
  /** The first (regular) instalment. */
  readonly payment: string;
  /** The sum of interest over the schedule. */
  readonly totalInterest: string;
  /** The sum of every payment. */
  readonly totalPayment: string;
  /** Every instalment. */
  readonly installments: readonly CalculatedInstallment[];
}

/** The event `<sajja-loan-calculator>` fires after each calculation. */
export type SajjaCalculateEvent = CustomEvent<SajjaCalculateDetail>;

type Field = 'principal' | 'rate' | 'term';
type StringKey = keyof typeof loanCalculatorStrings.th;
const RATE = /^\d{1,3}(\.\d{1,4})?$/;
const TERM = /^\d{1,3}$/;
const METHODS: readonly LoanMethod[] = ['declining', 'flat', 'equal-principal'];

/**
 * `<sajja-loan-calculator>` shows what a loan costs before anyone borrows: amount, rate (per
 * month, as savings groups quote it, or per year), term and method give the instalment (also in
 * Thai words, as on a loan contract), the totals and the whole schedule with Buddhist-Era due
 * dates. It stores nothing. Attributes pre-fill the fields; with all three of `principal`,
 * `rate` and `term` given it calculates at once.
 *
 * @example
 * ```html
 * <sajja-loan-calculator principal="20000" rate="1" per="month" term="12"></sajja-loan-calculator>
 * ```
 *
 * @tag sajja-loan-calculator
 * @attr principal - the loan amount to start with (`'20000'`).
 * @attr rate - the interest rate in percent to start with (`'1'`).
 * @attr per - whether `rate` is per `'month'` (default) or per `'year'`.
 * @attr term - the term in months to start with (`'12'`).
 * @attr method - the method: `'declining'` (default), `'flat'` or `'equal-principal'`.
 * @attr disbursed-on - the day the money is paid out, ISO; default today. Due dates follow from it.
 * @fires {SajjaCalculateEvent} sajja-calculate - after every successful calculation; `detail` is a
 *   {@link SajjaCalculateDetail}. Bubbles and is composed.
 * @csspart form - the form with the fields.
 * @csspart summary - the instalment, its words and the totals.
 * @csspart table - the schedule table.
 * @cssprop --sajja-primary-color - buttons and focus rings.
 * @cssprop --sajja-on-primary-color - text on the button.
 * @cssprop --sajja-danger-color - error messages.
 * @cssprop --sajja-muted-color - hints.
 * @cssprop --sajja-field-background-color - the fields' background.
 * @cssprop --sajja-border-color - field borders and table rules.
 * @cssprop --sajja-border-radius - corner radius.
 * @cssprop --sajja-spacing - the base gap.
 * @cssprop --sajja-font-family - the font (inherited by default).
 * @cssprop --sajja-text-color - the text colour (inherited by default).
 * @cssprop --sajja-background-color - the widget's background (transparent by default).
 */
export class SajjaLoanCalculator extends SajjaElement {
  /** The shadow styles. */
  static override styles = [themeStyles, loanCalculatorStyles];

  /** The loan amount to start with (`'20000'`). */
  @property() principal = '';

  /** The interest rate in percent to start with (`'1'`). */
  @property() rate = '';

  /** Whether `rate` is per `'month'` (default) or per `'year'`. */
  @property() per: 'month' | 'year' = 'month';

  /** The term in months to start with (`'12'`). */
  @property() term = '';

  /** The method: `'declining'` (default), `'flat'` or `'equal-principal'`. */
  @property() method: LoanMethod = 'declining';

  /** The day the money is paid out, ISO; default today. Due dates follow from it. */
  @property({ attribute: 'disbursed-on' }) disbursedOn = '';

  @state() private schedule?: LoanSchedule;
  /** Why no schedule could be drawn up for good fields (a due date past the year 9999). */
  @state() private scheduleError?: SajjaError;

  private readonly localize = new LocalizeController(this, loanCalculatorStrings);

  private readonly form = new FormControlController<Field>(this, {
    fields: ['principal', 'rate', 'term'],
    check: () => this.read().errors,
  });

  override firstUpdated(): void {
    // After this update completes, so the calculation's own render is a fresh update.
    if (this.principal && this.rate && this.term)
      void this.updateComplete.then(() => this.calculate());
  }

  /**
   * Reads the fields, shows errors beside the ones that are wrong (and moves focus to the
   * first), or shows the schedule and fires `sajja-calculate`.
   *
   * @returns the schedule, or `undefined` when a field is wrong.
   */
  calculate(): LoanSchedule | undefined {
    const { principal, rateText, termMonths, value } = this.read();
    this.scheduleError = undefined;
    if (!this.form.validateAll() || !principal) {
      this.schedule = undefined;
      return undefined;
    }
    const per = value('per') === 'year' ? 'year' : 'month';
    const method = (METHODS as readonly string[]).includes(value('method'))
      ? (value('method') as LoanMethod)
      : 'declining';
    let schedule: LoanSchedule;
    try {
      schedule = loanSchedule({
        principal,
        rate: { percent: rateText, per },
        termMonths,
        method,
        disbursedOn: this.disbursedOn || localToday(),
      });
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      this.schedule = undefined;
      this.scheduleError = error;
      return undefined;
    }
    this.schedule = schedule;
    const first = schedule.installments[0]!;
    const detail: SajjaCalculateDetail = {
      principal: principal.toString(),
      rate: { percent: rateText, per },
      termMonths,
      method,
      payment: first.payment.toString(),
      totalInterest: schedule.totalInterest.toString(),
      totalPayment: schedule.totalPayment.toString(),
      installments: schedule.installments.map((each) => ({
        n: each.n,
        dueDate: each.dueDate,
        payment: each.payment.toString(),
        principal: each.principal.toString(),
        interest: each.interest.toString(),
        balance: each.balance.toString(),
      })),
    };
    this.dispatchEvent(
      new CustomEvent<SajjaCalculateDetail>('sajja-calculate', {
        detail,
        bubbles: true,
        composed: true,
      }),
    );
    return schedule;
  }

  /** The fields as typed: the values when good, a message for each that is not. */
  private read() {
    const form = this.renderRoot.querySelector('form');
    const value = (name: string) =>
      ((form?.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
    const errors: Partial<Record<Field, FieldMessage>> = {};
    const t = (key: StringKey) => () => this.localize.t(key);
    let principal: Money | undefined;
    try {
      principal = parseMoney(value('principal'), { positive: true });
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      errors.principal = error;
    }
    const rateText = fromThaiDigits(value('rate')).replace(/\s*%$/, '');
    if (!RATE.test(rateText) || Number(rateText) > 100) errors.rate = t('rateInvalid');
    const termText = fromThaiDigits(value('term'));
    const termMonths = TERM.test(termText) ? Number(termText) : 0;
    if (termMonths < 1 || termMonths > 600) errors.term = t('termInvalid');
    return { principal, rateText, termMonths, value, errors };
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.calculate();
  }

  override render() {
    const language = this.language;
    const t = (key: StringKey, values?: Record<string, string | number>) =>
      this.localize.t(key, values);
    const form = this.form;
    const field = (name: Field, label: string, hint: string, initial: string, mode: string) => {
      return html`<div class="field">
        <label for=${name}>${label}</label>
        <input
          id=${name}
          name=${name}
          .value=${initial}
          inputmode=${mode}
          autocomplete="off"
          aria-invalid=${form.invalid(name)}
          aria-describedby="${name}-hint ${name}-error"
        />
        <span class="hint" id="${name}-hint">${hint}</span>
        <span class="error" id="${name}-error"
          >${form.errorOf(name, language, this.digitStyle)}</span
        >
      </div>`;
    };
    return html`
      <form
        part="form"
        novalidate
        @submit=${this.onSubmit}
        @focusout=${form.onFocusOut}
        @input=${form.onInput}
      >
        <fieldset>
          <legend>${t('title')}</legend>
          ${field('principal', t('principal'), t('principalHint'), this.principal, 'decimal')}
          <div class="rate-row">
            ${field('rate', t('rate'), '', this.rate, 'decimal')}
            <div class="field">
              <label for="per">${t('ratePer')}</label>
              <select id="per" name="per">
                <option value="month" ?selected=${this.per !== 'year'}>${t('perMonth')}</option>
                <option value="year" ?selected=${this.per === 'year'}>${t('perYear')}</option>
              </select>
            </div>
          </div>
          ${field('term', t('term'), t('termHint'), this.term, 'numeric')}
          <div class="field">
            <label for="method">${t('method')}</label>
            <select id="method" name="method">
              <option value="declining" ?selected=${this.method === 'declining'}>
                ${t('declining')}
              </option>
              <option value="flat" ?selected=${this.method === 'flat'}>${t('flat')}</option>
              <option value="equal-principal" ?selected=${this.method === 'equal-principal'}>
                ${t('equalPrincipal')}
              </option>
            </select>
          </div>
          <button type="submit">${t('calculate')}</button>
        </fieldset>
      </form>
      <div class="status" role="status" aria-live="polite">
        ${form.showSummary
          ? t('fixErrors')
          : this.schedule
            ? t('resultSummary', {
                count: this.localize.number(this.schedule.installments.length),
                payment: this.localize.money(this.schedule.installments[0]!.payment),
                interest: this.localize.money(this.schedule.totalInterest),
              })
            : ''}
      </div>
      <p class="error" role="alert">
        ${this.scheduleError ? this.localize.message(this.scheduleError) : ''}
      </p>
      ${this.schedule ? this.renderSchedule(this.schedule, t) : nothing}
    `;
  }

  private renderSchedule(
    schedule: LoanSchedule,
    t: (key: keyof typeof loanCalculatorStrings.th) => string,
  ) {
    const { localize } = this;
    const first = schedule.installments[0]!;
    const last = schedule.installments[schedule.installments.length - 1]!;
    return html`
      <dl part="summary" class="summary">
        <div>
          <dt>${t('installment')}</dt>
          <dd class="amount big">${localize.money(first.payment)} ${t('baht')}</dd>
        </div>
        <div>
          <dt>${t('installmentWords')}</dt>
          <dd lang="th">${bahtText(first.payment)}</dd>
        </div>
        ${last.payment.equals(first.payment)
          ? nothing
          : html`<div>
              <dt>${t('lastInstallment')}</dt>
              <dd class="amount">${localize.money(last.payment)} ${t('baht')}</dd>
            </div>`}
        <div>
          <dt>${t('totalInterest')}</dt>
          <dd class="amount">${localize.money(schedule.totalInterest)} ${t('baht')}</dd>
        </div>
        <div>
          <dt>${t('totalPayment')}</dt>
          <dd class="amount">${localize.money(schedule.totalPayment)} ${t('baht')}</dd>
        </div>
      </dl>
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="schedule-caption">
        <table part="table">
          <caption id="schedule-caption">
            ${t('schedule')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('n')}</th>
              <th scope="col">${t('dueDate')}</th>
              <th scope="col" class="amount">${t('payment')}</th>
              <th scope="col" class="amount">${t('principalPart')}</th>
              <th scope="col" class="amount">${t('interestPart')}</th>
              <th scope="col" class="amount">${t('balance')}</th>
            </tr>
          </thead>
          <tbody>
            ${schedule.installments.map(
              (each) =>
                html`<tr>
                  <td>${localize.number(each.n)}</td>
                  <td>${localize.date(each.dueDate)}</td>
                  <td class="amount">${localize.money(each.payment)}</td>
                  <td class="amount">${localize.money(each.principal)}</td>
                  <td class="amount">${localize.money(each.interest)}</td>
                  <td class="amount">${localize.money(each.balance)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}
