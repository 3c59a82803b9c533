import { normalisePromptPayTarget, type PromptPayTarget } from './promptpay-target.js';

/**
 * A PromptPay ID as banking apps show it on a confirmation screen, hiding all but its end: a
 * mobile number `'xxx-xxx-5678'`, a national or tax ID `'x-xxxx-xxxxx-67-8'` (its last 3
 * digits), an e-wallet or biller ID its last 4 digits (`'xxxxxxxxxxx0100'`). The target is
 * checked first, as {@link normalisePromptPayTarget} checks it.
 *
 * @throws {@link "@sajja/core".SajjaError} whatever {@link normalisePromptPayTarget} throws for
 *   the target.
 *
 * @example
 * ```ts
 * maskPromptPayId('081-234-5678'); // 'xxx-xxx-5678'
 * maskPromptPayId({ kind: 'national-id', id: '1-2345-67890-12-1' }); // 'x-xxxx-xxxxx-12-1'
 * ```
 */
export function maskPromptPayId(target: string | PromptPayTarget): string {
  const { kind, id } = normalisePromptPayTarget(target);
  if (kind === 'mobile') return `xxx-xxx-${id.slice(6)}`;
  if (id.length === 13) return `x-xxxx-xxxxx-${id.slice(10, 12)}-${id.slice(12)}`;
  return 'x'.repeat(id.length - 4) + id.slice(-4);
}
