/**
 * `@sajja/widgets`: web components partner sites embed with one script tag. Importing this
 * module defines every `sajja-*` tag (safely, if another copy already did).
 *
 * @packageDocumentation
 */
export { SajjaBahtText } from './baht-text/baht-text.js';
export { SajjaLoanCalculator } from './loan-calculator/loan-calculator.js';
export type {
  SajjaCalculateDetail,
  SajjaCalculateEvent,
  CalculatedInstallment,
} from './loan-calculator/loan-calculator.js';
export { SajjaElement } from './shared/sajja-element.js';
export { APPEARANCE_PROPERTIES, applyAppearance } from './shared/appearance.js';
export type { Appearance } from './shared/appearance.js';
export { defineElement } from './shared/define.js';
export { languageOf } from './shared/language.js';
