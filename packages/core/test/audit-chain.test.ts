import { expect } from 'chai';
import fc from 'fast-check';
import { money, SajjaError } from '../src/index.js';
import {
  canonicalJson,
  chainCheckpoint,
  chainEntries,
  GENESIS_HASH,
  verifyChain,
  type ChainedEntry,
} from '../src/books/audit-chain.js';
import { expectSajjaError } from './expect-sajja-error.js';

/** Awaits `action` and returns the SajjaError it rejects with, checking code and reason. */
async function rejection(action: () => Promise<unknown>, code: string, reason: string) {
  try {
    await action();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(SajjaError);
    const sajjaError = error as SajjaError;
    expect({ code: sajjaError.code, reason: sajjaError.reason }).to.deep.equal({ code, reason });
    return sajjaError;
  }
  return expect.fail(`expected ${code}/${reason}`);
}

type Journal = Array<ChainedEntry<Record<string, unknown>>>;
const copy = (chain: Journal): Journal => chain.map((entry) => ({ ...entry }));

describe('chainEntries', () => {
  it('hashes a fixed record to a known SHA-256', async () => {
    const record = {
      reversed: false,
      memo: 'ดอกเบี้ย "ม.ค."',
      lines: [
        { debit: '1500.50', account: '1101' },
        { account: '4101', credit: money('1500.5') },
      ],
      qty: 3,
      ref: null,
      id: 'J-7',
    };
    const text =
      '{"id":"J-7","lines":[{"account":"1101","debit":"1500.50"},{"account":"4101","credit":"1500.50"}],' +
      '"memo":"ดอกเบี้ย \\"ม.ค.\\"","prevHash":"0000000000000000000000000000000000000000000000000000000000000000",' +
      '"qty":3,"ref":null,"reversed":false}';
    expect(canonicalJson({ ...record, prevHash: GENESIS_HASH })).to.equal(text);
    // Computed apart from this code, with coreutils:
    //   printf '%s' '{"id":"J-7","lines":[{"account":"1101","debit":"1500.50"},{"account":"4101","credit":"1500.50"}],"memo":"ดอกเบี้ย \"ม.ค.\"","prevHash":"0000000000000000000000000000000000000000000000000000000000000000","qty":3,"ref":null,"reversed":false}' | sha256sum
    const [chained] = await chainEntries([record]);
    expect(chained!.hash).to.equal(
      '6a9735690a87788dbc581f52f7df209ef56840ba36c7dc944e984bd49d2fc0ad',
    );
    expect(chained!.prevHash).to.equal(GENESIS_HASH);
    expect(GENESIS_HASH).to.equal('0'.repeat(64));
  });

  it('links each entry to the one before, starting from 64 zeros', async () => {
    // printf '%s' '{"amount":"500.00","date":"2025-01-31","id":"J-1","prevHash":"<64 zeros>"}' | sha256sum
    // printf '%s' '{"amount":"300.00","date":"2025-02-28","id":"J-2","prevHash":"83f2…611f"}' | sha256sum
    const chained = await chainEntries([
      { id: 'J-1', date: '2025-01-31', amount: '500.00' },
      { id: 'J-2', date: '2025-02-28', amount: '300.00' },
    ]);
    expect(chained).to.deep.equal([
      {
        id: 'J-1',
        date: '2025-01-31',
        amount: '500.00',
        prevHash: GENESIS_HASH,
        hash: '83f212207321c86220e21a3967ed65f75e73946be2107e28be1d8ed6cd14611f',
      },
      {
        id: 'J-2',
        date: '2025-02-28',
        amount: '300.00',
        prevHash: '83f212207321c86220e21a3967ed65f75e73946be2107e28be1d8ed6cd14611f',
        hash: '445b027b378bd26a8f94361f8ba33ad381e4c1bad4e2b72c7685885d2fd36239',
      },
    ]);
  });

  it('appends to a chain with previousHash exactly as if chained at once', async () => {
    const records = [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }];
    const whole = await chainEntries(records);
    const first = await chainEntries(records.slice(0, 2));
    const rest = await chainEntries(records.slice(2), { previousHash: first[1]!.hash });
    expect([...first, ...rest]).to.deep.equal(whole);
    expect(await verifyChain(rest, { previousHash: first[1]!.hash })).to.deep.equal({ ok: true });
    expect(await verifyChain(rest)).to.deep.equal({
      ok: false,
      brokenAt: 0,
      reason: 'prev-hash-mismatch',
    });
  });

  it('returns copies and leaves the records alone', async () => {
    const record = { id: 'J-1' };
    const [chained] = await chainEntries([record]);
    expect(record).to.deep.equal({ id: 'J-1' });
    expect(chained).to.not.equal(record);
    expect(await chainEntries([])).to.deep.equal([]);
  });

  it('refuses records JSON cannot carry exactly, naming where', async () => {
    class Entry {
      id = 'J-1';
    }
    const circular: Record<string, unknown> = { id: 'J-1' };
    circular.self = { back: circular };
    const cases: Array<[unknown, string]> = [
      [{ id: 'J-1', note: undefined }, 'entries[0].note'],
      [{ id: 'J-1', total: Number.NaN }, 'entries[0].total'],
      [{ id: 'J-1', total: Number.POSITIVE_INFINITY }, 'entries[0].total'],
      [{ id: 'J-1', total: 10n }, 'entries[0].total'],
      [{ id: 'J-1', at: new Date(0) }, 'entries[0].at'],
      [{ id: 'J-1', tags: new Map() }, 'entries[0].tags'],
      [{ id: 'J-1', lines: [{ f: () => 1 }] }, 'entries[0].lines[0].f'],
      [{ id: 'J-1', lines: [1, , 3] }, 'entries[0].lines[1]'],
      [{ id: 'J-1', [Symbol('x')]: 1 }, 'entries[0]'],
      [{ id: 'J-1', 'odd key': Symbol('x') }, 'entries[0]["odd key"]'],
      [circular, 'entries[0].self.back'],
      [new Entry(), 'entries[0]'],
    ];
    for (const [record, path] of cases) {
      const error = await rejection(
        () => chainEntries([record as object]),
        'INVALID_ARGUMENT',
        'not-json',
      );
      expect(error.details, path).to.deep.equal({ path });
    }
  });

  it('refuses entries that are not records or already carry hash or prevHash', async () => {
    const cases: Array<[unknown, string]> = [
      ['J-1', 'entries[0]'],
      [[1, 2], 'entries[0]'],
      [null, 'entries[0]'],
      [{ id: 'J-1', hash: 'x' }, 'entries[0].hash'],
      [{ id: 'J-1', prevHash: GENESIS_HASH }, 'entries[0].prevHash'],
    ];
    for (const [record, option] of cases) {
      const error = await rejection(
        () => chainEntries([record as object]),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option });
    }
    const error = await rejection(
      () => chainEntries([{ id: 'J-1' }], { previousHash: 'ABC' }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(error.details).to.deep.equal({ option: 'previousHash' });
  });

  it('refuses records nested past 100 levels before hashing them, naming where', async () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 20_000; level++) deep = { inner: deep };
    const error = await rejection(
      () => chainEntries([{ id: 'J-1' }, { id: 'J-2', deep }]),
      'INVALID_ARGUMENT',
      'too-deep',
    );
    expect(error.details.maxDepth).to.equal(100);
    expect(error.details.path).to.equal(`entries[1].deep${'.inner'.repeat(99)}`);
    // 100 levels (the record itself is the first) are fine.
    let fits: unknown = 'bottom';
    for (let level = 0; level < 99; level++) fits = [fits];
    expect(await chainEntries([{ fits }])).to.have.length(1);
    // A cycle is still named as one, not taken for depth.
    const cyclic: Record<string, unknown> = { id: 'J-1' };
    cyclic.self = { back: cyclic };
    await rejection(() => chainEntries([cyclic]), 'INVALID_ARGUMENT', 'not-json');
  });

  it('refuses a hole in the list of records and options it does not have', async () => {
    const records: object[] = [{ id: 'J-1' }, { id: 'J-2' }, { id: 'J-3' }];
    delete records[1];
    const hole = await rejection(() => chainEntries(records), 'INVALID_ARGUMENT', 'invalid-option');
    expect(hole.details).to.deep.equal({ option: 'entries[1]' });
    const typo = await rejection(
      () => chainEntries([{ id: 'J-1' }], { previousHAsh: GENESIS_HASH } as never),
      'INVALID_ARGUMENT',
      'unknown-option',
    );
    expect(typo.details).to.deep.equal({ option: 'previousHAsh', closest: 'previousHash' });
    expect(typo.message).to.equal(
      'chainEntries has no option "previousHAsh" (did you mean "previousHash"?).',
    );
  });

  it('chains and verifies without WebCrypto too (a page not served over HTTPS)', async () => {
    const withCrypto = await chainEntries([{ id: 'J-1' }, { id: 'J-2' }]);
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      expect((globalThis as { crypto?: unknown }).crypto).to.equal(undefined);
      const withoutCrypto = await chainEntries([{ id: 'J-1' }, { id: 'J-2' }]);
      expect(withoutCrypto).to.deep.equal(withCrypto);
      expect(await verifyChain(withoutCrypto)).to.deep.equal({ ok: true });
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'crypto', descriptor);
      else delete (globalThis as { crypto?: unknown }).crypto;
    }
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: [1, 'x', { z: 1, y: [] }], a: { d: null, c: true } })).to.equal(
      '{"a":{"c":true,"d":null},"b":[1,"x",{"y":[],"z":1}]}',
    );
  });

  it('sorts by UTF-16 code units and writes numbers and strings as JSON.stringify does', () => {
    // RFC 8785's ordering: '1' (U+0031) < 'A' < 'a' < 'é' (U+00E9) < '€' (U+20AC) < '😀' (D83D…).
    expect(canonicalJson({ '😀': 1, '€': 2, é: 3, a: 4, A: 5, '1': 6 })).to.equal(
      '{"1":6,"A":5,"a":4,"é":3,"€":2,"😀":1}',
    );
    expect(canonicalJson([1e21, 1e-7, 0.1, -0, 100, 'line\nbreak', '\u2028'])).to.equal(
      '[1e+21,1e-7,0.1,0,100,"line\\nbreak","\u2028"]',
    );
  });

  it('writes Money as its two-decimal string, so JSON storage does not change a hash', () => {
    expect(canonicalJson({ amount: money('5') })).to.equal('{"amount":"5.00"}');
    expect(canonicalJson({ amount: money('5') })).to.equal(
      canonicalJson(JSON.parse(JSON.stringify({ amount: money('5') }))),
    );
  });

  it('refuses nesting past 100 levels without overflowing the stack', () => {
    let deep: unknown = [];
    for (let level = 0; level < 20_000; level++) deep = [deep];
    const error = expectSajjaError(() => canonicalJson(deep), 'INVALID_ARGUMENT', 'too-deep');
    expect(error.details).to.deep.equal({ path: `value${'[0]'.repeat(100)}`, maxDepth: 100 });
  });

  it('accepts objects without a prototype and refuses classes', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 1, a: 2 });
    expect(canonicalJson(bare)).to.equal('{"a":2,"b":1}');
    expectSajjaError(() => canonicalJson(new Date(0)), 'INVALID_ARGUMENT', 'not-json');
    expectSajjaError(() => canonicalJson(undefined), 'INVALID_ARGUMENT', 'not-json');
  });
});

