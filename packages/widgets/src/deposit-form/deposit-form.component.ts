import {
  bahtText,
  compareIsoDates,
  DEFAULT_STORE_NAME,
  isSajjaError,
  localToday,
  MAX_NOTE_LENGTH,
  MAX_SLIP_REFERENCE_LENGTH,
  parseMoney,
  tooManyCharacters,
  type Language,
  type Money,
} from '@sajja/core';
import type { MembershipRecord, OrganisationRecord, PaymentMethod, SajjaStore } from '@sajja/store';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { formatDateInput, parseDateInput } from '../shared/date-input.js';
import { displayDate, displayMoney, inDigits } from '../shared/display.js';
import { FormAssociation } from '../shared/form-association.js';
import { LiveController } from '../shared/live-controller.js';
import {
  FormControlController,
  wordFieldMessage,
  type FieldMessage,
} from '../shared/form-control-controller.js';
import { checkPaymentAmount } from '../shared/payment-amount.js';
import { SajjaElement } from '../shared/sajja-element.js';
import { connectStore } from '../shared/store-connection.js';
import { themeStyles } from '../shared/theme.styles.js';
import { translate } from '../shared/translations.js';
import { depositFormStyles } from './deposit-form.styles.js';
import { depositFormStrings } from './deposit-form.strings.js';

/** The `detail` of a `sajja-deposit` event: the deposit as stored, money as a string. */
export interface SajjaDepositDetail {
  /** The amount, as a two-decimal string (`'100.00'`). */
  readonly amount: string;
  /** The day of the deposit, ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** The household that paid. */
  readonly householdId: string;
  /** The membership the deposit was recorded under. */
  readonly membershipId: string;
  /** The note as stored, trimmed; `''` when there is none (never `undefined`). */
  readonly note: string;
  /** The id of the fund transaction written (`store.fundTransactions.get(transactionId)`). */
  readonly transactionId: string;
  /**
   * How the member paid: `'cash'` or `'promptpay'` when the form offered the choice (the
   * organisation has a PromptPay account); absent otherwise.
   */
  readonly method?: PaymentMethod;
  /** The transfer slip's reference the member typed, for a PromptPay deposit; else absent. */
  readonly slipReference?: string;
  /** The household ledger's savings entry written with it; absent with `ledger="off"`. */
  readonly ledgerEntryId?: string;
}

/**
 * The PromptPay account an organisation's rules name (`payment.promptPay`), as the store
 * checked it when the rules were written. Deposits to it can be paid by QR.
 */
export interface DepositPromptPayAccount {
  /** The PromptPay id: a mobile number, a 13-digit national or tax id, an e-wallet or biller id. */
  readonly id: string;
  /** What the id is (`'mobile'`, `'national-id'`, `'tax-id'`, `'e-wallet'`, `'biller'`). */
  readonly kind: string;
  /** The account's name as the member's banking app shows it. */
  readonly name: string;
}

/** The event `<sajja-deposit-form>` fires after it has recorded a deposit. */
export type SajjaDepositEvent = CustomEvent<SajjaDepositDetail>;

type Field = 'amount' | 'slip' | 'date' | 'note';
/** In the order they are shown: the first wrong one takes the focus. */
const FIELDS: readonly Field[] = ['amount', 'slip', 'date', 'note'];

/** The PromptPay account of an organisation's rules, when they name one that reads as such. */
export function promptPayAccountOf(
  organisation: OrganisationRecord | undefined,
): DepositPromptPayAccount | undefined {
  const rules = organisation?.rules as { payment?: { promptPay?: unknown } } | undefined;
  const account = rules?.payment?.promptPay as Partial<DepositPromptPayAccount> | undefined;
  if (typeof account !== 'object' || account === null) return undefined;
  const { id, kind, name } = account;
  if (typeof id !== 'string' || typeof kind !== 'string' || typeof name !== 'string') {
    return undefined;
  }
  return { id, kind, name };
}

