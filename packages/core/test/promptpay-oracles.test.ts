/// <reference types="node" />
// Our PromptPay payloads against promptpay-qr and promptparse, CommonJS devDependencies used as
// oracles only. Node only (web-test-runner.config.mjs leaves this file out): the oracles need
// Node's Buffer and require.
import { expect } from 'chai';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { parsePromptPayPayload, promptPayPayload } from '../src/promptpay/index.js';
import { crc16 } from '../src/promptpay/crc16.js';
import {
  amount,
  billerId,
  eWallet,
  mobileRest,
  personalId,
  reference,
  thirteenDigitId,
  typedMobile,
} from './promptpay-arbitraries.js';

const require = createRequire(import.meta.url);
const generatePayload = require('promptpay-qr') as (
  target: string,
  options: { amount?: number },
) => string;
const promptparse = require('promptparse') as typeof import('promptparse');

describe('PromptPay payloads against promptpay-qr and promptparse', () => {
  it('writes what promptpay-qr writes for mobile numbers, as people type them', () => {
    fc.assert(
      fc.property(typedMobile, fc.option(amount, { nil: undefined }), (mobile, given) => {
        const ours = promptPayPayload(mobile, given === undefined ? {} : { amount: given });
        const theirs = generatePayload(
          mobile,
          given === undefined ? {} : { amount: Number(given) },
        );
        expect(ours).to.equal(theirs);
      }),
      { numRuns: 300 },
    );
  });

  it('writes what promptpay-qr writes for 13-digit IDs and 15-digit e-wallet IDs', () => {
    fc.assert(
      fc.property(
        fc.oneof(thirteenDigitId, eWallet),
        fc.option(amount, { nil: undefined }),
        (id, given) => {
          const ours = promptPayPayload(id, given === undefined ? {} : { amount: given });
          const theirs = generatePayload(id, given === undefined ? {} : { amount: Number(given) });
          expect(ours).to.equal(theirs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes what promptparse writes for bill payments, over random billers, references and amounts', () => {
    fc.assert(
      fc.property(
        billerId,
        reference,
        fc.option(reference, { nil: undefined }),
        fc.option(amount, { nil: undefined }),
        (id, reference1, reference2, given) => {
          const ours = promptPayPayload(
            { kind: 'biller', id, reference1, ...(reference2 ? { reference2 } : {}) },
            given === undefined ? {} : { amount: given },
          );
          const theirs = promptparse.generate.billPayment({
            billerId: id,
            ref1: reference1,
            ...(reference2 ? { ref2: reference2 } : {}),
            ...(given === undefined ? {} : { amount: Number(given) }),
          });
          expect(ours).to.equal(theirs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with promptparse for random ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 200 }), (text) => {
        expect(crc16(text)).to.equal(promptparse.checksum(text));
      }),
    );
  });

  it('reads what promptparse writes: AnyID (53 before 58) and bill payments', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mobileRest.map((rest) => ({
            type: 'MSISDN' as const,
            target: `0${rest}`,
            kind: 'mobile',
            id: `0${rest}`,
          })),
          personalId.map((id) => ({ type: 'NATID' as const, target: id, kind: 'national-id', id })),
          eWallet.map((id) => ({ type: 'EWALLETID' as const, target: id, kind: 'e-wallet', id })),
        ),
        fc.option(amount, { nil: undefined }),
        ({ type, target: id13, kind, id }, money) => {
          const payload = promptparse.generate.anyId({
            type,
            target: id13,
            ...(money === undefined ? {} : { amount: Number(money) }),
          });
          const parsed = parsePromptPayPayload(payload);
          expect(parsed.target).to.deep.equal({ kind, id });
          expect(parsed.amount).to.equal(money);
        },
      ),
    );
  });
});
