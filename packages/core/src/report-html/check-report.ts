import { ARREARS_BUCKETS, type MonthlyReport } from '../books/monthly-report.js';
import { checkList } from '../errors/check-option-keys.js';
import { invalidOption } from '../errors/sajja-error.js';

/** The groups of a report and the amounts in each, as `monthlyReport` writes them. */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  deposits: ['savings', 'shares'],
  withdrawals: ['savings', 'shares'],
  loansIssued: ['amount'],
  repayments: ['principal', 'interest'],
  welfare: ['contributions', 'payments', 'balance'],
  result: ['income', 'expenses', 'surplus'],
  cash: ['onHand', 'bank', 'total'],
  balances: ['savings', 'shares', 'loansOutstanding'],
  arrears: ['total'],
  members: [],
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * @internal Checks that `report` has every field the HTML reads, of the kind it reads: an
 * object of kind `'monthly-report'` with its month, groups, lists and texts, so that a report
 * edited or read back from a file is refused (`INVALID_ARGUMENT` / `invalid-option`, with
 * `details.option` the field, such as `'report.arrears.loans[0].name'`) rather than written
 * out half. Amounts and dates are left to the functions that format them, which refuse bad
 * ones with their own codes.
 */
export function checkReport(report: unknown): asserts report is MonthlyReport {
  const record = objectAt(report, 'report');
  if (record.kind !== 'monthly-report') {
    throw invalidOption('report', report, 'a monthly report (kind "monthly-report")');
  }
  if (typeof record.month !== 'string' || !MONTH.test(record.month)) {
    throw invalidOption('report.month', record.month, 'a month such as 2024-01');
  }
  if (record.group !== undefined) textAt(record.group, 'report.group');
  for (const [group, amounts] of Object.entries(GROUPS)) {
    const fields = objectAt(record[group], `report.${group}`);
    for (const amount of amounts) presentAt(fields[amount], `report.${group}.${amount}`);
  }
  countAt((record.loansIssued as Record<string, unknown>).count, 'report.loansIssued.count');
  for (const [index, fund] of itemsAt(record.subFunds, 'report.subFunds').entries()) {
    const at = `report.subFunds[${index}]`;
    textAt(fund.code, `${at}.code`);
    if (fund.label !== undefined) {
      const label = objectAt(fund.label, `${at}.label`);
      textAt(label.th, `${at}.label.th`);
      textAt(label.en, `${at}.label.en`);
    }
  }
  const arrears = record.arrears as Record<string, unknown>;
  for (const [index, line] of itemsAt(arrears.loans, 'report.arrears.loans').entries()) {
    const at = `report.arrears.loans[${index}]`;
    for (const key of ['name', 'memberId', 'loanId', 'subFund']) textAt(line[key], `${at}.${key}`);
    countAt(line.daysPastDue, `${at}.daysPastDue`);
    if (!(ARREARS_BUCKETS as readonly unknown[]).includes(line.bucket)) {
      throw invalidOption(`${at}.bucket`, line.bucket, `one of ${ARREARS_BUCKETS.join(', ')}`);
    }
  }
  const byBucket = objectAt(arrears.byBucket, 'report.arrears.byBucket');
  for (const bucket of ARREARS_BUCKETS) presentAt(byBucket[bucket], `report.arrears.byBucket`);
  const members = record.members as Record<string, unknown>;
  countAt(members.atStart, 'report.members.atStart');
  countAt(members.atEnd, 'report.members.atEnd');
  for (const list of ['joined', 'left']) {
    for (const [index, change] of itemsAt(members[list], `report.members.${list}`).entries()) {
      textAt(change.name, `report.members.${list}[${index}].name`);
      textAt(change.id, `report.members.${list}[${index}].id`);
    }
  }
}

function objectAt(value: unknown, option: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidOption(option, value, 'an object');
  }
  return value as Record<string, unknown>;
}

function itemsAt(value: unknown, option: string): Array<Record<string, unknown>> {
  return checkList(value, option, 'item').map((item, index) =>
    objectAt(item, `${option}[${index}]`),
  );
}

function textAt(value: unknown, option: string): void {
  if (typeof value !== 'string') throw invalidOption(option, value, 'text');
}

function countAt(value: unknown, option: string): void {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw invalidOption(option, value, 'a whole number from 0');
  }
}

function presentAt(value: unknown, option: string): void {
  if (value === undefined || value === null) throw invalidOption(option, value, 'an amount');
}