/**
 * Reference 1 of a bill-payment QR: the member's number (or, without one, the membership's
 * id) in the letters and digits a bill payment carries, so the treasurer sees whose it is.
 */
function billReference(membership: MembershipRecord): string {
  const clean = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return (clean(membership.memberNumber ?? '') || clean(membership.id)).slice(0, 20);
}

/** Why the form cannot record for its `household` and `membership`. */
type ContextProblem =
  | 'no-membership'
  | 'unknown-household'
  | 'unknown-membership'
  | 'other-household';
const CONTEXT_MESSAGES = {
  'no-membership': 'noMembership',
  'unknown-household': 'unknownHousehold',
  'unknown-membership': 'unknownMembership',
  'other-household': 'otherHousehold',
} as const;

/** A message kept unworded, so switching `lang` re-words what is already shown. */
type Message = FieldMessage;

/** What the fields say now: the values when they are good, the messages when they are not. */
interface CheckedFields {
  /** The amount, when it is a good deposit. */
  readonly amount?: Money;
  /** The ISO date, when it is a good day. */
  readonly date?: string;
  /** The note, trimmed. */
  readonly note: string;
  /** The slip reference, trimmed (`''` when none or not a PromptPay payment). */
  readonly slip: string;
  readonly errors: Partial<Record<Field, Message>>;
  readonly flags: ValidityStateFlags;
}

interface Context {
  readonly store: SajjaStore;
  readonly membership?: MembershipRecord;
  readonly problem?: ContextProblem;
}

function t(
  language: Language,
  key: keyof typeof depositFormStrings.th,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return translate(depositFormStrings, language, key, values);
}

/**
 * What a failure to read or write says: a `SajjaError` kept whole (worded by `userMessage`, its
 * first problem's sentence too), anything else the form's own "not saved".
 */
function messageOf(error: unknown): Message {
  return isSajjaError(error) ? error : (language) => t(language, 'notSaved');
}

