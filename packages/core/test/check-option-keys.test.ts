import { expect } from 'chai';
import fc from 'fast-check';
import { errorMessage, problemMessage } from '../src/index.js';
import { checkOptionKeys, closestName } from '../src/errors/check-option-keys.js';
import { expectSajjaError } from './expect-sajja-error.js';

const KNOWN = ['principal', 'rate', 'termMonths', 'roundPaymentTo', 'dayCount'];

describe('checkOptionKeys', () => {
  it('refuses a mistyped option, naming it and the option probably meant', () => {
    const error = expectSajjaError(
      () => checkOptionKeys({ principal: '1', roundPaymentTO: '10' }, KNOWN, 'loanSchedule'),
      'INVALID_ARGUMENT',
      'unknown-option',
    );
    expect(error.details).to.deep.equal({ option: 'roundPaymentTO', closest: 'roundPaymentTo' });
    expect(error.message).to.equal(
      'loanSchedule has no option "roundPaymentTO" (did you mean "roundPaymentTo"?).',
    );
    expect(errorMessage(error, 'en')).to.equal(
      'There is no option called roundPaymentTO (it may be misspelt).',
    );
    expect(errorMessage(error, 'th')).to.equal(
      'ไม่มีการตั้งค่าชื่อ roundPaymentTO (อาจพิมพ์ชื่อผิด)',
    );
    expect(
      problemMessage({ path: 'x', reason: 'unknown-option', details: { option: 'x' } }, 'en'),
    ).to.equal('There is no option called x (it may be misspelt).');
  });

  it('names no closest option when none is near, and prefixes nested options', () => {
    const far = expectSajjaError(
      () => checkOptionKeys({ colour: 'red' }, KNOWN, 'loanSchedule'),
      'INVALID_ARGUMENT',
      'unknown-option',
    );
    expect(far.details).to.deep.equal({ option: 'colour' });
    expect(far.message).to.equal('loanSchedule has no option "colour".');
    const nested = expectSajjaError(
      () => checkOptionKeys({ percnt: '1', per: 'month' }, ['percent', 'per'], 'A rate', 'rate.'),
      'INVALID_ARGUMENT',
      'unknown-option',
    );
    expect(nested.details).to.deep.equal({ option: 'rate.percnt', closest: 'rate.percent' });
  });

  it('lets through known keys, keys set to undefined, and anything but an object', () => {
    checkOptionKeys({ principal: '1', rate: {}, typo: undefined }, KNOWN, 'f');
    checkOptionKeys(Object.assign(Object.create(null) as object, { rate: 1 }), KNOWN, 'f');
    for (const value of [undefined, null, 'text', 3, [1, 2]]) checkOptionKeys(value, KNOWN, 'f');
  });

  it('refuses every key that is not known, whatever it is (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((key) => !KNOWN.includes(key)),
        (key) => {
          const error = expectSajjaError(
            () => checkOptionKeys({ [key]: 1 }, KNOWN, 'f'),
            'INVALID_ARGUMENT',
            'unknown-option',
          );
          expect(error.details.option).to.equal(key);
          if (error.details.closest !== undefined) expect(KNOWN).to.include(error.details.closest);
        },
      ),
    );
  });
});

describe('closestName', () => {
  it('finds slips of case, a letter or two swapped, missing or added', () => {
    expect(closestName('roundPaymentTO', KNOWN)).to.equal('roundPaymentTo');
    expect(closestName('termMonth', KNOWN)).to.equal('termMonths');
    expect(closestName('daycount', KNOWN)).to.equal('dayCount');
    expect(closestName('rtae', KNOWN)).to.equal('rate');
    expect(closestName('nmae', ['name'])).to.equal('name');
  });

  it('offers nothing for names that are merely short or far off', () => {
    expect(closestName('x', ['by', 'to'])).to.equal(undefined);
    expect(closestName('colour', KNOWN)).to.equal(undefined);
    expect(closestName('r'.repeat(100_000), ['r'])).to.equal(undefined);
  });
});
