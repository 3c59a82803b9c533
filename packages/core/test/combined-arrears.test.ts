import { expect } from 'chai';
import fc from 'fast-check';
import { ageingBucket } from '../src/loans/ageing.js';
import { combinedArrears, type LoanArrears } from '../src/loans/combined-arrears.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

describe('combinedArrears', () => {
  it('adds the amounts and takes the most days past due, with its bucket', () => {
    expect(
      combinedArrears([
        { amount: '2244.52', daysPastDue: 36 },
        { amount: '1120.00', daysPastDue: 5 },
        { amount: '0.48', daysPastDue: 61 },
      ]),
    ).to.deep.equal({ amount: '3365.00', daysPastDue: 61, bucket: '61-90' });
  });

  it('skips loans with nothing late (undefined)', () => {
    expect(
      combinedArrears([undefined, { amount: '10.00', daysPastDue: 30 }, undefined]),
    ).to.deep.equal({ amount: '10.00', daysPastDue: 30, bucket: '1-30' });
  });

  it('gives one loan its own figures back, bucket added', () => {
    expect(combinedArrears([{ amount: '500.5', daysPastDue: 91 }])).to.deep.equal({
      amount: '500.50',
      daysPastDue: 91,
      bucket: '90+',
    });
  });

  it('is undefined when no loan is late', () => {
    expect(combinedArrears([])).to.equal(undefined);
    expect(combinedArrears([undefined, undefined])).to.equal(undefined);
  });

  it('adds exactly, with no floating-point drift', () => {
    const tenths = Array.from({ length: 3 }, () => ({ amount: '0.10', daysPastDue: 1 }));
    expect(combinedArrears(tenths)!.amount).to.equal('0.30');
    const huge = '98765432109876543210.99';
    expect(
      combinedArrears([
        { amount: huge, daysPastDue: 1 },
        { amount: '0.01', daysPastDue: 2 },
      ]),
    ).to.deep.equal({ amount: '98765432109876543211.00', daysPastDue: 2, bucket: '1-30' });
  });

  it('refuses bad arrears with coded errors', () => {
    const late = { amount: '1.00', daysPastDue: 3 };
    const negative = expectSajjaError(
      () => combinedArrears([late, { amount: '-1.00', daysPastDue: 3 }]),
      'INVALID_ARGUMENT',
      'negative-amount',
    );
    expect(negative.details).to.deep.equal({ index: 1 });
    expectSajjaError(
      () => combinedArrears([{ amount: '1.001', daysPastDue: 3 }]),
      'INVALID_AMOUNT',
      'too-many-decimals',
    );
    for (const daysPastDue of [-1, 2.5, Number.NaN, '3' as unknown as number]) {
      const error = expectSajjaError(
        () => combinedArrears([late, { amount: '1.00', daysPastDue }]),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option: 'arrears[1].daysPastDue' });
    }
    expectSajjaError(
      () => combinedArrears([null as unknown as LoanArrears]),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expectSajjaError(
      () => combinedArrears(late as unknown as LoanArrears[]),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
  });

  it('has amount = the sum, days = the maximum, bucket = its bucket (fast-check)', () => {
    const arrears = fc.record({
      amount: fc.bigInt({ min: 0n, max: 10n ** 18n }).map(satangToText),
      daysPastDue: fc.integer({ min: 0, max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(fc.option(arrears), { maxLength: 20 }), (list) => {
        const late = list.filter((each): each is LoanArrears => each !== null);
        const combined = combinedArrears(list.map((each) => each ?? undefined));
        if (late.length === 0) {
          expect(combined).to.equal(undefined);
          return;
        }
        const total = late.reduce((sum, each) => sum + textToSatang(each.amount), 0n);
        const days = Math.max(...late.map((each) => each.daysPastDue));
        expect(combined).to.deep.equal({
          amount: satangToText(total),
          daysPastDue: days,
          bucket: ageingBucket(days),
        });
      }),
    );
  });
});
