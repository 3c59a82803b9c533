import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { errorMessage, parseMoney, SajjaError } from '@sajja/core';
import '../src/deposit-form/deposit-form.js';
import type { SajjaDepositForm } from '../src/deposit-form/deposit-form.js';
import type { SajjaHouseholdLedger } from '../src/household-ledger/household-ledger.js';
import '../src/household-ledger/household-ledger.js';
import type { SajjaLoanCalculator } from '../src/loan-calculator/loan-calculator.js';
import '../src/loan-calculator/loan-calculator.js';
import { householdLedgerStrings } from '../src/household-ledger/household-ledger.strings.js';
import { loanCalculatorStrings } from '../src/loan-calculator/loan-calculator.strings.js';
import { userMessage } from '../src/shared/user-message.js';
import { userMessageStrings } from '../src/shared/user-message.strings.js';

// The plumbing every widget shares: one sentence for any error (userMessage), messages already
// on screen that follow `lang`, and one validation timing for every form.

const shadow = (element: Element) => element.shadowRoot!;
const text = (element: Element, selector: string) =>
  shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const input = (element: Element, id: string) =>
  shadow(element).querySelector<HTMLInputElement & HTMLSelectElement>(`#${id}`)!;

/** Types into a field as a browser reports it: the value, then `input`. */
function type(element: Element, id: string, value: string): void {
  const field = input(element, id);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Leaves a field, as a tap elsewhere or Tab does. */
function leave(element: Element, id: string): void {
  input(element, id).dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

async function switchTo(element: HTMLElement & { updateComplete: Promise<boolean> }, lang: string) {
  element.setAttribute('lang', lang);
  await element.updateComplete;
}

/** The core's Thai sentence for what the amount field says of `typed`. */
function thaiAmountError(typed: string): string {
  try {
    parseMoney(typed, { positive: true });
  } catch (error) {
    return errorMessage(error as SajjaError, 'th');
  }
  throw new Error(`${typed} is a good amount`);
}
const ledgerThai = householdLedgerStrings.th;

/** Thai letters: none may be left on screen after a switch to English (but data typed). */
const THAI = /[\u0E00-\u0E7F]/;

describe('userMessage', () => {
  it('gives a coded error its sentence, with its first problem’s, in each language', () => {
    const error = new SajjaError('INVALID_ARGUMENT', 'invalid-ledger-entry', 'bad entry', {
      problems: [{ path: 'amount', reason: 'not-positive' }],
    });
    const en = userMessage(error, 'en');
    const th = userMessage(error, 'th');
    expect(en).to.not.match(THAI);
    expect(th).to.match(THAI);
    expect(en.split(' ').length).to.be.greaterThan(3);
    expect(en).to.not.contain('bad entry');
  });

  it('turns anything unexpected into a plain sentence, never a stack trace or a message for developers', () => {
    const failure = new TypeError("Cannot read properties of undefined (reading 'x')");
    for (const error of [failure, 'boom', undefined, null, { stack: failure.stack }]) {
      expect(userMessage(error, 'en')).to.equal(
        'Something went wrong and nothing was done. Please try again.',
      );
      expect(userMessage(error, 'th')).to.equal(userMessageStrings.th.unexpected);
    }
  });

  it('speaks for the store’s storage errors', () => {
    const full = new SajjaError('STORAGE_FULL', 'quota-exceeded', 'QuotaExceededError');
    expect(userMessage(full, 'en')).to.contain('full');
    expect(userMessage(full, 'th')).to.match(THAI);
  });
});

describe('messages already on screen follow lang', () => {
  it('the loan calculator re-words its field errors, its "please correct" line and its alert', async () => {
    const element = await fixture<SajjaLoanCalculator>(
      html`<sajja-loan-calculator lang="th"></sajja-loan-calculator>`,
    );
    type(element, 'principal', 'abc');
    type(element, 'rate', '1');
    type(element, 'term', '0');
    element.calculate();
    await element.updateComplete;
    expect(text(element, '#principal-error')).to.equal(thaiAmountError('abc'));
    expect(text(element, '#term-error')).to.equal(loanCalculatorStrings.th.termInvalid);
    expect(text(element, '[role="status"]')).to.equal(loanCalculatorStrings.th.fixErrors);

    await switchTo(element, 'en');
    expect(text(element, '#principal-error')).to.equal('An amount may contain digits only.');
    expect(text(element, '#term-error')).to.equal(loanCalculatorStrings.en.termInvalid);
    expect(text(element, '[role="status"]')).to.equal('Please correct the fields marked.');
    expect(shadow(element).textContent).to.not.match(THAI);

    await switchTo(element, 'th');
    expect(text(element, '#principal-error')).to.equal(thaiAmountError('abc'));
  });

  it('the loan calculator re-words the alert for a schedule past the calendar', async () => {
    const element = await fixture<SajjaLoanCalculator>(html`
      <sajja-loan-calculator
        lang="en"
        principal="10000"
        rate="1"
        term="600"
        disbursed-on="9999-01-01"
      ></sajja-loan-calculator>
    `);
    await waitUntil(() => text(element, 'p[role="alert"]'), 'no alert');
    const english = text(element, 'p[role="alert"]')!;
    expect(english).to.not.match(THAI);
    await switchTo(element, 'th');
    expect(text(element, 'p[role="alert"]')).to.match(THAI);
    expect(text(element, 'p[role="alert"]')).to.not.equal(english);
  });

  it('the household ledger re-words its field errors, its status line and its alerts', async () => {
    const element = await fixture<SajjaHouseholdLedger>(
      html`<sajja-household-ledger lang="th" month="2024-03"></sajja-household-ledger>`,
    );
    // No category, a zero amount: both fields marked, the status line says so.
    type(element, 'amount', '0');
    shadow(element).querySelector('form')!.requestSubmit();
    await element.updateComplete;
    expect(text(element, '#category-error')).to.equal(ledgerThai.categoryRequired);
    expect(text(element, '#amount-error')).to.equal(thaiAmountError('0'));
    expect(text(element, '.status')).to.equal(ledgerThai.fixErrors);
    // Export without a household: the reason under the buttons.
    shadow(element).querySelector<HTMLButtonElement>('.files button')!.click();
    await waitUntil(() => text(element, '#import-error'), 'no export error');
    expect(text(element, '#import-error')).to.equal(ledgerThai.noHousehold);

    await switchTo(element, 'en');
    expect(text(element, '#category-error')).to.equal('Please choose a category.');
    expect(text(element, '#amount-error')).to.equal('The amount must be greater than zero.');
    expect(text(element, '.status')).to.equal('Please correct the fields marked.');
    expect(text(element, '#import-error')).to.equal(
      'No household is given (the household attribute).',
    );
    expect(shadow(element).textContent).to.not.match(THAI);
  });

  it('the household ledger re-words the alert of a save that failed', async () => {
    const element = await fixture<SajjaHouseholdLedger>(
      html`<sajja-household-ledger lang="en" month="2024-03"></sajja-household-ledger>`,
    );
    // A save that fails for want of a household: the form's alert.
    input(element, 'category').value = 'food';
    type(element, 'amount', '100');
    shadow(element).querySelector('form')!.requestSubmit();
    await element.updateComplete;
    const alert = shadow(element).querySelector('form p[role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal('No household is given (the household attribute).');
    await switchTo(element, 'th');
    expect(alert.textContent!.trim()).to.equal(ledgerThai.noHousehold);
  });
});

describe('every form validates the same way', () => {
  it('the household ledger: nothing said while typing a new field, checked once left, all on save', async () => {
    const element = await fixture<SajjaHouseholdLedger>(
      html`<sajja-household-ledger lang="en" month="2024-03"></sajja-household-ledger>`,
    );
    type(element, 'amount', '12a');
    await element.updateComplete;
    expect(text(element, '#amount-error')).to.equal('');
    expect(input(element, 'amount').getAttribute('aria-invalid')).to.equal('false');

    leave(element, 'amount');
    await element.updateComplete;
    expect(text(element, '#amount-error')).to.equal('An amount may contain digits only.');
    expect(input(element, 'amount').getAttribute('aria-invalid')).to.equal('true');
    // Not the general line: no save was attempted.
    expect(text(element, '.status')).to.equal('');
    // Untouched fields stay quiet.
    expect(text(element, '#category-error')).to.equal('');

    // As you type, once left: corrected, the message goes; wrong again, it is back.
    type(element, 'amount', '120');
    await element.updateComplete;
    expect(text(element, '#amount-error')).to.equal('');
    type(element, 'amount', '-5');
    await element.updateComplete;
    expect(text(element, '#amount-error')).to.equal('The amount must be greater than zero.');

    shadow(element).querySelector('form')!.requestSubmit();
    await element.updateComplete;
    expect(text(element, '#category-error')).to.equal('Please choose a category.');
    expect(text(element, '.status')).to.equal('Please correct the fields marked.');
    // After a save attempt every field is checked as it is typed.
    type(element, 'date', 'tomorrow');
    await element.updateComplete;
    expect(text(element, '#date-error')).to.not.equal('');
  });

  it('the loan calculator: the same timing', async () => {
    const element = await fixture<SajjaLoanCalculator>(
      html`<sajja-loan-calculator lang="en"></sajja-loan-calculator>`,
    );
    type(element, 'principal', '0');
    await element.updateComplete;
    expect(text(element, '#principal-error')).to.equal('');
    leave(element, 'principal');
    await element.updateComplete;
    expect(text(element, '#principal-error')).to.equal('The amount must be greater than zero.');
    expect(text(element, '#rate-error')).to.equal('');
    expect(text(element, '[role="status"]')).to.equal('');
    type(element, 'principal', '20000');
    await element.updateComplete;
    expect(text(element, '#principal-error')).to.equal('');
    element.calculate();
    await element.updateComplete;
    expect(text(element, '#rate-error')).to.not.equal('');
    expect(text(element, '#term-error')).to.not.equal('');
    expect(text(element, '[role="status"]')).to.equal('Please correct the fields marked.');
  });

  it('the deposit form: the same timing', async () => {
    const element = await fixture<SajjaDepositForm>(
      html`<sajja-deposit-form lang="en"></sajja-deposit-form>`,
    );
    type(element, 'amount', '1,23,4');
    await element.updateComplete;
    expect(text(element, '#amount-error')).to.equal('');
    leave(element, 'amount');
    await element.updateComplete;
    expect(text(element, '#amount-error')).to.contain('comma');
    expect(text(element, '[role="status"]')).to.equal('');
    type(element, 'amount', '0');
    await element.updateComplete;
    expect(text(element, '#amount-error')).to.equal('The amount must be greater than zero.');
    type(element, 'amount', '100');
    type(element, 'date', '31/02/2567');
    await element.updateComplete;
    expect(text(element, '#amount-error')).to.equal('');
    // The date was never left: quiet until the save.
    expect(text(element, '#date-error')).to.equal('');
    input(element, 'save').click();
    await waitUntil(() => text(element, '#date-error'), 'the save did not check the date');
    expect(text(element, '[role="status"]')).to.equal('Please correct the fields marked.');
  });
});
