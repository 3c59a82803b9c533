import type { DigitStyle, Language, Money } from '@sajja/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf } from './language.js';
import { displayDate, displayMoney, displayMonth, displayNumber, inDigits } from './display.js';
import { translate, type Translations } from './translations.js';
import { userMessage } from './user-message.js';

/** What a {@link LocalizeController} needs of its widget. */
export type LocalizeHost = ReactiveControllerHost &
  HTMLElement & {
    /** The widget's digits attribute, when it has one (`'thai'` or `'arabic'`). */
    readonly digits?: string;
  };

// One observer for every widget on the page: when the page switches `<html lang>` (or any
// ancestor's), widgets without a `lang` of their own re-render in the new language.
const connected = new Set<LocalizeHost>();
let observer: MutationObserver | undefined;

/**
 * A widget's language and digits, as Shoelace's `LocalizeController` gives its components
 * theirs: the language comes from the widget's `lang`, else the closest `[lang]` around it,
 * else `<html lang>`, and the widget re-renders whenever any of them changes (one observer
 * for the page). `t` looks a sentence up in the widget's own table, and the formatting helpers
 * write money, dates, months, counts and error messages in that language and digit style, so
 * a widget calls them at render time and everything it shows follows `lang` and `digits`.
 *
 * @example
 * ```ts
 * private readonly localize = new LocalizeController(this, householdLedgerStrings);
 * render() {
 *   return html`<h2>${this.localize.t('title')}</h2>
 *     <p>${this.localize.money(total)} · ${this.localize.message(this.failure)}</p>`;
 * }
 * ```
 */
export class LocalizeController<Keys extends string = never> implements ReactiveController {
  constructor(
    private readonly host: LocalizeHost,
    private readonly strings?: Translations<Keys>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.host);
    if (observer) return;
    observer = new MutationObserver(() => connected.forEach((each) => each.requestUpdate()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    connected.delete(this.host);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** The language the widget speaks now. */
  get language(): Language {
    const own = this.host.lang;
    if (own) return /^en\b/i.test(own) ? 'en' : 'th';
    return languageOf(this.host.parentElement ?? this.host);
  }

  /** The digit style in force (anything but `'thai'` counts as Arabic). */
  get digits(): DigitStyle {
    return this.host.digits === 'thai' ? 'thai' : 'arabic';
  }

  /**
   * The widget's sentence `key` in its language, `{placeholders}` filled from `values`; its own
   * digits and the `number` values in the widget's digits (see `translate` in shared/translations.ts).
   */
  t(key: Keys, values?: Readonly<Record<string, string | number>>): string {
    return translate(this.strings!, this.language, key, values, this.digits);
  }

  /** An amount: `1,234.50`, or `๑,๒๓๔.๕๐` with Thai digits. */
  money(amount: Money | string): string {
    return displayMoney(amount, this.digits);
  }

  /** A Buddhist-Era date: `15 ม.ค. 2567`, `15 Jan 2567 BE`. */
  date(iso: string): string {
    return displayDate(iso, this.language, this.digits);
  }

  /** A month for headings: `มกราคม 2567`, `January 2567 BE`. */
  month(isoMonth: string): string {
    return displayMonth(isoMonth, this.language, this.digits);
  }

  /** A count or an ordinal. */
  number(value: number): string {
    return displayNumber(value, this.digits);
  }

  /** The sentence for an error, as {@link userMessage} gives it, in the widget's digits. */
  message(error: unknown): string {
    return inDigits(userMessage(error, this.language), this.digits);
  }
}
