import { expect } from 'chai';
import fc from 'fast-check';
import { graphemeLength } from '../src/index.js';
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
