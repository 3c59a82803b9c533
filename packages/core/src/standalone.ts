/**
 * Everything in `@sajja/core` and its domain entry points in one module, for the standalone
 * bundle `@sajja/core/standalone` (decimal.js inlined) that a page can load without a bundler.
 * Not an API of its own: every name here is documented where `@sajja/core` or a domain entry
 * point exports it.
 */
export * from './index.js';
export * from './savings/index.js';
export * from './welfare/index.js';
export * from './loans/index.js';
export * from './ledger/index.js';
export * from './books/index.js';
export * from './year-end/index.js';
export * from './report-html/index.js';