/**
 * `<sajja-deposit-form>` records a deposit or pledge payment of a household into one of its
 * memberships: amount (typed as people write it: `1,234.50`, Thai digits, spaces; shown in Thai
 * words as it is typed), date (today by default, typed day/month/Buddhist-Era year) and an
 * optional note. It checks the amount against the membership's limits (`minDeposit`,
 * `maxDeposit`, shown as a hint, with the monthly pledge as a one-tap fill), writes one `deposit`
 * fund transaction to the store, announces it, and fires `sajja-deposit`. On bad input nothing
 * is written: each wrong field gets a message tied to it and focus moves to the first.
 *
 * A deposit is household saving: in the same write, the household's ledger gets a
 * `'savings-deposit'` entry linked to it (`<sajja-household-ledger>` shows it, and reversing
 * the deposit reverses it), unless `ledger="off"`.
 *
 * When the membership's organisation has a PromptPay account in its rules
 * (`payment.promptPay`), the form offers "paid by: cash / PromptPay". Choosing PromptPay shows
 * `<sajja-promptpay-qr>` for the amount typed (or the pledge), with the account's name and
 * masked id for the member to compare in their banking app, and a field for the slip's
 * reference; the deposit is then recorded with `method: 'promptpay'`. The QR's code (payload
 * and encoder) loads only when PromptPay is chosen: a page whose groups have no PromptPay
 * account downloads none of it.
 *
 * It is form-associated: inside a partner's `<form>` its `name` carries the amount
 * (`'100.00'`) while the amount is valid, and its validity (`valueMissing`, `badInput`,
 * `rangeUnderflow`, `rangeOverflow`, …) takes part in the form's `checkValidity()`. Submitting
 * the partner's form does NOT record a deposit; only the widget's own button (or Enter in a
 * field) does, and that never submits the partner's form.
 *
 * @example
 * ```html
 * <sajja-deposit-form household="h-42" membership="m-7"></sajja-deposit-form>
 * <script type="module">
 *   document.addEventListener('sajja-deposit', (event) => {
 *     console.log(event.detail.amount); // '200.00'
 *   });
 * </script>
 * ```
 *
 * @tag sajja-deposit-form
 * @attr household - the id of the household that pays.
 * @attr membership - the id of the household's membership the deposit goes to; it must be that
 *   household's.
 * @attr store - the store (IndexedDB database) name; default `'sajja'`.
 * @attr name - the name under which a partner's `<form>` submits the amount.
 * @attr ledger - `'off'`: record the deposit in the group's books only, without the household
 *   ledger's savings entry (for a partner whose households keep no ledger). Default `'on'`.
 * @attr disabled - disables every control, as `disabled` does on `<input>`; so does a disabled
 *   `<fieldset>`.
 * @fires {SajjaDepositEvent} sajja-deposit - after a deposit is stored; `detail` is a
 *   {@link SajjaDepositDetail}. Bubbles and is composed.
 * @csspart form - the form with the fields.
 * @csspart words - the amount in Thai words, under the amount field.
 * @csspart pledge-button - the button that fills in the pledged amount.
 * @csspart save-button - the button that records the deposit.
 * @csspart method - the "paid by" choice (cash or PromptPay), when the organisation has a
 *   PromptPay account.
 * @csspart promptpay - what shows when PromptPay is chosen: the hint, the QR, the slip field.
 * @csspart qr-waiting - in place of the QR while the typed amount is not valid.
 * @csspart alert - why nothing could be recorded (unknown household, full storage, …).
 * @csspart status - the polite announcement: saved, or fields to correct.
 * @cssprop --sajja-primary-color - buttons and focus rings.
 * @cssprop --sajja-on-primary-color - text on the save button.
 * @cssprop --sajja-danger-color - error messages and the border of a wrong field.
 * @cssprop --sajja-text-color - text (inherited by default).
 * @cssprop --sajja-muted-color - hints.
 * @cssprop --sajja-background-color - the widget's background.
 * @cssprop --sajja-field-background-color - the fields' background.
 * @cssprop --sajja-border-color - field borders.
 * @cssprop --sajja-border-radius - corner radius.
 * @cssprop --sajja-spacing - the base gap.
 * @cssprop --sajja-font-family - the font (inherited by default).
 */
export class SajjaDepositForm extends SajjaElement {
  /** Tells the browser this element takes part in forms, like `<input>`. */
  static formAssociated = true;

