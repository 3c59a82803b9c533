import { expect } from 'chai';
import fc from 'fast-check';
import { graphemeLength, MAX_UNITS_PER_CHARACTER, tooManyCharacters } from '../src/index.js';
import { ledgerEntryProblems } from '../src/ledger/validate-ledger-entry.js';
import { expectSajjaError } from './expect-sajja-error.js';

/** What Intl.Segmenter counts reading the whole text at once. */
function segments(text: string): number {
  let count = 0;
  for (const _ of new Intl.Segmenter().segment(text)) count++;
  return count;
}

describe('graphemeLength', () => {
  it('counts what a person sees as one character as one', () => {
    expect(graphemeLength('')).to.equal(0);
    expect(graphemeLength('rice')).to.equal(4);
    expect(graphemeLength('🇹🇭')).to.equal(1);
    expect(graphemeLength('a👍🏽b')).to.equal(3);
    expect(graphemeLength('👨‍👩‍👧')).to.equal(1);
    expect(graphemeLength('ข้าว')).to.equal(3);
    expect(graphemeLength('กำ')).to.equal(1);
    expect(graphemeLength('e\u0301')).to.equal(1);
    expect(graphemeLength('a\r\nb')).to.equal(3);
  });

  it('counts long text as Intl.Segmenter does reading it whole, across its windows', () => {
    const piece = fc.constantFrom(
      'a',
      ' ',
      'ก',
      'ั',
      '้',
      'ำ',
      'า',
      '🇹',
      '🇭',
      '🇹🇭',
      '👍',
      '🏽',
      '\u200D',
      '👩',
      '\u0301',
      '\r',
      '\n',
      'क',
      '्',
      'ष',
      '각',
      '\u11A8',
      '\uD83D',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => {
        const text = pieces.join('');
        expect(graphemeLength(text), JSON.stringify(text)).to.equal(segments(text));
      }),
      { numRuns: 200 },
    );
    const longCluster = `x${'\u0301'.repeat(1000)}y`;
    expect(graphemeLength(longCluster)).to.equal(2);
    const flags = '🇹'.repeat(301);
    expect(graphemeLength(flags)).to.equal(151);
  });

  it('never counts more than the code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const length = graphemeLength(text);
        expect(length).to.equal(segments(text));
        expect(length).to.be.at.most([...text].length);
      }),
      { numRuns: 200 },
    );
  });

  it('counts code points where Intl.Segmenter is missing', () => {
    const { Segmenter } = Intl;
    try {
      delete (Intl as { Segmenter?: unknown }).Segmenter;
      expect(graphemeLength('🇹🇭👍🏽')).to.equal(4);
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = Segmenter;
    }
  });

  it('refuses what is not text', () => {
    expectSajjaError(() => graphemeLength(12 as never), 'INVALID_ARGUMENT', 'invalid-option');
  });
});

describe('tooManyCharacters', () => {
  it('counts as a person does, and bounds what one character may carry', () => {
    expect(tooManyCharacters('🇹🇭'.repeat(500), 500)).to.equal(false);
    expect(tooManyCharacters('🇹🇭'.repeat(501), 500)).to.equal(true);
    expect(tooManyCharacters('ข้าว'.repeat(166), 500)).to.equal(false);
    // One letter under thousands of tone marks is one grapheme, but not a note: refused.
    const stacked = `ก${'\u0E49'.repeat(500 * MAX_UNITS_PER_CHARACTER)}`;
    expect(graphemeLength(stacked)).to.equal(1);
    expect(tooManyCharacters(stacked, 500)).to.equal(true);
    expectSajjaError(
      () => tooManyCharacters(null as never, 5),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
  });

  it('is the ledger note limit: 500 flags pass, a stacked letter does not', () => {
    const entry = (note: string) => ({
      id: 'e1',
      date: '2024-03-05',
      kind: 'expense' as const,
      category: 'food',
      amount: '50',
      note,
    });
    expect(ledgerEntryProblems(entry('🇹🇭'.repeat(500)))).to.deep.equal([]);
    expect(ledgerEntryProblems(entry(`ก${'\u0E49'.repeat(4001)}`))).to.deep.equal([
      { path: 'note', reason: 'note-too-long', details: { max: 500, length: 1 } },
    ]);
  });
});
