import {
  fromThaiDigits,
  isSajjaError,
  localToday,
  parseMoney,
  SajjaError,
  type Money,
} from '@sajja/core';
import {
  loanSchedule,
  MAX_INSTALLMENTS,
  MAX_TERM_MONTHS,
  ROUND_PAYMENT_MODES,
  type LoanMethod,
  type LoanSchedule,
  type RoundPaymentMode,
} from '@sajja/core/loans';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormControlController, type FieldMessage } from '../shared/form-control-controller.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { SajjaElement } from '../shared/sajja-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { loanCalculatorStyles } from './loan-calculator.styles.js';
import { loanCalculatorStrings } from './loan-calculator.strings.js';
import type { SajjaCalculateDetail } from './loan-calculator.events.js';
import { renderLoanSchedule } from './loan-schedule-view.js';
import {
  fieldsNamedBy,
  inFieldWords,
  REPAY_EVERY,
  repayFrequencyOf,
  ROUND_PAYMENT_STEPS,
  roundPaymentModeOf,
  type RepayFrequency,
} from './loan-schedule-options.js';

type Field = 'principal' | 'rate' | 'term' | 'grace';
type StringKey = keyof typeof loanCalculatorStrings.th;
const RATE = /^\d{1,3}(\.\d{1,4})?$/;
const COUNT = /^\d{1,4}$/;
/** The label of each field a core error may name, by its id (the term's depends on frequency). */
const LABELS: Readonly<Record<string, StringKey | undefined>> = {
  principal: 'principal',
  rate: 'rate',
  method: 'method',
  every: 'repayEvery',
  grace: 'grace',
  'round-to': 'roundTo',
  'round-mode': 'roundMode',
};
const MORE_OPTIONS = ['every', 'grace', 'round-to', 'round-mode'];
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
 * @attr term - the term in months to start with (`'12'`); the number of instalments when
 *   `repay-every` is not `'month'`.
 * @attr method - the method: `'declining'` (default), `'flat'` or `'equal-principal'`.
 * @attr disbursed-on - the day the money is paid out, ISO; default today. Due dates follow from it.
 * @attr repay-every - how often to start with, under "more options": `'month'` (default),
 *   `'2-weeks'` or `'week'`.
 * @attr grace-on-principal - how many first instalments pay interest only, to start with (`'3'`).
 * @attr round-payment-to - round the instalment to a multiple of this many baht (`'1'`, `'10'`);
 *   default none.
 * @attr round-payment-mode - how it is rounded: `'up'` (default), `'nearest'` or `'down'`.
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

  /** How often to start with: `'month'` (default), `'2-weeks'` or `'week'`. */
  @property({ attribute: 'repay-every' }) repayEvery: RepayFrequency = 'month';

  /** How many first instalments pay interest only, to start with (`'3'`); default none. */
  @property({ attribute: 'grace-on-principal' }) graceOnPrincipal = '';

  /** Round the instalment to a multiple of this many baht (`'1'`, `'10'`); default none. */
  @property({ attribute: 'round-payment-to' }) roundPaymentTo = '';

  /** How the instalment is rounded: `'up'` (default), `'nearest'` or `'down'`. */
  @property({ attribute: 'round-payment-mode' }) roundPaymentMode: RoundPaymentMode = 'up';

  @state() private schedule?: LoanSchedule;
  /** The frequency and the rounding the member picked, once they pick them. */
  @state() private pickedEvery?: string;
  @state() private pickedRoundTo?: string;
  /** Why no schedule could be drawn up for good fields (a due date past the year 9999). */
  @state() private scheduleError?: SajjaError;

  private readonly localize = new LocalizeController(this, loanCalculatorStrings);

  private readonly form = new FormControlController<Field>(this, {
    fields: ['principal', 'rate', 'term', 'grace'],
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
    const { principal, rateText, count, grace, every, value, errors } = this.read();
    this.scheduleError = undefined;
    if (errors.grace) this.openMoreOptions();
    if (!this.form.validateAll() || !principal) {
      this.schedule = undefined;
      return undefined;
    }
    const per = value('per') === 'year' ? 'year' : 'month';
    const method = (METHODS as readonly string[]).includes(value('method'))
      ? (value('method') as LoanMethod)
      : 'declining';
    const roundTo = value('round-to');
    const roundMode = roundPaymentModeOf(value('round-mode'));
    const countTerm = every === 'month' ? { termMonths: count } : { installmentCount: count };
    let schedule: LoanSchedule;
    let rounding: { roundPaymentTo: string; roundPaymentMode: RoundPaymentMode } | undefined;
    try {
      if (roundTo) {
        const to = parseMoney(fromThaiDigits(roundTo), { positive: true }).toString();
        rounding = { roundPaymentTo: to, roundPaymentMode: roundMode };
      }
      schedule = loanSchedule({
        principal,
        rate: { percent: rateText, per },
        ...countTerm,
        repayEvery: REPAY_EVERY[every],
        method,
        graceOnPrincipal: grace,
        ...rounding,
        disbursedOn: this.disbursedOn || localToday(),
      });
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      this.schedule = undefined;
      this.scheduleError = error;
      if (fieldsNamedBy(error).some((id) => MORE_OPTIONS.includes(id))) this.openMoreOptions();
      return undefined;
    }
    this.schedule = schedule;
    const first = schedule.installments[0]!;
    const detail: SajjaCalculateDetail = {
      principal: principal.toString(),
      rate: { percent: rateText, per },
      ...countTerm,
      repayEvery: REPAY_EVERY[every],
      method,
      graceOnPrincipal: grace,
      ...rounding,
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
    const every = repayFrequencyOf(value('every'));
    const countText = fromThaiDigits(value('term'));
    const count = COUNT.test(countText) ? Number(countText) : 0;
    const monthly = every === 'month';
    if (count < 1 || count > (monthly ? MAX_TERM_MONTHS : MAX_INSTALLMENTS))
      errors.term = t(monthly ? 'termInvalid' : 'countInvalid');
    const graceText = fromThaiDigits(value('grace')) || '0';
    const grace = COUNT.test(graceText) ? Number(graceText) : 0;
    if (!COUNT.test(graceText)) errors.grace = t('graceInvalid');
    return { principal, rateText, count, grace, every, value, errors };
  }

  /** Opens "more options", so a message about one of them is seen beside it. */
  private openMoreOptions(): void {
    const details = this.renderRoot.querySelector('details');
    if (details) details.open = true;
  }

  /** The frequency shown now: the member's pick, else the attribute's. */
  private get every(): RepayFrequency {
    return repayFrequencyOf(this.pickedEvery ?? this.repayEvery);
  }

  /** The label of the field `id` (the term's follows the frequency). */
  private labelOf(id: string): string {
    return this.localize.t(
      id === 'term' ? (this.every === 'month' ? 'term' : 'count') : LABELS[id]!,
    );
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.calculate();
  }

  /** A text field with its label, hint and message; marked too when the core's error names it. */
  private renderField(name: Field, label: string, hint: string, initial: string, mode: string) {
    const { form } = this;
    const conflict = fieldsNamedBy(this.scheduleError).includes(name);
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        .value=${initial}
        inputmode=${mode}
        autocomplete="off"
        aria-invalid=${conflict ? 'true' : form.invalid(name)}
        aria-describedby="${name}-hint ${name}-error${conflict ? ' schedule-error' : ''}"
      />
      <span class="hint" id="${name}-hint">${hint}</span>
      <span class="error" id="${name}-error"
        >${form.errorOf(name, this.language, this.digitStyle)}</span
      >
    </div>`;
  }

  override render() {
    const t = (key: StringKey, values?: Record<string, string | number>) =>
      this.localize.t(key, values);
    const form = this.form;
    const field = this.renderField.bind(this);
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
          ${this.every === 'month'
            ? field('term', t('term'), t('termHint'), this.term, 'numeric')
            : field('term', t('count'), t('countHint'), this.term, 'numeric')}
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
          ${this.renderMoreOptions()}
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
      <p class="error" id="schedule-error" role="alert">
        ${this.scheduleError
          ? this.localize.message(inFieldWords(this.scheduleError, (id) => this.labelOf(id)))
          : ''}
      </p>
      ${this.schedule ? renderLoanSchedule(this.schedule, this.localize) : nothing}
    `;
  }

  /** "More options", closed at first: frequency, grace on principal, rounding. */
  private renderMoreOptions() {
    const t = (key: StringKey, values?: Record<string, string | number>) =>
      this.localize.t(key, values);
    const every = this.every;
    const roundTo = this.pickedRoundTo ?? this.roundPaymentTo;
    const steps =
      roundTo && !ROUND_PAYMENT_STEPS.includes(roundTo)
        ? [...ROUND_PAYMENT_STEPS, roundTo]
        : ROUND_PAYMENT_STEPS;
    const mode = roundPaymentModeOf(this.roundPaymentMode);
    const modeNames = { up: t('roundUp'), nearest: t('roundNearest'), down: t('roundDown') };
    const amount = (step: string) =>
      Number.isFinite(Number(step)) ? this.localize.number(Number(step)) : step;
    return html`<details class="more">
      <summary>${t('moreOptions')}</summary>
      <div class="field">
        <label for="every">${t('repayEvery')}</label>
        <select
          id="every"
          name="every"
          @change=${(event: Event) =>
            (this.pickedEvery = (event.target as HTMLSelectElement).value)}
        >
          <option value="month" ?selected=${every === 'month'}>${t('everyMonth')}</option>
          <option value="2-weeks" ?selected=${every === '2-weeks'}>${t('every2Weeks')}</option>
          <option value="week" ?selected=${every === 'week'}>${t('everyWeek')}</option>
        </select>
      </div>
      ${this.renderField(
        'grace',
        t('grace'),
        t('graceHint'),
        this.graceOnPrincipal || '0',
        'numeric',
      )}
      <div class="round-row">
        <div class="field">
          <label for="round-to">${t('roundTo')}</label>
          <select
            id="round-to"
            name="round-to"
            @change=${(event: Event) =>
              (this.pickedRoundTo = (event.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!roundTo}>${t('roundNone')}</option>
            ${steps.map(
              (step) =>
                html`<option value=${step} ?selected=${roundTo === step}>
                  ${t('roundStep', { amount: amount(step) })}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="round-mode">${t('roundMode')}</label>
          <select
            id="round-mode"
            name="round-mode"
            ?disabled=${!roundTo}
            aria-describedby="round-mode-hint"
          >
            ${ROUND_PAYMENT_MODES.map(
              (each) =>
                html`<option value=${each} ?selected=${mode === each}>${modeNames[each]}</option>`,
            )}
          </select>
          <span class="hint" id="round-mode-hint">${t('roundHint')}</span>
        </div>
      </div>
    </details>`;
  }
}
