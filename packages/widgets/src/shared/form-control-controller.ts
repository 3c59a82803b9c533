import type { DigitStyle, Language } from '@sajja/core';
import { inDigits } from './display.js';
import type { ReactiveControllerHost } from 'lit';
import { userMessage } from './user-message.js';

/**
 * What a field's check found wrong, kept unworded: an error (worded by {@link userMessage}) or
 * a function giving the sentence in a language. Worded at render time, so a message already
 * on screen follows a change of `lang`.
 */
export type FieldMessage = ((language: Language) => string) | Error;

/** A field's message in `language`, its numbers in `digits`. */
export function wordFieldMessage(
  message: FieldMessage | undefined,
  language: Language,
  digits: DigitStyle = 'arabic',
): string {
  if (message === undefined) return '';
  return inDigits(
    typeof message === 'function' ? message(language) : userMessage(message, language),
    digits,
  );
}

/** How a {@link FormControlController} checks and reports a widget's form. */
export interface FormControlOptions<Field extends string> {
  /** The fields in the order they are shown: the first wrong one takes the focus on save. */
  readonly fields: readonly Field[];
  /** Checks every field as it stands; a message for each that is wrong. */
  readonly check: () => Partial<Record<Field, FieldMessage>>;
}

/**
 * A widget form's validation and form plumbing, as Shoelace's `FormControlController` gives its
 * controls theirs, so every Sajja form behaves the same:
 *
 * - a field is checked as the person types only once they have left it (blurred) once, so
 *   half-typed text is not scolded;
 * - every field is checked on save ({@link FormControlController.validateAll}), the first wrong
 *   one focused;
 * - the general "please correct the fields marked" line ({@link FormControlController.showSummary})
 *   shows only after a save attempt;
 * - {@link FormControlController.reset} forgets all of that (a partner form's reset, a new
 *   household);
 * - a form-associated widget (`<sajja-deposit-form>`) gives the partner's `<form>` its value and
 *   validity through its own `ElementInternals`, with the messages worded by
 *   {@link wordFieldMessage}, and calls {@link FormControlController.reset} from its
 *   `formResetCallback`.
 *
 * The host listens with {@link FormControlController.onFocusOut} and
 * {@link FormControlController.onInput} on its `<form>`; each field's `name` is its key.
 */
export class FormControlController<Field extends string> {
  /** The messages shown now, by field. */
  errors: Partial<Record<Field, FieldMessage>> = {};
  /** Whether a save was attempted since the last reset. */
  submitted = false;

  private readonly touched = new Set<Field>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FormControlOptions<Field>,
  ) {}

  /** For the form's `focusout`: the field left now is checked from here on. */
  readonly onFocusOut = (event: Event): void => {
    const name = (event.target as HTMLInputElement).name as Field;
    if (!this.options.fields.includes(name)) return;
    this.touched.add(name);
    this.recheck();
  };

  /** For the form's `input` and `change`: re-checks the fields already left (all, after a save). */
  readonly onInput = (): void => {
    if (this.submitted || this.touched.size > 0) this.recheck();
  };

  /** Re-checks the fields whose messages show now (the ones left, or all after a save). */
  recheck(): void {
    const found = this.options.check();
    const errors: Partial<Record<Field, FieldMessage>> = {};
    for (const field of this.options.fields) {
      if ((this.submitted || this.touched.has(field)) && found[field]) errors[field] = found[field];
    }
    this.errors = errors;
    this.host.requestUpdate();
  }

  /**
   * A save attempt: checks every field, shows every message and focuses the first wrong field.
   *
   * @returns `true` when every field is good.
   */
  validateAll(): boolean {
    return !this.showErrors(this.options.check());
  }

  /**
   * Shows `errors` as a save found them (the checks', or the store's when it refused the
   * record) and focuses the first wrong field.
   *
   * @returns `true` when there is one.
   */
  showErrors(errors: Partial<Record<Field, FieldMessage>>): boolean {
    this.submitted = true;
    this.errors = errors;
    this.host.requestUpdate();
    const first = this.firstWrong(errors);
    if (first !== undefined) {
      void this.host.updateComplete.then(() =>
        this.host.shadowRoot?.querySelector<HTMLElement>(`#${first}`)?.focus(),
      );
    }
    return first !== undefined;
  }

  /** The first field, in the order shown, that `errors` has a message for. */
  firstWrong(errors: Partial<Record<Field, FieldMessage>>): Field | undefined {
    return this.options.fields.find((field) => errors[field] !== undefined);
  }

  /** Back to a fresh form: no messages, no field left, no save attempted. */
  reset(): void {
    this.errors = {};
    this.submitted = false;
    this.touched.clear();
    this.host.requestUpdate();
  }

  /** `field`'s message in `language` and `digits`; `''` when it has none. */
  errorOf(field: Field, language: Language, digits: DigitStyle = 'arabic'): string {
    return wordFieldMessage(this.errors[field], language, digits);
  }

  /** The `aria-invalid` of `field`. */
  invalid(field: Field): 'true' | 'false' {
    return this.errors[field] ? 'true' : 'false';
  }

  /** Whether the general "please correct the fields marked" line shows: after a save attempt only. */
  get showSummary(): boolean {
    return this.submitted && Object.keys(this.errors).length > 0;
  }
}