  /** Focusing the element (or clicking a `<label for>` pointing at it) focuses the amount. */
  static override shadowRootOptions: ShadowRootInit = {
    ...SajjaElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** The shadow styles. */
  static override styles = [themeStyles, depositFormStyles];

  /** The id of the household that pays. */
  @property() household = '';

  /** The id of the household's membership the deposit goes to; it must be that household's. */
  @property() membership = '';

  /** The store (IndexedDB database) name; default `'sajja'`. */
  @property() store = DEFAULT_STORE_NAME;

  /** The name under which a partner's `<form>` submits the amount. */
  @property({ reflect: true }) name = '';

  /**
   * `'off'`: record the deposit in the group's books only, without the household ledger's
   * savings entry (for a partner whose households keep no ledger). Default `'on'`.
   */
  @property() ledger: 'on' | 'off' = 'on';

  /** Disables every control, as `disabled` does on `<input>`; so does a disabled `<fieldset>`. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private amountText = '';
  /** Undefined until the person edits the date: the field then shows today. */
  @state() private dateText?: string;
  @state() private noteText = '';
  /** How the member paid, when the organisation offers PromptPay. */
  @state() private method: 'cash' | 'promptpay' = 'cash';
  @state() private slipText = '';
  /** What the last save found wrong with the ids, for the ids (store too) it checked. */
  @state() private contextProblem?: { readonly problem: ContextProblem; readonly key: string };
  @state() private failure?: Message;
  @state() private saving = false;
  @state() private saved?: Money;
  /** Disabled by a `<fieldset disabled>` or its own attribute, as the browser last said. */
  @state() private formDisabled = false;

  /** The fields' messages, shown as every Sajja form shows them (see FormControlController). */
  private readonly fields = new FormControlController<Field>(this, {
    fields: FIELDS,
    check: () => this.checkFields().errors,
  });

  /** The partner's `<form>`: value, validity, reset and restore (see FormAssociation). */
  private readonly association = new FormAssociation<Field>(this, this.fields, {
    state: () => {
      const { amount, errors, flags } = this.checkFields();
      return { value: amount?.toString() ?? null, restoreState: this.amountText, errors, flags };
    },
    restore: (state) => {
      this.amountText = state;
    },
    reset: () => {
      this.amountText = '';
      this.dateText = undefined;
      this.noteText = '';
      this.method = 'cash';
      this.slipText = '';
      this.saved = undefined;
      this.failure = undefined;
    },
    language: () => this.language,
    digits: () => this.digitStyle,
  });

  // The organisations, live: a PromptPay account added to the rules shows the choice at once.
  private readonly organisations = new LiveController<OrganisationRecord[]>(
    this,
    () => (this.household && this.membership ? 'organisations' : undefined),
    () => this.store,
    (store) => store.organisations.live(),
  );

  // The household's memberships, live: the limits and pledge show as soon as the data is there
  // (a partner page may seed the store after placing the widget), and follow any change.
  private readonly memberships = new LiveController<MembershipRecord[]>(
    this,
    () => (this.household && this.membership ? this.household : undefined),
    () => this.store,
    (store) => store.memberships.live(this.household),
  );

  /** The partner's `<form>` this element belongs to, or `null`. */
  get form(): HTMLFormElement | null {
    return this.association.internals.form;
  }

  /** The labels pointing at this element (`<label for>` in the partner's page). */
  get labels(): NodeList {
    return this.association.internals.labels;
  }

  /** The amount as the form submits it (`'100.00'`), or `''` while the amount is not valid. */
  get value(): string {
    return this.checkFields().amount?.toString() ?? '';
  }

  /** The validity of the fields, as `<input>`'s `validity`. */
  get validity(): ValidityState {
    return this.association.internals.validity;
  }

  /** The message for the first wrong field, in the widget's language; `''` when all are good. */
  get validationMessage(): string {
    return this.association.internals.validationMessage;
  }

  /** Whether a form would check this element (not when it is disabled). */
  get willValidate(): boolean {
    return this.association.internals.willValidate;
  }

  /** `true` when every field is good; otherwise fires `invalid` and returns `false`. */
  checkValidity(): boolean {
    return this.association.internals.checkValidity();
  }

  /** As {@link SajjaDepositForm.checkValidity}, and the browser shows the message too. */
  reportValidity(): boolean {
    return this.association.internals.reportValidity();
  }

  /**
   * Records the deposit the fields describe, as the save button does: checks the fields and
   * the membership, writes one `deposit` fund transaction, clears the amount and note, and
   * fires `sajja-deposit`. While a save is under way, further calls do nothing (a double tap
   * records once).
   *
   * @returns the event's detail, or `undefined` when nothing was written (the reason is shown).
   */
  async save(): Promise<SajjaDepositDetail | undefined> {
    if (this.saving || this.isDisabled()) return undefined;
    // Set before any await, so a second tap in the same moment finds it set.
    this.saving = true;
    this.saved = undefined;
    this.failure = undefined;
    const fromButton = this.shadowRoot?.activeElement?.id === 'save';
    let focusAfter: 'amount' | 'save' | undefined = fromButton ? 'save' : undefined;
    try {
      const typed = { amount: this.amountText, note: this.noteText, slip: this.slipText };
      if (!this.fields.validateAll()) {
        focusAfter = undefined;
        return undefined;
      }
      const { store, household, membership } = this;
      const key = this.contextKey();
      if (!household || !membership) {
        this.contextProblem = { problem: 'no-membership', key };
        return undefined;
      }
      // Read again rather than trust the live copy, which may not have caught up yet.
      const context = await this.readContext(store, household, membership);
      this.contextProblem = context.problem && { problem: context.problem, key };
      if (context.problem !== undefined || context.membership === undefined) return undefined;
      const checked = this.checkFields(context.membership);
      if (this.fields.showErrors(checked.errors) || !checked.amount || !checked.date) {
        focusAfter = undefined;
        return undefined;
      }
      const { amount, date, note, slip } = checked;
      const offered = promptPayAccountOf(
        await context.store.organisations.get(context.membership.organisationId),
      );
      const method = offered ? this.method : undefined;
      const record = await context.store.fundTransactions.add(
        {
          membershipId: membership,
          date,
          kind: 'deposit',
          amount: amount.toString(),
          ...(note === '' ? {} : { note }),
          ...(method ? { method } : {}),
          ...(method === 'promptpay' && slip !== '' ? { slipReference: slip } : {}),
        },
        { ledger: this.ledger !== 'off' },
      );
      // Clear only what was saved: whatever was typed while the write was under way stays.
      if (this.amountText === typed.amount) this.amountText = '';
      if (this.noteText === typed.note) this.noteText = '';
      if (this.slipText === typed.slip) this.slipText = '';
      this.saved = amount;
      if (fromButton) focusAfter = 'amount';
      const detail: SajjaDepositDetail = {
        amount: record.amount,
        date: record.date,
        householdId: record.householdId,
        membershipId: record.membershipId,
        note: record.note ?? '',
        transactionId: record.id,
        ...(record.method ? { method: record.method } : {}),
        ...(record.slipReference ? { slipReference: record.slipReference } : {}),
        ...(record.ledgerEntryId ? { ledgerEntryId: record.ledgerEntryId } : {}),
      };
      this.dispatchEvent(
        new CustomEvent<SajjaDepositDetail>('sajja-deposit', {
          detail,
          bubbles: true,
          composed: true,
        }),
      );
      return detail;
    } catch (error) {
      this.failure = this.failureMessage(error);
      return undefined;
    } finally {
      this.saving = false;
      this.association.sync();
      // Disabling the focused save button drops focus; give it back where the person works.
      const target = focusAfter;
      if (target) void this.updateComplete.then(() => this.focusField(target));
    }
  }

  /** Called by the browser when the partner's form is reset: back to empty fields and today. */
  formResetCallback(): void {
    this.association.reset();
  }

  /** Called by the browser when a `disabled` attribute or `<fieldset disabled>` applies or not. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    // Reflecting our own `disabled` onto the attribute makes the browser call this in the middle
    // of an update, after render, where Lit keeps the value but drops the request to render it.
    if (this.updating) void this.updateComplete.then(() => this.requestUpdate());
  }

  /** Called by the browser to restore what was typed (back button, session restore). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.association.restore(state);
  }

  /** Mirrors the fields onto the partner's form after every render (a `lang` change too). */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.association.sync();
  }

