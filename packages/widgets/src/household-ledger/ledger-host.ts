import { isSajjaError } from '@sajja/core';
import type { ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../shared/localize-controller.js';
import type { householdLedgerStrings } from './household-ledger.strings.js';
import type { SajjaLedgerChangeDetail } from './ledger-events.js';

/** A sentence of the ledger's, kept unworded so it follows a change of `lang`. */
export type LedgerSentence = () => string;

/** The keys of the ledger's sentences. */
export type LedgerStringKey = keyof typeof householdLedgerStrings.th;

/**
 * What the parts of `<sajja-household-ledger>` (its entry form, month view, corrections and
 * CSV files) need of the element: its attributes, its language, and the few things they
 * share (the status line, the change event, moving focus after a render).
 */
export interface LedgerHost extends ReactiveControllerHost, HTMLElement {
  /** The `household` attribute: the household whose ledger is shown. */
  household: string;
  /** The `store` attribute: the IndexedDB database's name. */
  store: string;
  /** The `month` attribute, `YYYY-MM` (empty: the current month). */
  month: string;
  /** The `show-reversed` attribute. */
  showReversed: boolean;
  /** The `page-size` attribute: how many entries a page of the month's list shows. */
  readonly pageSize: number;
  /** The element's shadow root, where its parts render. */
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The month shown, `YYYY-MM`. */
  readonly shownMonth: string;
  /** The level of the ledger's own heading (`heading-level`): its parts' headings go below. */
  readonly titleLevel: number;
  /** The ledger's language, digits and sentences. */
  readonly localize: LocalizeController<LedgerStringKey>;
  /** Says `sentence` in the polite status line (none: clears it). */
  announce(sentence?: LedgerSentence): void;
  /** Fires `sajja-ledger-change`. */
  fire(detail: SajjaLedgerChangeDetail): void;
  /** Focuses what `selector` finds in the shadow root after the next render. */
  focusLater(selector: string): void;
  /** A category's label in the widget's language (its code when unknown). */
  categoryLabel(code: string): string;
}

/**
 * The sentence for a failure of the ledger's, worded now: one of its own sentences as kept, the
 * household missing, else `userMessage`'s; `''` for none.
 */
export function ledgerMessage(host: LedgerHost, error: unknown): string {
  if (error === undefined) return '';
  if (typeof error === 'function') return (error as LedgerSentence)();
  if (
    isSajjaError(error) &&
    error.reason === 'unknown-record' &&
    error.details.table === 'households'
  ) {
    return host.localize.t('unknownHousehold');
  }
  return host.localize.message(error);
}
