import type { DigitStyle, Language } from '@sajja/core';
import {
  wordFieldMessage,
  type FieldMessage,
  type FormControlController,
} from './form-control-controller.js';

/** What a form-associated widget's fields say now, for its partner's `<form>`. */
export interface FormAssociationState<Field extends string> {
  /** The value the form submits (`null`: none, while the fields are wrong). */
  readonly value: string | null;
  /** What the browser keeps to restore the fields (back button, session restore). */
  readonly restoreState: string;
  /** Each wrong field's message. */
  readonly errors: Partial<Record<Field, FieldMessage>>;
  /** The `ValidityState` flags that hold (`valueMissing`, `badInput`, …). */
  readonly flags: ValidityStateFlags;
}

/** How a {@link FormAssociation} reads and restores its widget. */
export interface FormAssociationOptions<Field extends string> {
  /** The fields as they stand. */
  readonly state: () => FormAssociationState<Field>;
  /** Puts back what {@link FormAssociationState.restoreState} kept. */
  readonly restore: (state: string) => void;
  /** Back to empty fields (the partner's form was reset); the messages are forgotten already. */
  readonly reset: () => void;
  /** The widget's language and digits, for the form's message. */
  readonly language: () => Language;
  readonly digits: () => DigitStyle;
}

/**
 * The form association of a widget that takes part in its partner's `<form>` as an `<input>`
 * does (`static formAssociated = true`), through `ElementInternals`: the partner's form gets its
 * value and validity (the first wrong field's message, worded in the widget's language, anchored
 * on that field), `checkValidity()`/`reportValidity()` and a form's submit show the widget's own
 * messages, a form reset empties it and forgets its messages, and the browser's restore (back
 * button, session restore) puts back what was typed. It works with the widget's
 * {@link FormControlController}, which keeps the messages; the widget calls {@link sync} after
 * every render and forwards the browser's `formResetCallback` and `formStateRestoreCallback`.
 * Only `<sajja-deposit-form>` is form-associated today; it lives in a module of its own so that
 * the widgets that are not do not download it.
 */
export class FormAssociation<Field extends string> {
  /** The element's internals: its form, labels and validity, as `<input>` has them. */
  readonly internals: ElementInternals;

  constructor(
    private readonly host: HTMLElement & { readonly renderRoot?: ParentNode },
    private readonly controls: FormControlController<Field>,
    private readonly options: FormAssociationOptions<Field>,
  ) {
    this.internals = host.attachInternals();
    // The partner form's checkValidity()/reportValidity() or its submit found a field wrong:
    // show why, in the widget's words, beside the field.
    host.addEventListener('invalid', () => {
      controls.submitted = true;
      controls.recheck();
    });
  }

  /** Mirrors the fields onto the partner's form: the value, then the first problem. */
  sync(): void {
    const { value, restoreState, errors, flags } = this.options.state();
    this.internals.setFormValue(value, restoreState);
    // The first wrong field, in the order shown, gives the form its message.
    const first = this.controls.firstWrong(errors);
    if (first === undefined) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.host.renderRoot?.querySelector<HTMLElement>(`#${first}`) ?? undefined;
    this.internals.setValidity(
      flags,
      wordFieldMessage(errors[first], this.options.language(), this.options.digits()),
      anchor,
    );
  }

  /** For the element's `formResetCallback`: empty fields, no messages. */
  reset(): void {
    this.options.reset();
    this.controls.reset();
    this.sync();
  }

  /** For the element's `formStateRestoreCallback`: puts back what the browser kept. */
  restore(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    this.options.restore(state);
    this.sync();
  }
}