  private updating = false;

  protected override update(changed: PropertyValues): void {
    this.updating = true;
    try {
      super.update(changed);
    } finally {
      this.updating = false;
    }
  }

  /** Disabled by its own property (at once) or as the browser last reported. */
  private isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The PromptPay account of the membership's organisation, as last read live. */
  private promptPayAccount(
    membership = this.loadedMembership(),
  ): DepositPromptPayAccount | undefined {
    const state = this.organisations.state;
    if (state.status !== 'ready' || membership === undefined) return undefined;
    return promptPayAccountOf(state.value.find((each) => each.id === membership.organisationId));
  }

  /** The ids a context problem belongs to. */
  private contextKey(): string {
    return [this.store, this.household, this.membership].join('\u0000');
  }

  /** The membership as last read live, when it is the household's; `undefined` until then. */
  private loadedMembership(): MembershipRecord | undefined {
    const state = this.memberships.state;
    if (state.status !== 'ready' || !this.household || !this.membership) return undefined;
    // A list still of the previous household (the new one is loading) has no match here.
    return state.value.find(
      (each) => each.id === this.membership && each.householdId === this.household,
    );
  }

  private async readContext(
    storeName: string,
    householdId: string,
    membershipId: string,
  ): Promise<Context> {
    const store = await connectStore(storeName);
    const [household, membership] = await Promise.all([
      store.households.get(householdId),
      store.memberships.get(membershipId),
    ]);
    if (household === undefined) return { store, problem: 'unknown-household' };
    if (membership === undefined) return { store, problem: 'unknown-membership' };
    if (membership.householdId !== household.id) return { store, problem: 'other-household' };
    return { store, membership };
  }

