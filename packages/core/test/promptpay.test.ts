/// <reference types="node" />
import { expect } from 'chai';
import fc from 'fast-check';
import { errorMessage, problemMessage, SajjaError, type SajjaErrorCode } from '../src/index.js';
import {
  maskPromptPayId,
  normalisePromptPayTarget,
  parsePromptPayPayload,
  promptPayPayload,
  PROMPTPAY_NAME_MAX,
  validatePaymentRules,
} from '../src/promptpay/index.js';
import { crc16 } from '../src/promptpay/crc16.js';
import { displayColumns } from '../src/index.js';
import { PROMPTPAY_SENTENCES } from '../src/promptpay/promptpay-sentences.js';
import { expectSajjaError, rulesProblems } from './expect-sajja-error.js';
import { amount, target } from './promptpay-arbitraries.js';

/** Asserts a coded refusal that speaks Thai and English, and returns it. */
function refused(action: () => unknown, code: SajjaErrorCode, reason: string): SajjaError {
  const error = expectSajjaError(action, code, reason);
  const thai = errorMessage(error, 'th');
  const english = errorMessage(error, 'en');
  expect(thai, reason).to.match(/[\u0E00-\u0E7F]/);
  expect(english, reason).to.match(/^[^\u0E00-\u0E7F]+$/);
  expect(`${thai} ${english}`, reason).to.not.match(/\{\w+\}/);
  return error;
}

// --- Payloads ------------------------------------------------------------------------------

describe('promptPayPayload', () => {
  it('writes the published promptpay-qr example byte for byte', () => {
    // promptpay-qr 0.5.0 with 0812345678 and 4.22 (its README's CLI shows --amount 4.22); the
    // expected string is promptpay-qr's own output, checked here against ours.
    expect(promptPayPayload('081-234-5678', { amount: '4.22' })).to.equal(
      '00020101021229370016A000000677010111011300668123456785802TH530376454044.2263045D49',
    );
  });

  it('writes the published bill payment example (biller 0994000165501 00) byte for byte', () => {
    // Published in promptparse's test suite, github.com/maythiwat/promptparse, src/index.test.ts
    // (commit 68eb13e7), test 'Convert BOT Barcode to Bill Payment (Valid, with Ref.2 and
    // amount)', from the BOT barcode |099400016550100␍123456789012␍670429␍364922. Made by
    // promptparse itself, so it is promptparse's reading of the standard, not a bank's.
    expect(
      promptPayPayload(
        { kind: 'biller', id: '099400016550100', reference1: '123456789012', reference2: '670429' },
        { amount: '3649.22' },
      ),
    ).to.equal(
      '00020101021230650016A00000067701011201150994000165501000212123456789012030667042953037645802TH54073649.2263044534',
    );
  });

  it('makes a reusable QR with an amount, and a one-time QR without one, when asked', () => {
    const monthly = promptPayPayload('0812345678', { amount: '100', reusable: true });
    expect(monthly.slice(0, 12)).to.equal('000201010211');
    expect(parsePromptPayPayload(monthly)).to.deep.include({ amount: '100.00', reusable: true });
    const once = promptPayPayload('0812345678', { reusable: false });
    expect(once.slice(0, 12)).to.equal('000201010212');
    expect(parsePromptPayPayload(once)).to.deep.include({ reusable: false });
    expect(parsePromptPayPayload(once).amount).to.equal(undefined);
  });

  it('reads amounts as text, padding them to two decimals, up to 9,999,999,999.99', () => {
    const amountOf = (given: string) =>
      parsePromptPayPayload(promptPayPayload('0812345678', { amount: given })).amount;
    expect(amountOf('150')).to.equal('150.00');
    expect(amountOf(' 0150.5 ')).to.equal('150.50');
    expect(amountOf('.01')).to.equal('0.01');
    expect(amountOf('9999999999.99')).to.equal('9999999999.99');
    // Past Number's exact integers in satang would still be exact here: it is text throughout.
    expect(promptPayPayload('0812345678', { amount: '9999999999.99' })).to.contain(
      '54139999999999.99',
    );
  });

  it('writes the same ID for a target however it is typed', () => {
    for (const id of [
      '0812345678',
      '081-234-5678',
      '+66812345678',
      '66812345678',
      '0066812345678',
      ' 081.234.5678 ',
    ]) {
      expect(normalisePromptPayTarget({ kind: 'mobile', id }), id).to.deep.equal({
        kind: 'mobile',
        id: '0812345678',
      });
    }
    expect(normalisePromptPayTarget('1-2345-67890-12-1')).to.deep.equal({
      kind: 'national-id',
      id: '1234567890121',
    });
    expect(
      normalisePromptPayTarget({ kind: 'biller', id: '0994000165501 00', reference1: ' m042 ' }),
    ).to.deep.equal({
      kind: 'biller',
      id: '099400016550100',
      reference1: 'M042',
    });
  });
});

