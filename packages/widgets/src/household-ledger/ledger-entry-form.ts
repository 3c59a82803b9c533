import {
  isSajjaError,
  localToday,
  MAX_NOTE_LENGTH,
  parseMoney,
  problemMessage,
  type Money,
  type SajjaProblem,
} from '@sajja/core';
import { LEDGER_CATEGORIES, ledgerEntryProblems } from '@sajja/core/ledger';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { formatDateInput, parseDateInput } from '../shared/date-input.js';
import { FormControlController, type FieldMessage } from '../shared/form-control-controller.js';
import { connectStore } from '../shared/store-connection.js';
import { ledgerMessage, type LedgerHost } from './ledger-host.js';

type Field = 'category' | 'amount' | 'date' | 'note';
type FieldMessages = Partial<Record<Field, FieldMessage>>;

const FIELDS: readonly Field[] = ['category', 'amount', 'date', 'note'];

/**
 * The household ledger's form that adds an entry: income or expense, a category of that kind,
 * the amount as people type it, a Buddhist-Era date and a note. Its fields are checked as the
 * shared {@link FormControlController} does for every form; what the fields cannot tell alone
 * (a note too long, a category of the other kind) is checked as the store will check it, so the
 * message sits beside its field. A saved entry is announced and fires `sajja-ledger-change`.
 */
export class LedgerEntryForm {
  /** Which kind of entry the form adds. */
  kind: 'income' | 'expense' = 'expense';
  /** Why the last save failed, when no field says it. */
  failure?: unknown;
  private saving = false;

  private readonly fields = new FormControlController<Field>(this.host, {
    fields: FIELDS,
    check: () => this.read().errors,
  });

  constructor(private readonly host: LedgerHost) {}

  /** Forgets what a save left (another household, another store). */
  reset(): void {
    this.failure = undefined;
  }

  /** The fields as typed: the entry when every field is good, a message for each that is not. */
  private read() {
    const root = this.host.renderRoot;
    const value = (name: Field) => root.querySelector<HTMLInputElement>(`#${name}`)?.value ?? '';
    const errors: FieldMessages = {};
    const { localize } = this.host;
    const category = value('category');
    if (category === '') errors.category = () => localize.t('categoryRequired');
    let amount: Money | undefined;
    try {
      amount = parseMoney(value('amount'), { positive: true });
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      errors.amount = error;
    }
    let date: string | undefined;
    try {
      date = parseDateInput(value('date'));
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      errors.date = error;
    }
    const note = value('note').trim();
    const entry = {
      date: date ?? '',
      kind: this.kind,
      category,
      amount: amount?.toString() ?? '',
      ...(note === '' ? {} : { note }),
    };
    if (amount && date && category)
      addProblems(errors, ledgerEntryProblems({ id: 'new', ...entry }));
    return { entry, errors };
  }

