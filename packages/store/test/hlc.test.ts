import { expect } from 'chai';
import fc from 'fast-check';
import { compareHlc, formatHlc, parseHlc, receiveHlc, tickHlc, type Hlc } from '../src/index.js';

/** What a device does to its clock: an edit of its own, or a stamp seen from another device. */
type Step =
  | { readonly kind: 'tick'; readonly nowMs: number }
  | { readonly kind: 'receive'; readonly nowMs: number; readonly remote: Hlc };

const wall = fc.integer({ min: 0, max: 4_102_444_800_000 }); // up to 2100
const node = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('tick' as const), nowMs: wall }),
  fc.record({
    kind: fc.constant('receive' as const),
    nowMs: wall,
    remote: fc.record({ wallMs: wall, counter: fc.integer({ min: 0, max: 99_999 }), node }),
  }),
);

describe('hybrid logical clocks', () => {
  it('formats a stamp as the protocol writes it, and reads it back', () => {
    const stamp = { wallMs: 1_733_616_000_000, counter: 3, node: 'd1-x' };
    expect(formatHlc(stamp)).to.equal('001733616000000-00003-d1-x');
    expect(parseHlc('001733616000000-00003-d1-x')).to.deep.equal(stamp);
    expect(parseHlc('0')).to.equal(undefined);
    expect(compareHlc(undefined, '0')).to.equal(0);
    expect(compareHlc('001733616000000-00003-d1', undefined)).to.equal(1);
  });

  it('moves a millisecond on when the counter runs out, so the text still sorts', () => {
    const last = { wallMs: 5, counter: 99_999, node: 'a' };
    const next = tickHlc(last, 5, 'a');
    expect(next).to.deep.equal({ wallMs: 6, counter: 0, node: 'a' });
    expect(formatHlc(next) > formatHlc(last)).to.equal(true);
  });

  it('strictly increases on a device whatever its wall clock does, past every stamp it saw', () => {
    fc.assert(
      fc.property(node, fc.array(step, { minLength: 1, maxLength: 60 }), (device, steps) => {
        let last: Hlc | undefined;
        for (const each of steps) {
          const next =
            each.kind === 'tick'
              ? tickHlc(last, each.nowMs, device)
              : receiveHlc(last, each.remote, each.nowMs, device);
          if (last !== undefined) expect(formatHlc(next) > formatHlc(last)).to.equal(true);
          if (each.kind === 'receive') {
            // Later than what it saw, by wall clock and counter (a device id never decides it).
            expect(
              next.wallMs > each.remote.wallMs ||
                (next.wallMs === each.remote.wallMs && next.counter > each.remote.counter),
            ).to.equal(true);
          }
          expect(next.wallMs >= Math.floor(each.nowMs)).to.equal(true);
          expect(next.node).to.equal(device);
          last = next;
        }
      }),
    );
  });

  it('compares as its strings do', () => {
    const stamp = fc.record({
      wallMs: wall,
      counter: fc.integer({ min: 0, max: 99_999 }),
      node,
    });
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        const byParts =
          Math.sign(a.wallMs - b.wallMs) ||
          Math.sign(a.counter - b.counter) ||
          (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
        const [x, y] = [formatHlc(a), formatHlc(b)];
        const byText = x < y ? -1 : x > y ? 1 : 0;
        expect(byText).to.equal(byParts);
        expect(compareHlc(x, y)).to.equal(byText);
        expect(parseHlc(x)).to.deep.equal(a);
      }),
    );
  });
});
