/**
 * `@sajja/core/promptpay`: PromptPay (Thai QR) payloads for the transfers members make to
 * their group's account: writing them (credit transfer to a mobile number, national or tax ID,
 * e-wallet; bill payment to a biller with references), reading them back to check a QR
 * before it is printed, masking IDs as banking apps show them, and the group's payment rules.
 * Amounts are text throughout; this entry has no decimal arithmetic and no dependencies.
 *
 * @module @sajja/core/promptpay
 */
export { normalisePromptPayTarget } from './promptpay-target.js';
export type { PromptPayKind, PromptPayTarget } from './promptpay-target.js';
export { promptPayPayload } from './promptpay-payload.js';
export type { PromptPayOptions } from './promptpay-payload.js';
export { parsePromptPayPayload } from './parse-promptpay-payload.js';
export type { ParsedPromptPay } from './parse-promptpay-payload.js';
export { maskPromptPayId } from './mask-promptpay-id.js';
export { validatePaymentRules, PROMPTPAY_NAME_MAX } from './payment-rules.js';
export type { PaymentRules, PromptPayAccount } from './payment-rules.js';
