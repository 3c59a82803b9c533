import { expect } from 'chai';
import { errorMessage, problemMessage, SajjaError } from '../src/index.js';
import { reversalProblem, type ReversibleRecord } from '../src/corrections/reversal-rule.js';
import type { LedgerEntry } from '../src/ledger/ledger-entry.js';
import { expectSajjaError } from './expect-sajja-error.js';

describe('reversalProblem', () => {
  const sale: ReversibleRecord = {};
  const fix: ReversibleRecord = { reverses: 'sale' };

  it('lets a record that is not a reversal be reversed once', () => {
    expect(reversalProblem(sale, 0)).to.equal(undefined);
    expect(reversalProblem({ reverses: undefined }, 0)).to.equal(undefined);
  });

  it('refuses a second reversal of a record', () => {
    expect(reversalProblem(sale, 1)).to.equal('already-reversed');
    expect(reversalProblem(sale, 3)).to.equal('already-reversed');
  });

  it('refuses to reverse a reversal, however often it was reversed', () => {
    expect(reversalProblem(fix, 0)).to.equal('reverses-reversal');
    // Only in corrupt data does a reversal have reversals; what it is comes first.
    expect(reversalProblem(fix, 1)).to.equal('reverses-reversal');
  });

  it('reads only `reverses`, so any record with one fits: a ledger entry, a fund transaction', () => {
    const entry: LedgerEntry = {
      id: 'e1',
      date: '2024-01-01',
      kind: 'income',
      category: 'wages',
      amount: '5.00',
    };
    expect(reversalProblem(entry, 0)).to.equal(undefined);
    expect(reversalProblem({ ...entry, reverses: 'e0' }, 0)).to.equal('reverses-reversal');
  });

  it('refuses a record that is not an object and a count that is not a whole number', () => {
    for (const original of [null, undefined, 'e1', 5]) {
      const error = expectSajjaError(
        () => reversalProblem(original as unknown as ReversibleRecord, 0),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option: 'original' });
    }
    for (const count of [-1, 0.5, Number.NaN, Infinity, '1' as unknown as number]) {
      const error = expectSajjaError(
        () => reversalProblem(sale, count),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option: 'existingReversals' });
    }
  });

  it('has a Thai and an English sentence for each reason, as an error and as a problem', () => {
    for (const reason of ['reverses-reversal', 'already-reversed'] as const) {
      const error = new SajjaError('INVALID_ARGUMENT', reason, `refused: ${reason}`);
      const fallback = new SajjaError('INVALID_ARGUMENT', 'no-such-reason' as never, 'x');
      for (const language of ['th', 'en'] as const) {
        expect(errorMessage(error, language)).to.not.equal(errorMessage(fallback, language));
        expect(errorMessage(error, language)).to.not.include('{');
        const problem = problemMessage({ path: 'reverses', reason }, language);
        expect(problem).to.not.equal(
          problemMessage({ path: '', reason: 'no-such' as never }, language),
        );
      }
    }
    expect(
      errorMessage(new SajjaError('INVALID_ARGUMENT', 'reverses-reversal', ''), 'en'),
    ).to.equal(
      'This is a correction and cannot itself be reversed; to restore the original, enter it again.',
    );
  });
});
