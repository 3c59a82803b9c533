// Rollup plugins of the Sajja build, used by the root rollup.config.mjs.
export { dropUnusedDecimalMethods } from './drop-unused-decimal-methods.mjs';
export { collapseLitTemplateWhitespace } from './collapse-lit-template-whitespace.mjs';
export { dropUnreachedSentences } from './drop-unreached-sentences.mjs';
