import type { Sentences } from '../errors/sentences.js';
import { raisedWith, type SajjaError, type SajjaErrorInit } from '../errors/sajja-error.js';

/**
 * @internal The sentences of the audit chain's own refusal, apart from the rest of the books'
 * (`books-sentences.ts`): the store chains every record it writes, so a household's page loads
 * this module and should not load every sentence of the journal and the statements with it.
 */
export const CHAIN_SENTENCES: { readonly 'too-deep': Sentences } = {
  'too-deep': {
    th: 'ข้อมูลที่ {path} ซ้อนกันลึกเกิน {maxDepth} ชั้น',
    en: 'The data at {path} is nested more than {maxDepth} levels deep.',
  },
};

/** @internal The audit chain's `INVALID_ARGUMENT` error, carrying its sentences. */
export function chainError(
  reason: 'too-deep',
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<'INVALID_ARGUMENT'> {
  return raisedWith(CHAIN_SENTENCES, 'INVALID_ARGUMENT', reason, message, init);
}