  private readonly onKindChange = (event: Event): void => {
    this.kind = (event.target as HTMLInputElement).value === 'income' ? 'income' : 'expense';
    this.host.requestUpdate();
    // The category list is new, nothing chosen: say so again only where it was said.
    void this.host.updateComplete.then(() => this.fields.onInput());
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.saving) return;
    const host = this.host;
    const { localize } = host;
    this.failure = undefined;
    const valid = this.fields.validateAll();
    if (!host.household) this.failure = () => localize.t('noHousehold');
    if (!valid) host.announce(() => localize.t('fixErrors'));
    if (!valid || this.failure) return;
    const { entry } = this.read();
    this.saving = true;
    host.requestUpdate();
    try {
      const store = await connectStore(host.store);
      const record = await store.ledger.add(host.household, entry);
      const root = host.renderRoot;
      for (const name of ['amount', 'note']) {
        root.querySelector<HTMLInputElement>(`#${name}`)!.value = '';
      }
      this.fields.reset();
      const amount = localize.money(record.amount);
      host.announce(() =>
        localize.t(record.kind === 'income' ? 'savedIncome' : 'savedExpense', {
          amount,
          category: host.categoryLabel(record.category),
        }),
      );
      if (record.date.slice(0, 7) !== host.shownMonth) host.month = record.date.slice(0, 7);
      host.fire({
        action: 'add',
        householdId: record.householdId,
        entryId: record.id,
        date: record.date,
        kind: record.kind,
        category: record.category,
        amount: record.amount,
        ...(record.note === undefined ? {} : { note: record.note }),
      });
      host.focusLater('#amount');
    } catch (error) {
      const fieldErrors: FieldMessages = {};
      if (isSajjaError(error)) addProblems(fieldErrors, error.problems);
      if (this.fields.showErrors(fieldErrors)) host.announce(() => localize.t('fixErrors'));
      else this.failure = error;
    } finally {
      this.saving = false;
      host.requestUpdate();
    }
  };

  render() {
    const { localize } = this.host;
    const t = localize.t.bind(localize);
    const language = localize.language;
    const fields = this.fields;
    const categories = LEDGER_CATEGORIES.filter((category) => category.kind === this.kind);
    const describedBy = (name: Field, hint: boolean) =>
      hint ? `${name}-hint ${name}-error` : `${name}-error`;
    const error = (name: Field) =>
      html`<span class="error" id="${name}-error"
        >${fields.errorOf(name, language, localize.digits)}</span
      >`;
    const text = (name: 'amount' | 'date' | 'note', hint: string, initial = '') =>
      html`<div class="field">
        <label for=${name}>${t(name)}</label>
        <input
          id=${name}
          name=${name}
          .value=${initial}
          inputmode=${name === 'amount' ? 'decimal' : name === 'date' ? 'numeric' : 'text'}
          autocomplete="off"
          aria-invalid=${fields.invalid(name)}
          aria-describedby=${describedBy(name, true)}
        />
        <span class="hint" id="${name}-hint">${hint}</span>
        ${error(name)}
      </div>`;
    return html`<form
      part="form"
      novalidate
      @submit=${this.onSubmit}
      @focusout=${fields.onFocusOut}
      @input=${fields.onInput}
      @change=${fields.onInput}
    >
      <fieldset>
        <legend>${t('addLegend')}</legend>
        <fieldset>
          <legend>${t('kind')}</legend>
          <div class="segmented">
            ${(['income', 'expense'] as const).map(
              (kind) =>
                html`<label>
                  <input
                    type="radio"
                    name="kind"
                    value=${kind}
                    .checked=${this.kind === kind}
                    @change=${this.onKindChange}
                  /><span>${t(kind)}</span>
                </label>`,
            )}
          </div>
        </fieldset>
        <div class="fields">
          <div class="field">
            <label for="category">${t('category')}</label>
            ${keyed(
              this.kind,
              html`<select
                id="category"
                name="category"
                aria-invalid=${fields.invalid('category')}
                aria-describedby=${describedBy('category', false)}
              >
                <option value="">${t('chooseCategory')}</option>
                ${categories.map(
                  (category) =>
                    html`<option value=${category.code}>${category.label[language]}</option>`,
                )}
              </select>`,
            )}
            ${error('category')}
          </div>
          ${text('amount', t('amountHint'))}
          ${text('date', t('dateHint'), formatDateInput(localToday(), localize.digits))}
          ${text('note', t('noteHint', { max: MAX_NOTE_LENGTH }))}
        </div>
        <button type="submit" ?disabled=${this.saving}>
          ${this.saving ? t('saving') : t('save')}
        </button>
        <p class="error" role="alert">${ledgerMessage(this.host, this.failure)}</p>
      </fieldset>
    </form>`;
  }
}

/** Adds a message for each problem whose field is on the form and has none yet. */
function addProblems(errors: FieldMessages, problems: readonly SajjaProblem[]): void {
  for (const problem of problems) {
    const field = problem.path as Field;
    if (FIELDS.includes(field) && !errors[field]) {
      errors[field] = (language) => problemMessage(problem, language);
    }
  }
}
