import { expect } from 'chai';
import fc from 'fast-check';
import { money, SajjaError } from '../src/index.js';
import { LEDGER_CATEGORIES, ledgerCategory } from '../src/ledger/ledger-categories.js';
import { LEDGER_ENTRY_KINDS } from '../src/ledger/ledger-entry.js';
import {
  ledgerEntryProblems,
  MAX_LEDGER_NOTE_LENGTH,
  validateLedgerEntry,
} from '../src/ledger/validate-ledger-entry.js';
import { expectSajjaError } from './expect-sajja-error.js';

const rice = {
  id: 'e1',
  date: '2024-03-05',
  kind: 'expense',
  category: 'food',
  amount: '120.50',
} as const;

/** The `{ path, reason }` of every problem of `value`, without details. */
const reasons = (value: unknown) =>
  ledgerEntryProblems(value).map(({ path, reason }) => ({ path, reason }));

describe('LEDGER_CATEGORIES', () => {
  it('has unique kebab-case codes and a Thai and an English label for each', () => {
    const codes = LEDGER_CATEGORIES.map((category) => category.code);
    expect(new Set(codes).size).to.equal(codes.length);
    for (const { code, label } of LEDGER_CATEGORIES) {
      expect(code).to.match(/^[a-z]+(?:-[a-z]+)*$/);
      expect(label.th, code).to.match(/[\u0e01-\u0e5b]/);
      expect(label.en, code).to.match(/^[A-Z][A-Za-z ,()-]+$/);
    }
  });

  it('lists the categories of DOMAIN.md under each kind, with an "other" for income and expense', () => {
    const codesOf = (kind: string) =>
      LEDGER_CATEGORIES.filter((category) => category.kind === kind).map((c) => c.code);
    expect(codesOf('income')).to.deep.equal([
      'farming',
      'wages',
      'trade',
      'remittances',
      'welfare-received',
      'loans-received',
      'other-income',
    ]);
    expect(codesOf('expense')).to.deep.equal([
      'food',
      'household-goods',
      'utilities',
      'education',
      'health',
      'transport',
      'farm-inputs',
      'social',
      'debt-repayment',
      'savings-deposit',
      'cuttable',
      'other-expense',
    ]);
    expect(codesOf('transfer')).to.deep.equal(['transfer']);
    expect(LEDGER_CATEGORIES.every((c) => LEDGER_ENTRY_KINDS.includes(c.kind))).to.equal(true);
  });

  it('marks only savings deposits as savings and only debt repayments as debt service', () => {
    const withRole = LEDGER_CATEGORIES.filter((category) => category.role !== undefined);
    expect(withRole.map(({ code, role }) => [code, role])).to.deep.equal([
      ['debt-repayment', 'debt-service'],
      ['savings-deposit', 'savings'],
    ]);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(LEDGER_CATEGORIES)).to.equal(true);
    expect(LEDGER_CATEGORIES.every((c) => Object.isFrozen(c) && Object.isFrozen(c.label))).to.equal(
      true,
    );
  });
});

describe('ledgerCategory', () => {
  it('finds a category by code', () => {
    expect(ledgerCategory('food')).to.deep.equal({
      code: 'food',
      kind: 'expense',
      label: { th: 'ค่าอาหาร', en: 'Food' },
    });
    expect(ledgerCategory('savings-deposit')?.role).to.equal('savings');
  });

  it('has the utilities and the spending that can be cut, which CDD and BAAC ledgers stress', () => {
    expect(ledgerCategory('utilities')?.label).to.deep.equal({
      th: 'ค่าน้ำ-ค่าไฟ-ค่าโทรศัพท์',
      en: 'Water, power and phone',
    });
    expect(ledgerCategory('cuttable')?.label.th).to.equal('รายจ่ายที่ลดได้ (เหล้า บุหรี่ หวย)');
    expect(validateLedgerEntry({ ...rice, category: 'cuttable' }).category).to.equal('cuttable');
  });

  it('names income รายรับ, as the ledger pairs it with รายจ่าย', () => {
    expect(ledgerCategory('farming')?.label.th).to.equal('ขายผลผลิตการเกษตร');
    expect(ledgerCategory('trade')?.label.th).to.equal('รายรับจากค้าขาย');
    expect(ledgerCategory('other-income')?.label.th).to.equal('รายรับอื่น ๆ');
  });

  it('finds nothing for unknown codes, including names every object has', () => {
    for (const code of ['lottery', 'Food', ' food', 'toString', '__proto__', 'constructor', '']) {
      expect(ledgerCategory(code), code).to.equal(undefined);
    }
  });
});

