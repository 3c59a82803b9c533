import { expect } from 'chai';
import fc from 'fast-check';
import { monthlyReport, type MonthlyReport } from '../src/books/monthly-report.js';
import { rollUp, type NetworkSummary, type RollUpInput } from '../src/books/roll-up.js';
import { satangToText } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';
import { sampleGroup } from './monthly-report-sample.js';

/** A summary as JSON carries it, for comparing summaries by value. */
const json = (summary: NetworkSummary): string => JSON.stringify(summary);

/** Amount text from 0 to 10 million baht. */
const amount = fc.bigInt({ min: 0n, max: 10n ** 9n }).map(satangToText);
const person = fc.record({ id: fc.string(), name: fc.string(), date: fc.constant('2024-01-15') });

/** Monthly reports as they arrive in JSON files: random amounts in every field rollUp reads. */
const reportArbitrary: fc.Arbitrary<MonthlyReport> = fc
  .record({
    month: fc.constantFrom('2023-12', '2024-01', '2024-02'),
    flows: fc.array(amount, { minLength: 19, maxLength: 19 }),
    buckets: fc.array(amount, { minLength: 4, maxLength: 4 }),
    counts: fc.array(fc.nat({ max: 500 }), { minLength: 2, maxLength: 2 }),
    loansIssued: fc.integer({ min: -2, max: 20 }),
    joined: fc.array(person, { maxLength: 3 }),
    left: fc.array(person, { maxLength: 3 }),
    funds: fc.uniqueArray(fc.constantFrom('general', 'livestock', 'fertiliser', 'debt-relief'), {
      minLength: 1,
    }),
    netAssets: fc.array(amount, { minLength: 4, maxLength: 4 }),
    arrearsLoans: fc.nat({ max: 5 }),
  })
  .map(
    ({
      month,
      flows,
      buckets,
      counts,
      loansIssued,
      joined,
      left,
      funds,
      netAssets,
      arrearsLoans,
    }) => {
      const f = (i: number) => flows[i]!;
      const report = {
        kind: 'monthly-report',
        month,
        from: `${month}-01`,
        to: `${month}-28`,
        deposits: { savings: '0.00', shares: '0.00', total: f(0) },
        withdrawals: { savings: '0.00', shares: '0.00', total: f(1) },
        loansIssued: { count: loansIssued, amount: f(2) },
        repayments: { principal: f(3), interest: f(4), total: '0.00' },
        fines: f(5),
        welfare: { contributions: f(6), payments: f(7), balance: f(8) },
        result: { income: '0.00', expenses: '0.00', surplus: '0.00' },
        cash: { onHand: f(9), bank: f(10), total: '0.00' },
        balances: { savings: f(11), shares: f(12), loansOutstanding: f(13) },
        subFunds: funds.map((code, i) => ({
          code,
          label: { th: code, en: code },
          cashOnHand: '0.00',
          bank: '0.00',
          loansOutstanding: '0.00',
          netAssets: netAssets[i]!,
        })),
        arrears: {
          loans: Array.from({ length: arrearsLoans }, () => ({})),
          byBucket: {
            '1-30': buckets[0]!,
            '31-60': buckets[1]!,
            '61-90': buckets[2]!,
            '90+': buckets[3]!,
          },
          total: f(14),
          principal: f(15),
          portfolio: f(16),
          atRisk: f(17),
        },
        members: { atStart: counts[0]!, joined, left, atEnd: counts[1]! },
      };
      return report as unknown as MonthlyReport;
    },
  );