describe('crc16 (CRC-16/CCITT-FALSE)', () => {
  it('gives the standard check value for 123456789', () => {
    expect(crc16('123456789')).to.equal('29B1');
  });
});

// --- Parsing -------------------------------------------------------------------------------

describe('parsePromptPayPayload', () => {
  it('gives back every kind of target, amount and reusability it was written with', () => {
    fc.assert(
      fc.property(
        target,
        fc.option(amount, { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (given, money, reusable) => {
          const payload = promptPayPayload(given, {
            ...(money === undefined ? {} : { amount: money }),
            ...(reusable === undefined ? {} : { reusable }),
          });
          const parsed = parsePromptPayPayload(payload);
          expect(parsed.target).to.deep.equal(given);
          expect(parsed.amount).to.equal(money);
          expect(parsed.reusable).to.equal(reusable ?? money === undefined);
          expect(parsed.crc)
            .to.equal(payload.slice(-4))
            .and.match(/^[0-9A-F]{4}$/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a payload with any one character changed, as bad-crc or not PromptPay', () => {
    fc.assert(
      fc.property(
        target,
        fc.nat(),
        fc.constantFrom(...'0123456789ABCDEFTHXZ'),
        (given, at, character) => {
          const payload = promptPayPayload(given);
          const index = at % payload.length;
          fc.pre(payload[index] !== character);
          const changed = payload.slice(0, index) + character + payload.slice(index + 1);
          try {
            parsePromptPayPayload(changed);
            expect.fail(`accepted ${changed}`);
          } catch (error) {
            expect(error).to.be.instanceOf(SajjaError);
            expect(['bad-crc', 'not-a-promptpay-payload']).to.include((error as SajjaError).reason);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a flipped character inside the data as bad-crc, in Thai and English', () => {
    const payload = promptPayPayload('0812345678', { amount: '150' });
    const flipped = payload.replace('150.00', '950.00');
    const error = refused(() => parsePromptPayPayload(flipped), 'INVALID_ARGUMENT', 'bad-crc');
    expect(errorMessage(error, 'th')).to.equal(PROMPTPAY_SENTENCES['bad-crc'].th);
  });

  it('reads the published promptparse examples', () => {
    // github.com/maythiwat/promptparse, src/index.test.ts (commit 68eb13e7): 'Generate Any ID'
    // and 'Parse payload (strict) with valid checksum and get tag value'.
    expect(
      parsePromptPayPayload(
        '00020101021129370016A0000006770101110113006681222333353037645802TH63041DCF',
      ),
    ).to.deep.equal({ target: { kind: 'mobile', id: '0812223333' }, reusable: true, crc: '1DCF' });
    expect(
      parsePromptPayPayload(
        '00020101021229370016A0000006770101110113006680111111153037645802TH540520.15630442BE',
      ),
    ).to.deep.equal({
      target: { kind: 'mobile', id: '0801111111' },
      amount: '20.15',
      reusable: false,
      crc: '42BE',
    });
  });

  it('reads the published bill payments, and refuses the one whose tax ID fails its check digit', () => {
    // Both from github.com/maythiwat/promptparse, src/index.test.ts (commit 68eb13e7), tests
    // 'Convert BOT Barcode to Bill Payment (Valid, with Ref.2 and amount)' and '… (Valid)'.
    expect(
      parsePromptPayPayload(
        '00020101021230650016A00000067701011201150994000165501000212123456789012030667042953037645802TH54073649.2263044534',
      ),
    ).to.deep.equal({
      target: {
        kind: 'biller',
        id: '099400016550100',
        reference1: '123456789012',
        reference2: '670429',
      },
      amount: '3649.22',
      reusable: false,
      crc: '4534',
    });
    // Its biller 099999999999990 is a placeholder: 0999999999999's check digit would be 1.
    refused(
      () =>
        parsePromptPayPayload(
          '00020101021130550016A0000006770101120115099999999999990021211122233344453037645802TH63043EE7',
        ),
      'INVALID_ARGUMENT',
      'bad-check-digit',
    );
  });

  it('refuses EMV payloads of other schemes, countries and currencies, and garbage', () => {
    const withCrc = (data: string) => `${data}6304${crc16(`${data}6304`)}`;
    const account = '29370016A000000677010111011300668123456785';
    for (const payload of [
      // Another scheme's merchant account (tag 26), no PromptPay account.
      withCrc('00020101021126300016A00000000000000101060123455802TH5303764'),
      withCrc(`0002010102112937${account.slice(4)}5802SG5303764`.replace('2937', '2937')),
      withCrc(`000201010211${account}5802TH5303702`),
      withCrc(
        `000201010211${account}5802TH5303764`.replace('A000000677010111', 'A000000677010199'),
      ),
      withCrc(`000201010211${account}5802TH530376454041,00`),
      withCrc(`000201010213${account}5802TH5303764`),
      '',
      'hello',
      'https://example.com/pay?to=0812345678',
      '0002010102',
      '00020101021129370016A000000677010111011300668123456785802TH5303764',
    ]) {
      refused(() => parsePromptPayPayload(payload), 'INVALID_ARGUMENT', 'not-a-promptpay-payload');
    }
    refused(
      () => parsePromptPayPayload(12 as never),
      'INVALID_ARGUMENT',
      'not-a-promptpay-payload',
    );
    expectSajjaError(
      () => parsePromptPayPayload('0'.repeat(100_000)),
      'INVALID_ARGUMENT',
      'too-long',
    );
  });

  it('refuses a payload whose amount is zero', () => {
    const data = '00020101021229370016A000000677010111011300668123456785802TH530376454040.00';
    const zero = `${data}6304${crc16(`${data}6304`)}`;
    refused(() => parsePromptPayPayload(zero), 'INVALID_AMOUNT', 'not-positive');
  });
});

// --- Refusals ------------------------------------------------------------------------------

describe('PromptPay refusals (coded, in Thai and English)', () => {
  const cases: Array<[string, () => unknown, SajjaErrorCode, string]> = [
    ['a landline', () => promptPayPayload('02-123-4567'), 'INVALID_ARGUMENT', 'not-a-thai-mobile'],
    [
      'a mobile starting 05',
      () => promptPayPayload({ kind: 'mobile', id: '0512345678' }),
      'INVALID_ARGUMENT',
      'not-a-thai-mobile',
    ],
    [
      'a mobile with letters',
      () => promptPayPayload({ kind: 'mobile', id: '08l2345678' }),
      'INVALID_ARGUMENT',
      'not-a-thai-mobile',
    ],
    [
      'a 14-digit string',
      () => promptPayPayload('12345678901234'),
      'INVALID_ARGUMENT',
      'not-a-thai-id',
    ],
    [
      'a 12-digit national ID',
      () => promptPayPayload({ kind: 'national-id', id: '123456789012' }),
      'INVALID_ARGUMENT',
      'not-a-thai-id',
    ],
    [
      'a wrong check digit',
      () => promptPayPayload('1-2345-67890-12-3'),
      'INVALID_ARGUMENT',
      'bad-check-digit',
    ],
    [
      'a tax ID with a wrong check digit',
      () => promptPayPayload({ kind: 'tax-id', id: '0994000165502' }),
      'INVALID_ARGUMENT',
      'bad-check-digit',
    ],
    [
      'a 16-digit string',
      () => promptPayPayload('1234567890123456'),
      'INVALID_ARGUMENT',
      'not-an-e-wallet-id',
    ],
    [
      'a 14-digit e-wallet',
      () => promptPayPayload({ kind: 'e-wallet', id: '14000080111111' }),
      'INVALID_ARGUMENT',
      'not-an-e-wallet-id',
    ],
    [
      'a 13-digit biller',
      () => promptPayPayload({ kind: 'biller', id: '0994000165501', reference1: 'A' }),
      'INVALID_ARGUMENT',
      'not-a-biller-id',
    ],
    [
      'a biller with a bad check digit',
      () => promptPayPayload({ kind: 'biller', id: '099999999999990', reference1: 'A' }),
      'INVALID_ARGUMENT',
      'bad-check-digit',
    ],
    [
      'a biller without reference1',
      () => promptPayPayload({ kind: 'biller', id: '099400016550100' }),
      'INVALID_ARGUMENT',
      'missing-reference',
    ],
    [
      'a reference with a dash',
      () => promptPayPayload({ kind: 'biller', id: '099400016550100', reference1: 'INV-1' }),
      'INVALID_ARGUMENT',
      'bad-reference',
    ],
    [
      'a reference of 21 characters',
      () => promptPayPayload({ kind: 'biller', id: '099400016550100', reference1: 'A'.repeat(21) }),
      'INVALID_ARGUMENT',
      'bad-reference',
    ],
    [
      'an empty reference2',
      () =>
        promptPayPayload({
          kind: 'biller',
          id: '099400016550100',
          reference1: 'A',
          reference2: '',
        }),
      'INVALID_ARGUMENT',
      'bad-reference',
    ],
    [
      'a Thai reference',
      () => promptPayPayload({ kind: 'biller', id: '099400016550100', reference1: 'สมชาย' }),
      'INVALID_ARGUMENT',
      'bad-reference',
    ],
    [
      'a reference on a mobile',
      () => promptPayPayload({ kind: 'mobile', id: '0812345678', reference1: 'A' }),
      'INVALID_ARGUMENT',
      'reference-not-allowed',
    ],
    [
      'reference2 on an e-wallet',
      () => promptPayPayload({ kind: 'e-wallet', id: '140000801111111', reference2: 'A' }),
      'INVALID_ARGUMENT',
      'reference-not-allowed',
    ],
    [
      'an unknown kind',
      () => promptPayPayload({ kind: 'bank-account', id: '1234567890' } as never),
      'INVALID_ARGUMENT',
      'unknown-promptpay-kind',
    ],
    [
      'a misspelt target key',
      () => promptPayPayload({ kind: 'mobile', idd: '0812345678' } as never),
      'INVALID_ARGUMENT',
      'unknown-option',
    ],
    [
      'a misspelt option',
      () => promptPayPayload('0812345678', { amout: '1' } as never),
      'INVALID_ARGUMENT',
      'unknown-option',
    ],
    [
      'a target that is a number',
      () => promptPayPayload(812345678 as never),
      'INVALID_ARGUMENT',
      'invalid-option',
    ],
    [
      'an ID that is a number',
      () => promptPayPayload({ kind: 'mobile', id: 812345678 } as never),
      'INVALID_ARGUMENT',
      'invalid-option',
    ],
    [
      'a reusable that is text',
      () => promptPayPayload('0812345678', { reusable: 'yes' } as never),
      'INVALID_ARGUMENT',
      'invalid-option',
    ],
    ['a huge ID', () => promptPayPayload('0'.repeat(100_000)), 'INVALID_ARGUMENT', 'too-long'],
    [
      'an amount of zero',
      () => promptPayPayload('0812345678', { amount: '0.00' }),
      'INVALID_AMOUNT',
      'not-positive',
    ],
    [
      'a negative amount',
      () => promptPayPayload('0812345678', { amount: '-5' }),
      'INVALID_AMOUNT',
      'not-positive',
    ],
    [
      'three decimals',
      () => promptPayPayload('0812345678', { amount: '1.005' }),
      'INVALID_AMOUNT',
      'too-many-decimals',
    ],
    [
      'ten billion',
      () => promptPayPayload('0812345678', { amount: '10000000000' }),
      'INVALID_AMOUNT',
      'too-large',
    ],
    [
      'letters',
      () => promptPayPayload('0812345678', { amount: '1e5' }),
      'INVALID_AMOUNT',
      'not-a-number',
    ],
    [
      'an empty amount',
      () => promptPayPayload('0812345678', { amount: '' }),
      'INVALID_AMOUNT',
      'not-a-number',
    ],
    [
      'an amount as a number',
      () => promptPayPayload('0812345678', { amount: 100 as never }),
      'INVALID_AMOUNT',
      'wrong-type',
    ],
    [
      'a huge amount text',
      () => promptPayPayload('0812345678', { amount: '1'.repeat(100_000) }),
      'INVALID_AMOUNT',
      'too-long',
    ],
  ];
  for (const [what, action, code, reason] of cases) {
    it(`refuses ${what} (${reason})`, () => {
      refused(action, code, reason);
    });
  }

  it('has a case above for every PromptPay reason', () => {
    const covered = new Set(cases.map(([, , , reason]) => reason));
    covered.add('not-a-promptpay-payload').add('bad-crc');
    expect(Object.keys(PROMPTPAY_SENTENCES).filter((reason) => !covered.has(reason))).to.deep.equal(
      [],
    );
  });

  it('shows its own sentence for each PromptPay reason', () => {
    const error = expectSajjaError(
      () => promptPayPayload('02-123-4567'),
      'INVALID_ARGUMENT',
      'not-a-thai-mobile',
    );
    expect(errorMessage(error, 'th')).to.equal('เบอร์นี้ไม่ใช่เบอร์มือถือของไทย');
    expect(errorMessage(error, 'en')).to.equal('This is not a Thai mobile number.');
    const digit = expectSajjaError(
      () => promptPayPayload('1-2345-67890-12-3'),
      'INVALID_ARGUMENT',
      'bad-check-digit',
    );
    expect(errorMessage(digit, 'th')).to.equal('เลขประจำตัวไม่ถูกต้อง (เลขตรวจสอบไม่ตรง)');
  });
});

describe('maskPromptPayId', () => {
  it('shows what banking apps show', () => {
    expect(maskPromptPayId('+66 81 234 5678')).to.equal('xxx-xxx-5678');
    expect(maskPromptPayId('1-2345-67890-12-1')).to.equal('x-xxxx-xxxxx-12-1');
    expect(maskPromptPayId({ kind: 'tax-id', id: '0994000165501' })).to.equal('x-xxxx-xxxxx-50-1');
    expect(maskPromptPayId('140000801111111')).to.equal('xxxxxxxxxxx1111');
    expect(maskPromptPayId({ kind: 'biller', id: '099400016550100', reference1: 'A' })).to.equal(
      'xxxxxxxxxxx0100',
    );
  });

  it('refuses what it cannot check', () => {
    refused(() => maskPromptPayId('1-2345-67890-12-3'), 'INVALID_ARGUMENT', 'bad-check-digit');
  });
});

// --- Payment rules -------------------------------------------------------------------------

describe('validatePaymentRules', () => {
  const good = { promptPay: { kind: 'mobile', id: '081-234-5678', name: 'กลุ่มสัจจะบ้านหนองบัว' } };

  it('returns good rules, and rules without an account', () => {
    expect(validatePaymentRules(good)).to.equal(good);
    expect(validatePaymentRules({})).to.deep.equal({});
    const biller = { promptPay: { kind: 'biller', id: '099400016550100', name: 'สหกรณ์' } };
    expect(validatePaymentRules(biller)).to.equal(biller);
  });

  it('reports every bad field at its path', () => {
    expect(
      rulesProblems(() =>
        validatePaymentRules({ promptPay: { kind: 'mobile', id: '02-123-4567', name: '  ' } }),
      ),
    ).to.deep.equal([
      { path: 'promptPay.id', reason: 'not-a-thai-mobile' },
      { path: 'promptPay.name', reason: 'empty' },
    ]);
    expect(
      rulesProblems(() => validatePaymentRules({ promptPay: { kind: 'bank', id: 5 } })),
    ).to.deep.equal([
      { path: 'promptPay.kind', reason: 'unknown-value' },
      { path: 'promptPay.id', reason: 'not-a-string' },
      { path: 'promptPay.name', reason: 'required' },
    ]);
    expect(rulesProblems(() => validatePaymentRules({ promptPay: {} }))).to.deep.equal([
      { path: 'promptPay.kind', reason: 'required' },
      { path: 'promptPay.id', reason: 'required' },
      { path: 'promptPay.name', reason: 'required' },
    ]);
    expect(
      rulesProblems(() =>
        validatePaymentRules({
          promptPay: { kind: 'national-id', id: '1-2345-67890-12-3', name: 7 },
        }),
      ),
    ).to.deep.equal([
      { path: 'promptPay.id', reason: 'bad-check-digit' },
      { path: 'promptPay.name', reason: 'not-a-string' },
    ]);
    expect(rulesProblems(() => validatePaymentRules({ promptPay: 'x' }))).to.deep.equal([
      { path: 'promptPay', reason: 'not-an-object' },
    ]);
    expect(rulesProblems(() => validatePaymentRules(undefined))).to.deep.equal([
      { path: '', reason: 'required' },
    ]);
    expect(rulesProblems(() => validatePaymentRules([]))).to.deep.equal([
      { path: '', reason: 'not-an-object' },
    ]);
  });

  it('refuses unknown fields as the other rules validators do, naming the one meant', () => {
    try {
      validatePaymentRules({ promptpay: {}, promptPay: { ...good.promptPay, nmae: 'x' } });
      expect.fail('accepted');
    } catch (error) {
      const { problems } = error as SajjaError;
      expect(problems).to.deep.equal([
        {
          path: 'promptpay',
          reason: 'unknown-field',
          details: { field: 'promptpay', closest: 'promptPay' },
        },
        {
          path: 'promptPay.nmae',
          reason: 'unknown-field',
          details: { field: 'nmae', closest: 'name' },
        },
      ]);
    }
  });

  it('carries the sentences of a PromptPay reason, on the error and on its problem', () => {
    const error = expectSajjaError(
      () =>
        validatePaymentRules({
          promptPay: { kind: 'mobile', id: '0212345678', name: 'ก'.repeat(61) },
        }),
      'RULES_INVALID',
      'not-a-thai-mobile',
    );
    expect(errorMessage(error, 'th')).to.equal('เบอร์นี้ไม่ใช่เบอร์มือถือของไทย');
    // The id's problem carries its reason's sentences, so problemMessage names what is wrong
    // (a form beside the id field shows this), wherever the problem travels (the store's).
    expect(problemMessage(error.problems[0]!, 'th')).to.equal('เบอร์นี้ไม่ใช่เบอร์มือถือของไทย');
    expect(problemMessage(error.problems[0]!, 'en')).to.equal('This is not a Thai mobile number.');
    expect(problemMessage(error.problems[1]!, 'en')).to.equal('This is longer than 60 characters.');
  });

  it(`allows a name of ${PROMPTPAY_NAME_MAX} columns, counting Thai marks above and below as none`, () => {
    const rules = (name: string) => ({ promptPay: { kind: 'mobile', id: '0812345678', name } });
    expect(() => validatePaymentRules(rules('ก'.repeat(60)))).to.not.throw();
    expect(rulesProblems(() => validatePaymentRules(rules('ก'.repeat(61))))).to.deep.equal([
      { path: 'promptPay.name', reason: 'too-long' },
    ]);
    // กิ่ง: ก, ◌ิ (U+0E34), ◌่ (U+0E48), ง: 2 columns in 4 characters.
    expect(displayColumns('กิ่ง')).to.equal(2);
    expect(displayColumns('กลุ่มสัจจะ')).to.equal(7); // ุ ่ ั take none
    const marked = 'กิ่'.repeat(60); // 180 characters, 60 columns
    expect(validatePaymentRules(rules(marked))).to.deep.equal(rules(marked));
    expect(rulesProblems(() => validatePaymentRules(rules(`${marked}ก`)))).to.deep.equal([
      { path: 'promptPay.name', reason: 'too-long' },
    ]);
    // Every mark in the ranges counts as none; the letters and vowels beside them count.
    for (const code of [0x0e31, ...range(0x0e34, 0x0e3a), ...range(0x0e47, 0x0e4e)]) {
      expect(displayColumns(`ก${String.fromCodePoint(code)}`), code.toString(16)).to.equal(1);
    }
    for (const code of [0x0e30, 0x0e32, 0x0e33, 0x0e40, 0x0e46, 0x0e4f]) {
      expect(displayColumns(`ก${String.fromCodePoint(code)}`), code.toString(16)).to.equal(2);
    }
    // Trimmed before counting.
    expect(() => validatePaymentRules(rules(`  ${'ก'.repeat(60)}  `))).to.not.throw();
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