describe('validateLedgerEntry', () => {
  it('returns a valid entry unchanged in value', () => {
    expect(validateLedgerEntry(rice)).to.deep.equal(rice);
  });

  it('writes amounts as people type them as canonical two-decimal strings', () => {
    const amountOf = (amount: unknown) => validateLedgerEntry({ ...rice, amount }).amount;
    expect(amountOf('1,234.5')).to.equal('1234.50');
    expect(amountOf(' ๑๒๐.๕๐ ')).to.equal('120.50');
    expect(amountOf('฿100')).to.equal('100.00');
    expect(amountOf('0120.5')).to.equal('120.50');
    expect(amountOf('.5')).to.equal('0.50');
    expect(amountOf(money('75'))).to.equal('75.00');
  });

  it('trims the note, leaves out an empty one, and keeps organisationId and reverses', () => {
    expect(
      validateLedgerEntry({
        ...rice,
        note: '  ข้าวสาร\n2 ถุง \t',
        organisationId: 'g1',
        reverses: 'e0',
      }),
    ).to.deep.equal({ ...rice, note: 'ข้าวสาร\n2 ถุง', organisationId: 'g1', reverses: 'e0' });
    expect(validateLedgerEntry({ ...rice, note: ' \n ' })).to.not.have.property('note');
  });

  it('leaves out fields a ledger entry does not have, such as those of a storage record', () => {
    const record = { ...rice, householdId: 'h1', recordedAt: '2024-03-05T10:00:00Z' };
    expect(validateLedgerEntry(record)).to.deep.equal(rice);
  });

  it('gives the same entry when run again on its own result', () => {
    const entry = validateLedgerEntry({ ...rice, amount: '1,000', note: ' x ' });
    expect(validateLedgerEntry(entry)).to.deep.equal(entry);
  });

  it('throws INVALID_ARGUMENT invalid-ledger-entry listing every problem', () => {
    const error = expectSajjaError(
      () => validateLedgerEntry({ ...rice, date: '2024-02-30', amount: '0' }),
      'INVALID_ARGUMENT',
      'invalid-ledger-entry',
    );
    expect(error.problems).to.deep.equal([
      { path: 'date', reason: 'not-a-date', details: { value: '"2024-02-30"' } },
      { path: 'amount', reason: 'not-positive', details: { value: '0.00' } },
    ]);
    expect(error.message).to.equal(
      'Not a valid ledger entry: date: not-a-date; amount: not-positive',
    );
    expect(error.input).to.deep.equal({ ...rice, date: '2024-02-30', amount: '0' });
  });
});