describe('rollUp', () => {
  it('adds up groups’ reports, recomputing ratios from the sums instead of averaging them', () => {
    const january = monthlyReport(sampleGroup(), '2024-01');
    // A second group: 1,000 lent, all of it in arrears.
    const small = {
      ...JSON.parse(JSON.stringify(january)),
      arrears: {
        loans: [{}],
        byBucket: { '1-30': '0.00', '31-60': '0.00', '61-90': '0.00', '90+': '1000.00' },
        total: '1000.00',
        principal: '1000.00',
        portfolio: '1000.00',
        atRisk: '1000.00',
      },
    } as MonthlyReport;
    const network = rollUp([january, small]);
    expect(network.groups).to.equal(2);
    expect(network.months).to.deep.equal(['2024-01']);
    expect(network.members).to.deep.equal({ atEnd: 8, joined: 4, left: 2 });
    expect(network.deposits.toString()).to.equal('7800.00');
    expect(network.savings.toString()).to.equal('34200.00');
    expect(network.welfare.balance.toString()).to.equal('4980.00');
    expect(network.subFunds.general?.toString()).to.equal('91504.68');
    // Overdue principal 3,000 + 1,000 over a portfolio of 15,000 + 1,000: 0.25. The average of
    // the two groups' rates (0.2 and 1.0) would be 0.6.
    expect(network.arrears.ratio).to.equal('0.2500');
    // At risk 8,000 + 1,000 of 16,000 = 0.5625.
    expect(network.arrears.portfolioAtRisk).to.equal('0.5625');
    expect(network.arrears.byBucket['90+'].toString()).to.equal('1000.00');
    expect(network.arrears.loans).to.equal(3);
  });

  it('has the empty roll-up as its identity', () => {
    const empty = rollUp([]);
    expect(JSON.parse(json(empty))).to.deep.include({
      kind: 'network-summary',
      groups: 0,
      months: [],
      deposits: '0.00',
      subFunds: {},
    });
    expect(empty.arrears.ratio).to.equal(null);
    expect(empty.arrears.portfolioAtRisk).to.equal(null);
    fc.assert(
      fc.property(fc.array(reportArbitrary, { maxLength: 4 }), (reports) => {
        const summary = rollUp(reports);
        expect(json(rollUp([summary]))).to.equal(json(summary));
        expect(json(rollUp([summary, empty]))).to.equal(json(summary));
        expect(json(rollUp([empty, summary]))).to.equal(json(summary));
      }),
      { numRuns: 50 },
    );
  });

  it('is associative: any grouping gives the same totals', () => {
    fc.assert(
      fc.property(reportArbitrary, reportArbitrary, reportArbitrary, (a, b, c) => {
        const left = rollUp([rollUp([a, b]), c]);
        const right = rollUp([a, rollUp([b, c])]);
        expect(json(left)).to.equal(json(right));
        expect(json(left)).to.equal(json(rollUp([a, b, c])));
      }),
      { numRuns: 100 },
    );
  });

  it('is commutative: the order of the reports does not matter', () => {
    fc.assert(
      fc.property(
        fc
          .array(reportArbitrary, { minLength: 1, maxLength: 6 })
          .chain((reports) =>
            fc.tuple(
              fc.constant(reports),
              fc.shuffledSubarray(reports, { minLength: reports.length }),
            ),
          ),
        ([reports, shuffled]) => {
          expect(json(rollUp(shuffled))).to.equal(json(rollUp(reports)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rolls up a network in chunks, as a map-reduce engine would, to the same totals', () => {
    fc.assert(
      fc.property(
        fc.array(reportArbitrary, { maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 12 }),
        (reports, sizes) => {
          const chunks: RollUpInput[][] = [];
          let start = 0;
          for (let i = 0; start < reports.length; i++) {
            const size = sizes[i % sizes.length]!;
            chunks.push(reports.slice(start, start + size));
            start += size;
          }
          const mapped = chunks.map((chunk) => rollUp(chunk));
          // Reduce the partial summaries pairwise, as a tree.
          let level: RollUpInput[] = mapped;
          while (level.length > 1) {
            const next: RollUpInput[] = [];
            for (let i = 0; i < level.length; i += 2) next.push(rollUp(level.slice(i, i + 2)));
            level = next;
          }
          const reduced = level.length === 0 ? rollUp([]) : rollUp(level);
          expect(json(reduced)).to.equal(json(rollUp(reports)));
          expect(reduced.groups).to.equal(reports.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('adds amounts past 2^53 satang exactly', () => {
    const base = JSON.parse(JSON.stringify(monthlyReport(sampleGroup(), '2024-01')));
    const withSavings = (savings: string) =>
      ({ ...base, balances: { ...base.balances, savings } }) as MonthlyReport;
    // Ten amounts just below 10^15 satang add as numbers, moved into a BigInt on the way:
    // 10 × 9,999,999,999,999.99 = 99,999,999,999,999.90.
    const nearLimit = Array.from({ length: 10 }, () => withSavings('9999999999999.99'));
    expect(rollUp(nearLimit).savings.toString()).to.equal('99999999999999.90');
    // 2^52 satang (45,035,996,273,704.96) three times, then 2^60 satang: past any number.
    const huge = [
      ...Array.from({ length: 3 }, () => withSavings('45035996273704.96')),
      withSavings('11529215046068469.76'),
      withSavings('-0.01'),
    ];
    // 3 × 4,503,599,627,370,496 + 1,152,921,504,606,846,976 − 1 satang.
    expect(rollUp(huge).savings.toString()).to.equal('11664323034889584.63');
  });

  it('reads summaries and reports from JSON as well as live ones', () => {
    const report = monthlyReport(sampleGroup(), '2024-01');
    const fromJson = JSON.parse(JSON.stringify(report)) as MonthlyReport;
    expect(json(rollUp([fromJson]))).to.equal(json(rollUp([report])));
    const summary = rollUp([report, monthlyReport(sampleGroup(), '2023-12')]);
    expect(summary.months).to.deep.equal(['2023-12', '2024-01']);
    expect(json(rollUp([JSON.parse(json(summary))]))).to.equal(json(summary));
  });

  it('names the input and the field that is not valid', () => {
    const report = JSON.parse(JSON.stringify(monthlyReport(sampleGroup(), '2024-01')));
    const broken = { ...report, cash: { ...report.cash, bank: '12,000' } };
    const error = expectSajjaError(
      () => rollUp([report, broken]),
      'INVALID_ARGUMENT',
      'invalid-report',
    );
    expect(error.details).to.deep.equal({ index: 1, path: 'cash.bank' });
    expect(
      expectSajjaError(
        () => rollUp([{ kind: 'balance-sheet' } as never]),
        'INVALID_ARGUMENT',
        'invalid-report',
      ).details,
    ).to.deep.equal({ index: 0, path: 'kind' });
    expect(
      expectSajjaError(
        () => rollUp([{ ...report, month: '2024-13' }]),
        'INVALID_ARGUMENT',
        'invalid-report',
      ).details,
    ).to.deep.equal({ index: 0, path: 'month' });
    expectSajjaError(() => rollUp('reports' as never), 'INVALID_ARGUMENT', 'not-a-list');
  });
});
