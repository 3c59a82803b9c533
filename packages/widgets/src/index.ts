/**
 * `@sajja/widgets`: web components partner sites embed with one script tag. Importing this
 * module defines every `sajja-*` tag (safely, if another copy already did). The one-script
 * bundle (`sajja-widgets.js`) is instead an autoloader that loads each widget when a page shows
 * it, and exports a part of this module: {@link loadWidgets}, {@link whenWidgetDefined},
 * {@link WIDGET_TAGS}, {@link openStore}, {@link requestPersistence}, {@link applyAppearance},
 * {@link APPEARANCE_PROPERTIES}, {@link defineElement} and {@link languageOf}.
 *
 * @packageDocumentation
 */
export { SajjaBahtText } from './baht-text/baht-text.js';
export { SajjaLoanCalculator } from './loan-calculator/loan-calculator.js';
export type {
  SajjaCalculateDetail,
  SajjaCalculateEvent,
  CalculatedInstallment,
  RepayFrequency,
} from './loan-calculator/loan-calculator.js';
export { SajjaBalanceCard } from './balance-card/balance-card.js';
export type { BalanceCardVariant } from './balance-card/balance-card.js';
export { SajjaDepositForm } from './deposit-form/deposit-form.js';
export type { SajjaDepositDetail, SajjaDepositEvent } from './deposit-form/deposit-form.js';
export { SajjaHouseholdLedger } from './household-ledger/household-ledger.js';
export type {
  SajjaLedgerChangeDetail,
  SajjaLedgerChangeEvent,
  SajjaLedgerEntryChange,
  SajjaLedgerAddDetail,
  SajjaLedgerReverseDetail,
  SajjaLedgerImportDetail,
} from './household-ledger/household-ledger.js';
export { SajjaPromptPayQr } from './promptpay-qr/promptpay-qr.js';
export type {
  SajjaPromptPayQrDrawnDetail,
  SajjaPromptPayQrDrawnEvent,
} from './promptpay-qr/promptpay-qr.js';
export { SajjaMeeting } from './meeting/meeting.js';
export type { SajjaMeetingRowDetail, SajjaMeetingRowEvent } from './meeting/meeting.js';
export { SajjaMeetingReport } from './meeting-report/meeting-report.js';
export { SajjaShareOut } from './share-out/share-out.js';
export { SajjaSyncStatus } from './sync-status/sync-status.js';
export { SajjaElement } from './shared/sajja-element.js';
export { SajjaHeadedElement } from './shared/headed-element.js';
export type { HeadingLevel, HeadingOptions } from './shared/heading.js';
// For the page around the widgets (creating households, reading what they stored) without a
// second script; the store's code loads on their first call.
export { openStore, requestPersistence } from './shared/store-connection.js';
export { APPEARANCE_PROPERTIES, applyAppearance } from './shared/appearance.js';
export type { Appearance } from './shared/appearance.js';
export { defineElement } from './shared/define.js';
// The one-script bundle's autoloader calls, for code written against either; here every tag is
// defined already, so they resolve at once.
export { loadWidgets, whenWidgetDefined, WIDGET_TAGS } from './autoloader/widget-loader.js';
export { languageOf } from './shared/language.js';
// The shared localisation controller every widget (and a widget built on SajjaElement) uses.
export { LocalizeController } from './shared/localize-controller.js';
export type { LocalizeHost } from './shared/localize-controller.js';
// What the household ledger's parts need of the element (for reading its source and types).
export type {
  LedgerHost,
  LedgerSentence,
  LedgerStringKey,
} from './household-ledger/ledger-host.js';
// Any error as the sentence a widget shows (never a stack trace), in Thai or English.
export { userMessage } from './shared/user-message.js';