describe('verifyChain', () => {
  const journal = async (size: number): Promise<Journal> =>
    chainEntries(
      Array.from({ length: size }, (_, n) => ({
        id: `J-${n + 1}`,
        date: `2025-01-${String(n + 1).padStart(2, '0')}`,
        lines: [{ account: '1101', debit: `${n + 1}00.00` }],
      })),
    );

  it('accepts an untouched chain, also after a trip through JSON with keys in another order', async () => {
    const chained = await journal(5);
    expect(await verifyChain(chained)).to.deep.equal({ ok: true });
    const stored = JSON.parse(JSON.stringify(chained)) as Journal;
    const reordered = stored.map((entry) => Object.fromEntries(Object.entries(entry).reverse()));
    expect(await verifyChain(reordered)).to.deep.equal({ ok: true });
    expect(await verifyChain([])).to.deep.equal({ ok: true });
  });

  it('finds a changed field, a changed prevHash, an added and a removed field', async () => {
    const chained = await journal(5);
    const tamper = async (change: (entry: Record<string, unknown>) => void) => {
      const tampered = copy(chained);
      change(tampered[2]!);
      return verifyChain(tampered);
    };
    const broken = { ok: false, brokenAt: 2, reason: 'hash-mismatch' };
    expect(await tamper((e) => (e.date = '2025-01-30'))).to.deep.equal(broken);
    expect(await tamper((e) => (e.lines = [{ account: '1101', debit: '300.01' }]))).to.deep.equal(
      broken,
    );
    expect(await tamper((e) => (e.prevHash = chained[0]!.hash))).to.deep.equal(broken);
    expect(await tamper((e) => (e.note = 'added'))).to.deep.equal(broken);
    expect(await tamper((e) => delete e.lines)).to.deep.equal(broken);
    expect(await tamper((e) => (e.hash = chained[3]!.hash))).to.deep.equal(broken);
  });

  it('reports tampered data instead of throwing', async () => {
    const chained = await journal(3);
    const cases: unknown[] = [
      null,
      'J-2',
      { id: 'J-2' },
      { ...chained[1], hash: 7 },
      { ...chained[1], at: new Date(0) },
    ];
    for (const bad of cases) {
      const tampered: unknown[] = [...chained];
      tampered[1] = bad;
      expect(await verifyChain(tampered)).to.deep.equal({
        ok: false,
        brokenAt: 1,
        reason: 'not-chained',
      });
    }
  });

  it('finds truncation and rewritten history only with a checkpoint', async () => {
    const chained = await journal(6);
    const checkpoint = chainCheckpoint(chained);
    expect(checkpoint).to.deep.equal({ length: 6, hash: chained[5]!.hash });
    // Dropping the last entry leaves a chain that verifies on its own.
    const truncated = chained.slice(0, 5);
    expect(await verifyChain(truncated)).to.deep.equal({ ok: true });
    expect(await verifyChain(truncated, { checkpoint })).to.deep.equal({
      ok: false,
      brokenAt: 5,
      reason: 'missing-entries',
    });
    // Rewriting entry 2 and re-hashing everything after it also verifies on its own.
    const records = chained.map(({ hash: _hash, prevHash: _prev, ...record }) => record);
    records[2] = { ...records[2], date: '2025-01-31' };
    const rewritten = await chainEntries(records);
    expect(await verifyChain(rewritten)).to.deep.equal({ ok: true });
    expect(await verifyChain(rewritten, { checkpoint })).to.deep.equal({
      ok: false,
      brokenAt: 5,
      reason: 'checkpoint-mismatch',
    });
    // Entries appended after the checkpoint are a journal growing, not tampering.
    const more = await chainEntries([{ id: 'J-7' }], { previousHash: checkpoint.hash });
    expect(await verifyChain([...chained, ...more], { checkpoint })).to.deep.equal({ ok: true });
  });

  it('checks a checkpoint of an empty chain against the start', async () => {
    const empty = chainCheckpoint([]);
    expect(empty).to.deep.equal({ length: 0, hash: GENESIS_HASH });
    const chained = await journal(2);
    expect(await verifyChain(chained, { checkpoint: empty })).to.deep.equal({ ok: true });
    expect(
      await verifyChain(chained, { checkpoint: { length: 0, hash: chained[0]!.hash } }),
    ).to.deep.equal({
      ok: false,
      brokenAt: 0,
      reason: 'checkpoint-mismatch',
    });
  });

  it('breaks at a hole in the list, with or without a checkpoint', async () => {
    const chained = await journal(12);
    const checkpoint = chainCheckpoint(chained);
    const holed: unknown[] = [...chained];
    delete holed[9];
    const broken = { ok: false, brokenAt: 9, reason: 'not-chained' };
    expect(await verifyChain(holed)).to.deep.equal(broken);
    expect(await verifyChain(holed, { checkpoint })).to.deep.equal(broken);
    const lastGone: unknown[] = [...chained];
    delete lastGone[11];
    expect(await verifyChain(lastGone)).to.deep.equal({ ...broken, brokenAt: 11 });
    expect(await verifyChain(new Array(3))).to.deep.equal({ ...broken, brokenAt: 0 });
    // A break before the hole is the first one.
    const tampered: unknown[] = [...holed];
    tampered[4] = { ...chained[4], date: '2025-02-01' };
    expect(await verifyChain(tampered)).to.deep.equal({
      ok: false,
      brokenAt: 4,
      reason: 'hash-mismatch',
    });
    // A chain whose last entry is a hole has no checkpoint to note.
    const error = expectSajjaError(
      () => chainCheckpoint(lastGone as Journal),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(error.details).to.deep.equal({ option: 'chained[11].hash' });
  });

  it('finds an entry nested past 100 levels as not chained, without overflowing', async () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 20_000; level++) deep = { inner: deep };
    const chained = await journal(3);
    expect(await verifyChain([chained[0], { ...chained[1], deep }, chained[2]])).to.deep.equal({
      ok: false,
      brokenAt: 1,
      reason: 'not-chained',
    });
  });

  it('refuses options that are not hashes or counts', async () => {
    for (const [options, option] of [
      [{ previousHash: GENESIS_HASH.toUpperCase().replace(/0/g, 'A') }, 'previousHash'],
      [{ checkpoint: { length: -1, hash: GENESIS_HASH } }, 'checkpoint.length'],
      [{ checkpoint: { length: 1.5, hash: GENESIS_HASH } }, 'checkpoint.length'],
      [{ checkpoint: { length: 1, hash: 'abc' } }, 'checkpoint.hash'],
      [{ checkpoint: 'abc' }, 'checkpoint'],
      [null, 'options'],
    ] as const) {
      const error = await rejection(
        () => verifyChain([], options as never),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option });
    }
    await rejection(() => verifyChain('x' as never), 'INVALID_ARGUMENT', 'invalid-option');
    for (const [options, details] of [
      [{ checkPoint: chainCheckpoint([]) }, { option: 'checkPoint', closest: 'checkpoint' }],
      [
        { checkpoint: { length: 0, hash: GENESIS_HASH, lenght: 1 } },
        { option: 'checkpoint.lenght', closest: 'checkpoint.length' },
      ],
    ] as const) {
      const error = await rejection(
        () => verifyChain([], options as never),
        'INVALID_ARGUMENT',
        'unknown-option',
      );
      expect(error.details).to.deep.equal(details);
    }
  });

  describe('every kind of tampering, at random places (fast-check)', () => {
    /** 2 to 12 records of arbitrary JSON, each with its own sequence number. */
    const records = fc
      .array(fc.jsonValue({ maxDepth: 2 }), { minLength: 2, maxLength: 12 })
      .map((values) => values.map((data, seq) => ({ seq, data })));
    const chainOf = (list: Array<{ seq: number; data: unknown }>) =>
      chainEntries(list) as Promise<Journal>;
    const runs = { numRuns: 40 };

    it('finds a field changed at any index', async () => {
      await fc.assert(
        fc.asyncProperty(records, fc.nat(), fc.nat(3), async (list, at, kind) => {
          const chained = await chainOf(list);
          const index = at % chained.length;
          const tampered = copy(chained);
          const entry = tampered[index]!;
          if (kind === 0) entry.seq = (entry.seq as number) + 1000;
          else if (kind === 1) entry.data = [entry.data];
          else if (kind === 2) entry.extra = true;
          else delete entry.data;
          expect(await verifyChain(tampered)).to.deep.equal({
            ok: false,
            brokenAt: index,
            reason: 'hash-mismatch',
          });
        }),
        runs,
      );
    });

    it('finds two entries swapped, at the first of them', async () => {
      await fc.assert(
        fc.asyncProperty(records, fc.nat(), fc.nat(), async (list, a, b) => {
          const chained = await chainOf(list);
          const [i, j] = [a % chained.length, b % chained.length].sort((x, y) => x - y);
          fc.pre(i !== j);
          const swapped = [...chained];
          [swapped[i!], swapped[j!]] = [swapped[j!]!, swapped[i!]!];
          expect(await verifyChain(swapped)).to.deep.equal({
            ok: false,
            brokenAt: i,
            reason: 'prev-hash-mismatch',
          });
        }),
        runs,
      );
    });

    it('finds an entry inserted, even one hashed to fit behind its neighbour', async () => {
      await fc.assert(
        fc.asyncProperty(records, fc.nat(), fc.jsonValue(), async (list, at, data) => {
          const chained = await chainOf(list);
          const index = at % chained.length; // before an existing entry, never at the end
          const previousHash = index === 0 ? GENESIS_HASH : chained[index - 1]!.hash;
          const [forged] = await chainEntries([{ seq: -1, data }], { previousHash });
          const raw = { seq: -1, data, prevHash: previousHash, hash: GENESIS_HASH };
          const withForged = [...chained.slice(0, index), forged!, ...chained.slice(index)];
          const withRaw = [...chained.slice(0, index), raw, ...chained.slice(index)];
          expect(await verifyChain(withForged)).to.deep.equal({
            ok: false,
            brokenAt: index + 1,
            reason: 'prev-hash-mismatch',
          });
          expect(await verifyChain(withRaw)).to.deep.equal({
            ok: false,
            brokenAt: index,
            reason: 'hash-mismatch',
          });
        }),
        runs,
      );
    });

    it('finds an entry removed anywhere; the last one only with a checkpoint', async () => {
      await fc.assert(
        fc.asyncProperty(records, fc.nat(), async (list, at) => {
          const chained = await chainOf(list);
          const checkpoint = chainCheckpoint(chained);
          const index = at % chained.length;
          const removed = chained.filter((_, i) => i !== index);
          const last = index === chained.length - 1;
          expect(await verifyChain(removed)).to.deep.equal(
            last ? { ok: true } : { ok: false, brokenAt: index, reason: 'prev-hash-mismatch' },
          );
          expect(await verifyChain(removed, { checkpoint })).to.deep.equal({
            ok: false,
            brokenAt: index,
            reason: last ? 'missing-entries' : 'prev-hash-mismatch',
          });
        }),
        runs,
      );
    });
  });
});