  /** The sentence for a failure to read or write; one we did not foresee is also reported. */
  private failureMessage(error: unknown): Message {
    // Not ours to swallow: the page's error reporting sees it, the person sees a sentence.
    if (!isSajjaError(error)) globalThis.reportError?.(error);
    return messageOf(error);
  }

  private currentDateText(): string {
    return this.dateText ?? formatDateInput(localToday(), this.digitStyle);
  }

  /** Every field checked against the membership's terms; nothing is shown or written. */
  private checkFields(membership = this.loadedMembership()): CheckedFields {
    const errors: Partial<Record<Field, Message>> = {};
    const flags: ValidityStateFlags = {};
    const digits = this.digitStyle;
    const checked = checkPaymentAmount(this.amountText, digits, membership);
    const amount = checked.amount;
    if (checked.error) errors.amount = checked.error;
    Object.assign(flags, checked.flags);

    let date: string | undefined;
    try {
      const typed = parseDateInput(this.currentDateText());
      if (membership && compareIsoDates(typed, membership.joinedOn) < 0) {
        errors.date = (language) =>
          t(language, 'beforeJoined', {
            joinedOn: displayDate(membership.joinedOn, language, digits),
          });
        flags.customError = true;
      } else if (membership?.leftOn && compareIsoDates(typed, membership.leftOn) > 0) {
        const leftOn = membership.leftOn;
        errors.date = (language) =>
          t(language, 'afterLeft', { leftOn: displayDate(leftOn, language, digits) });
        flags.customError = true;
      } else {
        date = typed;
      }
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      errors.date = error;
      flags.badInput = true;
    }

    const note = this.noteText.trim();
    if (tooManyCharacters(note, MAX_NOTE_LENGTH)) {
      errors.note = (language) => t(language, 'noteTooLong', { max: MAX_NOTE_LENGTH });
      flags.tooLong = true;
    }
    const slip = this.method === 'promptpay' ? this.slipText.trim() : '';
    if ([...slip].length > MAX_SLIP_REFERENCE_LENGTH) {
      errors.slip = (language) => t(language, 'slipTooLong', { max: MAX_SLIP_REFERENCE_LENGTH });
      flags.tooLong = true;
    }
    return { amount, date, note, slip, errors, flags };
  }