describe('ledgerEntryProblems', () => {
  it('finds none in a valid entry', () => {
    expect(ledgerEntryProblems(rice)).to.deep.equal([]);
    expect(ledgerEntryProblems({ ...rice, kind: 'transfer', category: 'transfer' })).to.deep.equal(
      [],
    );
  });

  it('needs an object', () => {
    for (const value of [null, undefined, 'entry', 12, [rice], money('1')]) {
      expect(reasons(value), String(value)).to.deep.equal([{ path: '', reason: 'not-an-object' }]);
    }
  });

  it('requires id, date, kind, category and amount, in field order', () => {
    expect(reasons({})).to.deep.equal(
      ['id', 'date', 'kind', 'category', 'amount'].map((path) => ({ path, reason: 'required' })),
    );
  });

  it('wants text for every text field', () => {
    expect(
      reasons({ ...rice, id: 7, category: 3, note: 12, organisationId: null, reverses: {} }),
    ).to.deep.equal([
      { path: 'id', reason: 'not-a-string' },
      { path: 'category', reason: 'not-a-string' },
      { path: 'note', reason: 'not-a-string' },
      { path: 'organisationId', reason: 'not-a-string' },
      { path: 'reverses', reason: 'not-a-string' },
    ]);
  });

  it('refuses ids that are empty or only spaces', () => {
    expect(reasons({ ...rice, id: ' \t', organisationId: '', reverses: '  ' })).to.deep.equal([
      { path: 'id', reason: 'empty-id' },
      { path: 'organisationId', reason: 'empty-id' },
      { path: 'reverses', reason: 'empty-id' },
    ]);
  });

  it('wants a real ISO date', () => {
    for (const date of ['2023-02-29', '2024-13-01', '2024-3-5', '05/03/2567', 20240305, '']) {
      expect(reasons({ ...rice, date }), String(date)).to.deep.equal([
        { path: 'date', reason: 'not-a-date' },
      ]);
    }
    expect(reasons({ ...rice, date: '2024-02-29' })).to.deep.equal([]);
  });

  it('knows only the three kinds, spelled as codes', () => {
    for (const kind of ['gift', 'Income', 'รายรับ', 1]) {
      expect(reasons({ ...rice, kind }), String(kind)).to.deep.equal([
        { path: 'kind', reason: 'unknown-kind' },
      ]);
    }
    expect(ledgerEntryProblems({ ...rice, kind: 'gift' })[0]?.details).to.deep.equal({
      value: '"gift"',
      allowed: 'income, expense, transfer',
    });
  });

  it('knows only the listed category codes', () => {
    for (const category of ['lottery', 'Food', 'ค่าอาหาร', 'toString', '__proto__']) {
      expect(reasons({ ...rice, category }), category).to.deep.equal([
        { path: 'category', reason: 'unknown-category' },
      ]);
    }
  });

  it('refuses a category of another kind, and says which kind it belongs to', () => {
    expect(ledgerEntryProblems({ ...rice, kind: 'income' })).to.deep.equal([
      {
        path: 'category',
        reason: 'category-kind-mismatch',
        details: { category: 'food', kind: 'income', categoryKind: 'expense' },
      },
    ]);
    expect(reasons({ ...rice, kind: 'transfer' })).to.deep.equal([
      { path: 'category', reason: 'category-kind-mismatch' },
    ]);
    // With an unknown kind, only the kind is wrong: the category is not blamed for it.
    expect(reasons({ ...rice, kind: 'gift' })).to.deep.equal([
      { path: 'kind', reason: 'unknown-kind' },
    ]);
  });

  it('wants an amount as text or Money, and says why text is not one', () => {
    const causeOf = (amount: unknown) => {
      const [problem, ...rest] = ledgerEntryProblems({ ...rice, amount });
      expect(rest).to.deep.equal([]);
      expect(problem?.reason).to.equal('not-an-amount');
      return problem?.details?.cause;
    };
    expect(causeOf('abc')).to.equal('not-a-number');
    expect(causeOf('1.005')).to.equal('too-many-decimals');
    expect(causeOf('1,23,4')).to.equal('misplaced-separator');
    expect(causeOf('')).to.equal('empty');
    expect(causeOf('1e3')).to.equal('not-a-number');
    expect(causeOf('1234567890123456')).to.equal('too-large');
    // A number is not accepted: 0.1 + 0.2 would already be wrong before we see it.
    expect(causeOf(120.5)).to.equal('wrong-type');
    expect(causeOf(null)).to.equal('wrong-type');
  });

  it('wants an amount above zero: corrections are reversals, never negative entries', () => {
    for (const amount of ['0', '0.00', '-5', '-0.01', money('0')]) {
      expect(reasons({ ...rice, amount }), String(amount)).to.deep.equal([
        { path: 'amount', reason: 'not-positive' },
      ]);
    }
    expect(validateLedgerEntry({ ...rice, amount: '0.01' }).amount).to.equal('0.01');
  });

  it('counts a note in characters a person sees, not UTF-16 units, after trimming', () => {
    const longest = 'ก'.repeat(MAX_LEDGER_NOTE_LENGTH);
    expect(reasons({ ...rice, note: `  ${longest}  ` })).to.deep.equal([]);
    expect(ledgerEntryProblems({ ...rice, note: `${longest}ข` })).to.deep.equal([
      { path: 'note', reason: 'note-too-long', details: { max: 500, length: 501 } },
    ]);
    // 500 emoji are 1,000 UTF-16 units but 500 characters: allowed.
    expect(reasons({ ...rice, note: '🌾'.repeat(MAX_LEDGER_NOTE_LENGTH) })).to.deep.equal([]);
    expect(reasons({ ...rice, note: '🌾'.repeat(MAX_LEDGER_NOTE_LENGTH + 1) })).to.deep.equal([
      { path: 'note', reason: 'note-too-long' },
    ]);
  });

  it('counts a flag, a skin-toned emoji and a Thai letter with its marks as one character each', () => {
    // 🇹🇭 is two code points, 👍🏽 two, ขั้ three: each is what a person counts as one.
    for (const one of ['🇹🇭', '👍🏽', 'ขั้']) {
      expect(reasons({ ...rice, note: one.repeat(MAX_LEDGER_NOTE_LENGTH) }), one).to.deep.equal([]);
      expect(
        ledgerEntryProblems({ ...rice, note: one.repeat(MAX_LEDGER_NOTE_LENGTH + 1) }),
        one,
      ).to.deep.equal([
        { path: 'note', reason: 'note-too-long', details: { max: 500, length: 501 } },
      ]);
    }
  });

  it('refuses an entry that reverses itself', () => {
    expect(ledgerEntryProblems({ ...rice, reverses: 'e1' })).to.deep.equal([
      { path: 'reverses', reason: 'reverses-itself', details: { id: 'e1' } },
    ]);
  });

  it('finds problems exactly when validateLedgerEntry throws', () => {
    const field = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('', ' ', 'e1', '2024-03-05', '2024-02-30', 'expense', 'income', 'food'),
      fc.constantFrom('wages', '120.50', '-1', '1,000', 'x'.repeat(501), 5, null),
    );
    const entry = fc.record(
      {
        id: field,
        date: field,
        kind: field,
        category: field,
        amount: field,
        note: field,
        reverses: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(entry, (value) => {
        const problems = ledgerEntryProblems(value);
        let thrown: unknown;
        try {
          validateLedgerEntry(value);
        } catch (error) {
          thrown = error;
        }
        if (problems.length === 0) return thrown === undefined;
        return thrown instanceof SajjaError && thrown.problems.length === problems.length;
      }),
      { numRuns: 200 },
    );
  });
});
