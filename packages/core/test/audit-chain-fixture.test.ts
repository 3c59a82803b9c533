import { expect } from 'chai';
import { money } from '../src/index.js';
import { chainEntries, GENESIS_HASH, verifyChain } from '../src/books/audit-chain.js';

// A chain whose hashes were computed by the first release of chainEntries (WebCrypto, one
// digest per record) and pinned here: however hashing is done later, a journal chained then
// must verify now, and the same records must chain to the same hashes. The records reach the
// corners of canonical JSON and UTF-8: escapes and control characters, keys sorted by UTF-16
// code units, numbers as JSON writes them, Money, objects without a prototype, a lone
// surrogate (encoded as U+FFFD), and texts across SHA-256's 55/56/64-byte block boundaries.
const withoutPrototype = Object.assign(Object.create(null) as Record<string, unknown>, {
  z: 1,
  a: 'ก',
});
const RECORDS = [
  { id: 'J-1', date: '2025-01-31', kind: 'share', member: 'M-00001', amount: '500.00' },
  {
    id: 'J-2',
    date: '2025-02-28',
    memo: 'ดอกเบี้ย "ม.ค." \\ แถว\nสอง\t\u0000\u001f\u2028',
    amount: money('1500.5'),
  },
  {
    id: 'J-3',
    lines: [
      { debit: '1500.50', account: '1101' },
      { account: '4101', credit: '1500.50' },
    ],
    reversed: false,
    ref: null,
  },
  {
    id: 'J-4',
    numbers: [0, -0, 1, -1, 0.1, 1e21, 1e-7, 123456789.125, Number.MAX_SAFE_INTEGER, 5e-324],
    flags: [true, false, null],
  },
  {
    id: 'J-5',
    é: 1,
    '€': 2,
    '😀': 3,
    A: 4,
    a: 5,
    '1': 6,
    '': 7,
    'b\u0000': 8,
    nested: { deep: { deeper: [[], {}, [[{}]]] } },
  },
  { id: 'J-6', text: 'x'.repeat(55), more: 'ข'.repeat(40), emoji: '👩‍👩‍👧', lone: '\ud800' },
  { id: 'J-7', extra: withoutPrototype, long: 'ก'.repeat(300) },
];
const PINNED_HASHES = [
  'b3adb09b752e68fb5ad6f40eaf3291e37d1ad97769eec461021309ef95ebf164',
  'a448f2fa213a4465b8853cfe6ed761e2c291aadc46f1e6d2ce1028627e38535e',
  'a484e4edc16871bf50b1299d0db096fbeb4f1fc5d843dc305fd84ff281bcc488',
  '3f40dc4059e3de79330a0005e24387d4c6d483d8370b67e6da65d308612d18d6',
  '0cc629d920906cf0c3124ed9e8a172f5d47ac463b848e750c045ef56f3db6eb1',
  'b52784d43fd4ea90c3072d7450d62a1146fa284dbb9e1474293382917ac1cef5',
  '57437f7285fc9db67072ad7d7842a078203c4ce61fe5963d099b6c4a3dccc12e',
];
/** The hash of `{ id: 'J-8', amount: '50.00' }` appended after the pinned chain. */
const PINNED_APPENDED_HASH = '06d0ccf4e3d32c332c25848f1ecfd1bccd0d983ac918f77baad8dacba815223e';

describe('audit chain fixture (hashes pinned from the first release)', () => {
  it('chains the fixture records to the pinned hashes, each linked to the one before', async () => {
    const chained = await chainEntries(RECORDS);
    expect(chained.map((entry) => entry.hash)).to.deep.equal(PINNED_HASHES);
    expect(chained.map((entry) => entry.prevHash)).to.deep.equal([
      GENESIS_HASH,
      ...PINNED_HASHES.slice(0, -1),
    ]);
  });

  it('appends to the pinned chain with the pinned hash', async () => {
    const [appended] = await chainEntries([{ id: 'J-8', amount: '50.00' }], {
      previousHash: PINNED_HASHES.at(-1),
    });
    expect(appended!.hash).to.equal(PINNED_APPENDED_HASH);
  });

  it('verifies the pinned chain as stored, and finds one changed character in it', async () => {
    const stored = RECORDS.map((record, index) => ({
      ...record,
      prevHash: index === 0 ? GENESIS_HASH : PINNED_HASHES[index - 1]!,
      hash: PINNED_HASHES[index]!,
    }));
    expect(await verifyChain(stored)).to.deep.equal({ ok: true });
    const edited = stored.map((entry) => ({ ...entry }));
    edited[5] = { ...edited[5]!, text: `${'x'.repeat(54)}y` } as (typeof edited)[number];
    expect(await verifyChain(edited)).to.deep.equal({
      ok: false,
      brokenAt: 5,
      reason: 'hash-mismatch',
    });
  });
});