  private focusField(id: Field | 'save'): void {
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  private onInput(field: Field, event: Event): void {
    const { value } = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (field === 'amount') this.amountText = value;
    else if (field === 'date') this.dateText = value;
    else if (field === 'slip') this.slipText = value;
    else this.noteText = value;
    this.fields.onInput();
    // Now, not after the render: the partner's own `input` listener may ask for the validity.
    this.association.sync();
  }

  private fillPledge(pledge: string): void {
    this.amountText = displayMoney(pledge, this.digitStyle);
    this.fields.onInput();
    this.association.sync();
    // The field, not the button, so a screen reader reads the amount and Enter records it.
    void this.updateComplete.then(() => this.focusField('amount'));
  }

  private choose(method: 'cash' | 'promptpay'): void {
    this.method = method;
    // The QR's element, and through it the payload and encoder, load only now.
    if (method === 'promptpay') void import('../promptpay-qr/promptpay-qr.js');
    this.fields.onInput();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.save();
  }

  override render() {
    const language = this.language;
    const digits = this.digitStyle;
    const membership = this.loadedMembership();
    const fields = this.fields;
    const errorOf = (field: Field) => fields.errorOf(field, language, digits);
    const invalid = (field: Field) => fields.invalid(field);
    const words = this.wordsOf(this.amountText);
    // A problem found by a save holds for the ids it checked, until the membership turns up.
    const problem =
      this.contextProblem?.key === this.contextKey() && membership === undefined
        ? this.contextProblem.problem
        : undefined;
    const connection = this.memberships.state;
    const alert = problem
      ? t(language, CONTEXT_MESSAGES[problem])
      : this.failure
        ? wordFieldMessage(this.failure, language, digits)
        : connection.status === 'error'
          ? wordFieldMessage(messageOf(connection.error), language, digits)
          : '';
    const status = this.saving
      ? t(language, 'saving')
      : fields.showSummary
        ? t(language, 'fixErrors')
        : this.saved
          ? t(language, 'saved', { amount: displayMoney(this.saved, digits) })
          : '';
    const account = this.promptPayAccount(membership);
    return html`
      <form part="form" novalidate @submit=${this.onSubmit} @focusout=${this.fields.onFocusOut}>
        <fieldset ?disabled=${this.isDisabled()}>
          <legend>${t(language, 'title')}</legend>
          <div class="field">
            <label for="amount">${t(language, 'amount')}</label>
            <input
              id="amount"
              name="amount"
              .value=${live(this.amountText)}
              inputmode="decimal"
              autocomplete="off"
              aria-invalid=${invalid('amount')}
              aria-describedby="amount-hint amount-words amount-error"
              @input=${(event: Event) => this.onInput('amount', event)}
            />
            <span class="hint" id="amount-hint">${this.limitsHint(language, membership)}</span>
            <span class="words" id="amount-words" part="words"
              >${words
                ? html`${t(language, 'inWords')} <span lang="th">${words}</span>`
                : nothing}</span
            >
            <span class="error" id="amount-error">${errorOf('amount')}</span>
            ${membership?.pledgeAmount
              ? html`<button
                  type="button"
                  class="secondary pledge"
                  part="pledge-button"
                  @click=${() => this.fillPledge(membership.pledgeAmount!)}
                >
                  ${t(language, 'payPledge', {
                    pledge: displayMoney(membership.pledgeAmount, digits),
                  })}
                </button>`
              : nothing}
          </div>
          ${account && membership ? this.renderPromptPay(language, account, membership) : nothing}
          <div class="field">
            <label for="date">${t(language, 'date')}</label>
            <input
              id="date"
              name="date"
              .value=${live(this.currentDateText())}
              inputmode="numeric"
              autocomplete="off"
              aria-invalid=${invalid('date')}
              aria-describedby="date-hint date-error"
              @input=${(event: Event) => this.onInput('date', event)}
            />
            <span class="hint" id="date-hint">${inDigits(t(language, 'dateHint'), digits)}</span>
            <span class="error" id="date-error">${errorOf('date')}</span>
          </div>
          <div class="field">
            <label for="note">${t(language, 'note')}</label>
            <textarea
              id="note"
              name="note"
              rows="2"
              .value=${live(this.noteText)}
              aria-invalid=${invalid('note')}
              aria-describedby="note-hint note-error"
              @input=${(event: Event) => this.onInput('note', event)}
            ></textarea>
            <span class="hint" id="note-hint"
              >${inDigits(t(language, 'noteHint', { max: MAX_NOTE_LENGTH }), digits)}</span
            >
            <span class="error" id="note-error">${errorOf('note')}</span>
          </div>
          <button id="save" type="submit" part="save-button" ?disabled=${this.saving}>
            ${t(language, 'save')}
          </button>
        </fieldset>
      </form>
      <div class="alert" part="alert" role="alert">${alert}</div>
      <div class="status" part="status" role="status" aria-live="polite">${status}</div>
    `;
  }

  /** The "paid by" choice and, when PromptPay is chosen, the QR and the slip field. */
  private renderPromptPay(
    language: Language,
    account: DepositPromptPayAccount,
    membership: MembershipRecord,
  ) {
    const promptPay = this.method === 'promptpay';
    // The QR asks for what the member is about to record: the amount while it is good, else
    // the pledge, else none (the member types it in the banking app).
    // A typed amount the form refuses (over the group's limit, letters …) draws no QR: a code
    // for another amount would invite the wrong transfer. The amount's own message says why.
    const typed = this.amountText.trim() !== '';
    const valid = this.checkFields(membership).amount?.toString();
    const amount = typed ? valid : (membership.pledgeAmount ?? '');
    const option = (value: 'cash' | 'promptpay', label: string) =>
      html`<label class="option">
        <input
          type="radio"
          name="method"
          value=${value}
          .checked=${live(this.method === value)}
          @change=${() => this.choose(value)}
        />
        ${label}
      </label>`;
    return html`<fieldset class="method" part="method">
        <legend>${t(language, 'paidBy')}</legend>
        <div class="options">
          ${option('cash', t(language, 'methodCash'))}
          ${option('promptpay', t(language, 'methodPromptPay'))}
        </div>
      </fieldset>
      ${promptPay
        ? html`<div class="promptpay" part="promptpay">
            <p class="hint">${t(language, 'promptPayHint', { name: account.name })}</p>
            ${amount === undefined
              ? html`<p class="hint qr-waiting" part="qr-waiting">${t(language, 'qrWaiting')}</p>`
              : html`<sajja-promptpay-qr
                  .promptPayId=${account.id}
                  kind=${account.kind}
                  name=${account.name}
                  amount=${amount}
                  reference1=${account.kind === 'biller' ? billReference(membership) : ''}
                  lang=${language}
                  digits=${this.digitStyle}
                ></sajja-promptpay-qr>`}
            <div class="field">
              <label for="slip">${t(language, 'slip')}</label>
              <input
                id="slip"
                name="slip"
                .value=${live(this.slipText)}
                autocomplete="off"
                maxlength=${MAX_SLIP_REFERENCE_LENGTH}
                aria-invalid=${this.fields.invalid('slip')}
                aria-describedby="slip-hint slip-error"
                @input=${(event: Event) => this.onInput('slip', event)}
              />
              <span class="hint" id="slip-hint">${t(language, 'slipHint')}</span>
              <span class="error" id="slip-error"
                >${this.fields.errorOf('slip', language, this.digitStyle)}</span
              >
            </div>
          </div>`
        : nothing}`;
  }

  /** The amount in Thai words while it reads as a positive amount; `''` otherwise. */
  private wordsOf(text: string): string {
    try {
      return bahtText(parseMoney(text, { positive: true }));
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      return '';
    }
  }

  private limitsHint(language: Language, membership: MembershipRecord | undefined): string {
    const digits = this.digitStyle;
    // A minimum of 0 says nothing: every deposit must be more than 0 anyway.
    const min =
      membership?.minDeposit && parseMoney(membership.minDeposit).isPositive()
        ? displayMoney(membership.minDeposit, digits)
        : undefined;
    const max = membership?.maxDeposit ? displayMoney(membership.maxDeposit, digits) : undefined;
    if (min && max) return t(language, 'limitsBetween', { min, max });
    if (min) return t(language, 'limitsMin', { min });
    if (max) return t(language, 'limitsMax', { max });
    return inDigits(t(language, 'amountExample'), digits);
  }
}
