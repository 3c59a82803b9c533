/**
 * `@sajja/widgets`: web components partner sites embed with one script tag. Importing this
 * module defines every `sajja-*` tag (safely, if another copy already did).
 *
 * @packageDocumentation
 */
export { SajjaBahtText } from './baht-text/baht-text.js';
export { defineElement } from './shared/define.js';
export { languageOf } from './shared/language.js';
