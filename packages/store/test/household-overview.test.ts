import { expect } from 'chai';
import {
  householdOverview,
  liveHouseholdOverview,
  RECENT_TRANSACTION_COUNT,
  type HouseholdOverview,
  type SajjaStore,
} from '../src/index.js';
import { FreshStores, rejection, watch } from './helpers.js';

const AS_OF = '2025-06-11';

/**
 * One household in four organisations, as of 11 June 2025 (every figure below is worked out
 * by hand in the tests):
 * - a village fund joined 2024-05-01, no rules: shares and a little saving;
 * - a welfare fund joined 200 days before (2024-11-23), 180 waiting days;
 * - a sajja group joined 2025-01-03 with pledge and lending rules: a 200-baht pledge and a
 *   12,000-baht loan;
 * - a second welfare fund joined 10 days before (2025-06-01).
 */
async function household(store: SajjaStore) {
  const household = await store.households.add({ name: 'บ้านนายสมชาย' });
  const villageFund = await store.organisations.add({
    name: 'กองทุนหมู่บ้าน',
    kind: 'village-fund',
  });
  const welfareRules = { waitingDays: 180, contribution: { perDay: '1' }, benefits: {} };
  const welfareA = await store.organisations.add({
    name: 'กองทุนสวัสดิการตำบล',
    kind: 'welfare-fund',
    rules: { welfare: welfareRules },
  });
  const welfareB = await store.organisations.add({
    name: 'กองทุนสวัสดิการชุมชน',
    kind: 'welfare-fund',
    rules: { welfare: welfareRules },
  });
  const sajja = await store.organisations.add({
    name: 'กลุ่มสัจจะบ้านหนองบัว',
    kind: 'pledge-group',
    rules: {
      pledge: { dueDay: 5, defaultAmount: '100', minAmount: '10', maxAmount: '500' },
      loans: { rate: { percent: '1', per: 'month' }, method: 'flat', termMonths: 12 },
    },
  });
  const join = (organisationId: string, joinedOn: string, pledgeAmount?: string) =>
    store.memberships.add({
      householdId: household.id,
      organisationId,
      joinedOn,
      ...(pledgeAmount ? { pledgeAmount } : {}),
    });
  const inVillageFund = await join(villageFund.id, '2024-05-01');
  const inWelfareA = await join(welfareA.id, '2024-11-23');
  const inSajja = await join(sajja.id, '2025-01-03', '200');
  const inWelfareB = await join(welfareB.id, '2025-06-01');
  const move = (
    membershipId: string,
    date: string,
    kind: 'deposit' | 'withdrawal' | 'share' | 'contribution' | 'repayment',
    amount: string,
    loanId?: string,
  ) =>
    store.fundTransactions.add({
      membershipId,
      date,
      kind,
      amount,
      ...(loanId ? { loanId } : {}),
    });

  await move(inVillageFund.id, '2024-05-01', 'share', '100');
  await move(inVillageFund.id, '2024-06-01', 'deposit', '30');
  await move(inVillageFund.id, '2025-01-15', 'share', '50');
  await move(inVillageFund.id, '2025-02-01', 'deposit', '300');
  await move(inVillageFund.id, '2025-03-01', 'withdrawal', '100');
  await move(inVillageFund.id, '2025-06-20', 'deposit', '1000'); // after the day: not yet
  await move(inWelfareA.id, '2024-11-23', 'contribution', '365'); // not savings

  for (const date of ['2025-01-05', '2025-02-05', '2025-03-10', '2025-04-04', '2025-05-05']) {
    await move(inSajja.id, date, 'deposit', '200');
  }
  await move(inSajja.id, '2025-06-05', 'deposit', '200');
  const typo = await move(inSajja.id, '2025-06-01', 'deposit', '500');
  await store.fundTransactions.reverse(typo.id, { date: '2025-06-02' });

  const loan = await store.loans.add({
    membershipId: inSajja.id,
    terms: {
      principal: '12000',
      rate: { percent: '1', per: 'month' },
      termMonths: 12,
      method: 'flat',
      disbursedOn: '2025-02-10',
    },
  });
  await move(inSajja.id, '2025-03-10', 'repayment', '1120', loan.id);
  await move(inSajja.id, '2025-04-10', 'repayment', '1120', loan.id);
  const bounced = await move(inSajja.id, '2025-05-10', 'repayment', '1120', loan.id);
  await store.fundTransactions.reverse(bounced.id, { date: '2025-05-11' });

  // Ledger: 5 days in April, 10 in May, 9 in June; a deleted entry in March, one in February
  // (before the period).
  const write = (date: string) =>
    store.ledger.add(household.id, { date, kind: 'expense', category: 'food', amount: '50' });
  const days = (month: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
  for (const date of [...days('2025-04', 5), ...days('2025-05', 10), ...days('2025-06', 9)]) {
    await write(date);
  }
  await store.ledger.remove((await write('2025-03-20')).id);
  await write('2025-02-14');
  return { household, loan, inVillageFund, inWelfareA, inSajja, inWelfareB };
}

const months = (first: string, count: number) =>
  Array.from({ length: count }, (_, k) => {
    const index = Number(first.slice(0, 4)) * 12 + Number(first.slice(5)) - 1 + k;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });

describe('householdOverview', () => {
  const stores = new FreshStores();
  let store: SajjaStore;
  let setup: Awaited<ReturnType<typeof household>>;
  let overview: HouseholdOverview;
  before(async () => {
    store = await stores.open();
    setup = await household(store);
    overview = (await householdOverview(store, {
      householdId: setup.household.id,
      asOf: AS_OF,
    }))!;
  });
  after(() => stores.cleanUp());

  it('lists every membership, oldest first, with its organisation', () => {
    expect(
      overview.memberships.map((each) => [each.organisationName, each.kind, each.joinedOn]),
    ).to.deep.equal([
      ['กองทุนหมู่บ้าน', 'village-fund', '2024-05-01'],
      ['กองทุนสวัสดิการตำบล', 'welfare-fund', '2024-11-23'],
      ['กลุ่มสัจจะบ้านหนองบัว', 'pledge-group', '2025-01-03'],
      ['กองทุนสวัสดิการชุมชน', 'welfare-fund', '2025-06-01'],
    ]);
    expect(overview).to.include({
      householdId: setup.household.id,
      householdName: 'บ้านนายสมชาย',
      asOf: AS_OF,
    });
    expect(overview.memberships.every((each) => each.problems.length === 0)).to.equal(true);
  });

  it('counts savings and shares up to the day, corrections and contributions left out', () => {
    const [village, welfareA, sajja, welfareB] = overview.memberships;
    // Village fund: 30 + 300 − 100 = 230; the 1,000 of 20 June is after the day. Shares 100 + 50.
    expect([village!.savings, village!.shares]).to.deep.equal(['230.00', '150.00']);
    // Six pledges of 200; the 500 typed by mistake is reversed, so it never counted.
    expect([sajja!.savings, sajja!.shares]).to.deep.equal(['1200.00', '0.00']);
    // A welfare contribution is not savings.
    expect([welfareA!.savings, welfareB!.savings]).to.deep.equal(['0.00', '0.00']);
    expect([overview.total.savings, overview.total.shares]).to.deep.equal(['1430.00', '150.00']);
  });

  it('gives the savings at the end of each of the 12 months ending with the day', () => {
    const [village, , sajja] = overview.memberships;
    const year = months('2024-07', 12);
    expect(village!.savingsByMonth).to.deep.equal(
      year.map((month, k) => ({
        month,
        // Jul–Dec 2024 and Jan 2025: 30; Feb: +300; from Mar: −100.
        balance: k < 7 ? '30.00' : k === 7 ? '330.00' : '230.00',
      })),
    );
    expect(sajja!.savingsByMonth.map((each) => each.balance)).to.deep.equal([
      ...Array<string>(6).fill('0.00'),
      '200.00',
      '400.00',
      '600.00',
      '800.00',
      '1000.00',
      '1200.00',
    ]);
    expect(overview.total.savingsByMonth.map((each) => each.balance)).to.deep.equal([
      ...Array<string>(6).fill('30.00'),
      '230.00',
      '730.00',
      '830.00',
      '1030.00',
      '1230.00',
      '1430.00',
    ]);
    expect(overview.total.savingsByMonth.map((each) => each.month)).to.deep.equal(year);
  });

  it('keeps the latest five transactions of each membership up to the day, newest first', () => {
    const [village, welfareA, sajja, welfareB] = overview.memberships;
    const rows = (records: readonly { date: string; kind: string; amount: string }[]) =>
      records.map((record) => [record.date, record.kind, record.amount]);
    expect(RECENT_TRANSACTION_COUNT).to.equal(5);
    // Exactly five up to the day; the 1,000 of 20 June is after it.
    expect(rows(village!.recent)).to.deep.equal([
      ['2025-03-01', 'withdrawal', '100.00'],
      ['2025-02-01', 'deposit', '300.00'],
      ['2025-01-15', 'share', '50.00'],
      ['2024-06-01', 'deposit', '30.00'],
      ['2024-05-01', 'share', '100.00'],
    ]);
    // The reversed 500 and the bounced May repayment (and their reversals) count nowhere; two
    // records of 10 March tie on the date, so the fifth is either of them.
    expect(rows(sajja!.recent).slice(0, 4)).to.deep.equal([
      ['2025-06-05', 'deposit', '200.00'],
      ['2025-05-05', 'deposit', '200.00'],
      ['2025-04-10', 'repayment', '1120.00'],
      ['2025-04-04', 'deposit', '200.00'],
    ]);
    expect(sajja!.recent[4]!.date).to.equal('2025-03-10');
    expect(rows(welfareA!.recent)).to.deep.equal([['2024-11-23', 'contribution', '365.00']]);
    expect(welfareB!.recent).to.deep.equal([]);
  });

  it('works out the loan from its repayments: outstanding, next instalment and arrears', () => {
    const sajja = overview.memberships[2]!;
    // 12,000 flat at 1 %/month for 12 months: 1,000 principal + 120 interest, due the 10th.
    // March and April paid; May's payment bounced (reversed), so 10,000 is outstanding.
    expect(sajja.loansOutstanding).to.equal('10000.00');
    expect(sajja.nextInstallment).to.deep.equal({
      dueDate: '2025-07-10',
      amount: '1120.00',
      loanId: setup.loan.id,
    });
    // May (32 days late) and June (1 day late): 2 × 1,120 and the default penalty of 5 %/year
    // on the overdue principal: 1,000 × 5 % × 32/365 = 4.38 and 1,000 × 5 % × 1/365 = 0.14.
    expect(sajja.overdue).to.deep.equal({ amount: '2244.52', daysPastDue: 32, bucket: '31-60' });
    expect(sajja.loans).to.deep.equal([
      {
        loanId: setup.loan.id,
        principal: '12000.00',
        disbursedOn: '2025-02-10',
        outstanding: '10000.00',
        nextInstallment: sajja.nextInstallment,
        overdue: sajja.overdue,
        fullyPaid: false,
      },
    ]);
    expect(overview.total).to.deep.include({
      loansOutstanding: '10000.00',
      nextInstallment: sajja.nextInstallment,
      overdue: sajja.overdue,
    });
    const village = overview.memberships[0]!;
    expect([village.loansOutstanding, village.loans, village.nextInstallment]).to.deep.equal([
      '0.00',
      [],
      undefined,
    ]);
  });

  it('says when welfare benefits start: 180 days after joining', () => {
    const [village, welfareA, sajja, welfareB] = overview.memberships;
    // 2024-11-23 + 180 days = 2025-05-22, before the day; 2025-06-01 + 180 = 2025-11-28.
    expect(welfareA!.welfare).to.deep.equal({ eligible: true, from: '2025-05-22' });
    expect(welfareB!.welfare).to.deep.equal({ eligible: false, from: '2025-11-28' });
    expect([village!.welfare, sajja!.welfare]).to.deep.equal([undefined, undefined]);
  });

  it('scores discipline over the last three months from the pledge and the ledger', () => {
    const sajja = overview.memberships[2]!;
    expect(overview.disciplinePeriod).to.deep.equal({ from: '2025-03-12', to: '2025-06-11' });
    const score = sajja.discipline!;
    // Pledges due in the period: 5 April, 5 May, 5 June, all on time (March's, paid late on the
    // 10th, fell due before the period): 50 points, and a run of 3 of 3 months: 20 points.
    // Ledger targets: March 12–31 ⌈20 × 20/31⌉ = 13, April 20, May 20, June 1–11
    // ⌈20 × 11/30⌉ = 8, together 61; days counted 5 + 10 + min(9, 8) = 23 (the deleted entry
    // of 20 March counts nowhere): 30 × 23/61 = 11.3 → 11 points. 50 + 11 + 20 = 81.
    expect(score.score).to.equal(81);
    expect(score.components.onTimePledges.details).to.deep.equal({
      due: 3,
      onTime: 3,
      percent: 100,
    });
    expect(score.components.ledgerDays.details).to.deep.include({
      days: 24,
      countedDays: 23,
      targetDays: 61,
    });
    expect(score.components.pledgeStreak.points).to.equal(20);
    expect(score.components.onTimePledges.explanation.en).to.equal(
      'Paid 3 of 3 monthly pledges on time (100%): 50 of 50 points.',
    );
    expect(overview.total.discipline?.score).to.equal(81);
    expect(overview.memberships.map((each) => each.discipline !== undefined)).to.deep.equal([
      false,
      false,
      true,
      false,
    ]);
  });

  it('gives undefined for an unknown household and refuses bad options', async () => {
    expect(await householdOverview(store, { householdId: 'nobody', asOf: AS_OF })).to.equal(
      undefined,
    );
    expect(() => householdOverview(store, { householdId: '', asOf: AS_OF })).to.throw(
      /householdId/,
    );
    await rejection(
      (async () => householdOverview(store, { householdId: 'x', asOf: '2025-02-30' }))(),
      'INVALID_DATE',
    );
  });
});

describe('householdOverview, other cases', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it('gives zeros and no instalment for a household without memberships', async () => {
    const store = await stores.open();
    const { id } = await store.households.add({ name: 'บ้านใหม่' });
    const overview = (await householdOverview(store, { householdId: id, asOf: '2025-01-31' }))!;
    expect(overview.memberships).to.deep.equal([]);
    expect(overview.total).to.deep.equal({
      savings: '0.00',
      shares: '0.00',
      loansOutstanding: '0.00',
      savingsByMonth: months('2024-02', 12).map((month) => ({ month, balance: '0.00' })),
    });
  });

  it('reports a pledge the rules do not allow instead of failing, and scores without it', async () => {
    const store = await stores.open();
    const { id } = await store.households.add({ name: 'บ้านนายสมชาย' });
    const group = await store.organisations.add({
      name: 'กลุ่มสัจจะ',
      kind: 'savings-group',
      rules: { pledge: { dueDay: 5, defaultAmount: '100', maxAmount: '500' } },
    });
    await store.memberships.add({
      householdId: id,
      organisationId: group.id,
      joinedOn: '2025-01-01',
      pledgeAmount: '600',
    });
    const overview = (await householdOverview(store, { householdId: id, asOf: '2025-03-31' }))!;
    expect(overview.memberships[0]!.problems).to.deep.equal([
      {
        path: 'pledgeAmount',
        reason: 'pledge-out-of-range',
        details: { amount: '600.00', min: '0.01', max: '500.00' },
      },
    ]);
    expect(overview.memberships[0]!.discipline).to.equal(undefined);
    expect(overview.total.discipline).to.equal(undefined);
  });

  it('starts a pledge with the first month due after joining, and keeps a later reversal out of the past', async () => {
    const store = await stores.open();
    const { id } = await store.households.add({ name: 'บ้านนายสมชาย' });
    const group = await store.organisations.add({
      name: 'กลุ่มสัจจะ',
      kind: 'pledge-group',
      rules: { pledge: { dueDay: 5, defaultAmount: '100' } },
    });
    // Joined on 20 January, after January's due day: February is the first month owed.
    const membership = await store.memberships.add({
      householdId: id,
      organisationId: group.id,
      joinedOn: '2025-01-20',
    });
    await store.fundTransactions.add({
      membershipId: membership.id,
      date: '2025-02-05',
      kind: 'deposit',
      amount: '200',
    });
    const loan = await store.loans.add({
      membershipId: membership.id,
      terms: {
        principal: '1000',
        rate: { percent: '0', per: 'month' },
        termMonths: 2,
        method: 'flat',
        disbursedOn: '2025-02-01',
      },
    });
    const repayment = await store.fundTransactions.add({
      membershipId: membership.id,
      loanId: loan.id,
      date: '2025-03-01',
      kind: 'repayment',
      amount: '500',
    });
    await store.fundTransactions.reverse(repayment.id, { date: '2025-03-20' });
    // On 10 March the repayment stood (its reversal came on the 20th): 500 outstanding. The
    // 200 of 5 February paid February and March on time; counted from January (whose due day
    // came before joining) it would have paid January late and left March unpaid.
    const before = (await householdOverview(store, { householdId: id, asOf: '2025-03-10' }))!;
    const [standing] = before.memberships;
    expect(standing!.loansOutstanding).to.equal('500.00');
    expect(standing!.discipline?.components.onTimePledges.details).to.deep.equal({
      due: 2,
      onTime: 2,
      percent: 100,
    });
    const after = (await householdOverview(store, { householdId: id, asOf: '2025-03-31' }))!;
    expect(after.memberships[0]!.loansOutstanding).to.equal('1000.00');
    // 0 % over 2 months: 500 due on 1 March and 500 on 1 April. March's is 30 days late:
    // 500 and the default penalty, 500 × 5 % × 30/365 = 2.05.
    expect(after.memberships[0]!.overdue).to.deep.equal({
      amount: '502.05',
      daysPastDue: 30,
      bucket: '1-30',
    });
  });

  it('re-computes live when a deposit, a repayment or a ledger entry is written', async () => {
    const store = await stores.open();
    const { id } = await store.households.add({ name: 'บ้านนายสมชาย' });
    const group = await store.organisations.add({
      name: 'กลุ่มสัจจะ',
      kind: 'pledge-group',
      rules: { pledge: { dueDay: 5, defaultAmount: '100' } },
    });
    const membership = await store.memberships.add({
      householdId: id,
      organisationId: group.id,
      joinedOn: '2025-01-01',
    });
    const other = await stores.open(store.name);
    const overviews = watch(liveHouseholdOverview(other, { householdId: id, asOf: '2025-03-31' }));
    try {
      await overviews.next((value) => value?.total.savings === '0.00');
      await store.fundTransactions.add({
        membershipId: membership.id,
        date: '2025-03-05',
        kind: 'deposit',
        amount: '300',
      });
      // 300 pays January, February (late) and March (on time): 1 of 3 on time.
      const paid = await overviews.next((value) => value?.total.savings === '300.00');
      expect(paid!.total.discipline?.components.onTimePledges.details.onTime).to.equal(1);
      await store.ledger.add(id, {
        date: '2025-03-30',
        kind: 'income',
        category: 'farming',
        amount: '500',
      });
      await overviews.next(
        (value) => value?.total.discipline?.components.ledgerDays.details.days === 1,
      );
    } finally {
      overviews.stop();
    }
  });
});
