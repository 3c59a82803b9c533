import { problemMessage } from '@sajja/core';
import { SAJJA_GROUP_LOAN_RULES } from '@sajja/core/loans';
import { SAJJA_PLEDGE_RULES, VILLAGE_BANK_SAVINGS_RULES } from '@sajja/core/savings';
import { CHAMUNG_WELFARE_RULES } from '@sajja/core/welfare';
import { expect } from 'chai';
import type { OrganisationRules, SajjaStore } from '../src/index.js';
import { FreshStores, rejection } from './helpers.js';

describe('organisation rules (the OrganisationRules convention)', () => {
  const stores = new FreshStores();
  let store: SajjaStore;
  beforeEach(async () => {
    store = await stores.open();
  });
  afterEach(() => stores.cleanUp());

  it('stores every valid part as given, and keys of the partner’s own', async () => {
    const rules: OrganisationRules = {
      pledge: SAJJA_PLEDGE_RULES,
      loans: SAJJA_GROUP_LOAN_RULES,
      welfare: CHAMUNG_WELFARE_RULES,
      savings: VILLAGE_BANK_SAVINGS_RULES,
      payment: { promptPay: { id: '081-234-5678', kind: 'mobile', name: 'กลุ่มสัจจะ' } },
      meetingDay: 'first Sunday',
    };
    const group = await store.organisations.add({
      name: 'กลุ่มสัจจะ',
      kind: 'savings-group',
      rules,
    });
    expect((await store.organisations.get(group.id))!.rules).to.deep.equal(rules);
  });

  it('refuses invalid parts on add and put, every problem at its path', async () => {
    const error = await rejection(
      store.organisations.add({
        name: 'กลุ่มสัจจะ',
        kind: 'pledge-group',
        rules: {
          pledge: { dueDay: 32, defaultAmount: '100' },
          loans: { ...SAJJA_GROUP_LOAN_RULES, termMonths: 0 },
          welfare: { waitingDays: -1, contribution: { perDay: '1' }, benefits: {} },
          savings: 'none',
          payment: { promptPay: { id: '1234567890123', kind: 'national-id', name: ' ' } },
        },
      }),
      'INVALID_ARGUMENT',
      'invalid-organisation',
    );
    expect(error.problems.map((problem) => [problem.path, problem.reason])).to.deep.equal([
      ['rules.pledge.dueDay', 'above-maximum'],
      ['rules.loans.termMonths', 'below-minimum'],
      ['rules.welfare.waitingDays', 'below-minimum'],
      ['rules.savings', 'not-an-object'],
      ['rules.payment.promptPay.id', 'bad-check-digit'],
      ['rules.payment.promptPay.name', 'empty'],
    ]);
    // A phone that is not a Thai mobile number, a name longer than banks display.
    const phone = await rejection(
      store.organisations.add({
        name: 'กลุ่มสัจจะ',
        kind: 'pledge-group',
        rules: {
          payment: { promptPay: { id: '02-123-4567', kind: 'mobile', name: 'ก'.repeat(61) } },
        },
      }),
      'INVALID_ARGUMENT',
      'invalid-organisation',
    );
    expect(phone.problems.map((problem) => [problem.path, problem.reason])).to.deep.equal([
      ['rules.payment.promptPay.id', 'not-a-thai-mobile'],
      ['rules.payment.promptPay.name', 'too-long'],
    ]);
    // The id's problem says what is wrong in both languages, as a form beside the field shows it.
    expect(problemMessage(phone.problems[0]!, 'th')).to.equal('เบอร์นี้ไม่ใช่เบอร์มือถือของไทย');
    expect(problemMessage(phone.problems[0]!, 'en')).to.equal('This is not a Thai mobile number.');
    const group = await store.organisations.add({ name: 'กลุ่มสัจจะ', kind: 'pledge-group' });
    await rejection(
      store.organisations.put({ ...group, rules: { pledge: { dueDay: 5 } } }),
      'INVALID_ARGUMENT',
      'invalid-organisation',
    );
    expect((await store.organisations.get(group.id))!.rules).to.equal(undefined);
  });

  it('leaves rules that are not an object unchecked, as earlier releases stored them', async () => {
    const group = await store.organisations.add({
      name: 'ธนาคารหมู่บ้าน',
      kind: 'village-bank',
      rules: ['rate', '1.5'],
    });
    expect(group.rules).to.deep.equal(['rate', '1.5']);
  });

  it('imports a backup whose rules predate the convention, unchanged', async () => {
    const backup = await store.exportBackup();
    const old = {
      ...backup,
      checksum: undefined, // edited by hand, as a backup without a checksum
      tables: {
        ...backup.tables,
        organisations: [
          { id: 'o1', name: 'กลุ่มสัจจะ', kind: 'pledge-group', rules: { pledge: { min: '10' } } },
        ],
      },
    };
    const report = await store.importBackup(old);
    expect(report.problems).to.deep.equal([]);
    expect((await store.organisations.get('o1'))!.rules).to.deep.equal({ pledge: { min: '10' } });
  });
});
