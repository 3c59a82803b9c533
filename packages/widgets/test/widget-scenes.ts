import { fixture, html, waitUntil } from '@open-wc/testing';
import { bahtText } from '@sajja/core';
import { loanSchedule } from '@sajja/core/loans';
import { openStore, type SajjaStore } from '@sajja/store';
import '../src/index.js';
import type { SajjaDepositForm } from '../src/deposit-form/deposit-form.js';
import type { SajjaHouseholdLedger } from '../src/household-ledger/household-ledger.js';
import type { SajjaLoanCalculator } from '../src/loan-calculator/loan-calculator.js';
import { settled } from './rendered-text.js';
import { editBehindTheStoresBack, GROUP_NAME, PROFIT, smallGroup } from './committee-fixture.js';

// Every widget with something on screen beyond its labels (results, status lines, errors,
// alerts), for the tests that switch its language and its digits. Each scene says which of
// the strings it shows people typed, or the widget shows as given (a Thai amount in words).

/** A widget showing messages, and the strings in it that are data, not our words. */
export interface Scene {
  readonly element: HTMLElement;
  readonly typed: readonly string[];
}

/** How a scene is mounted: the digits attribute; the language is Thai, the tests switch it. */
export interface SceneOptions {
  readonly digits: 'arabic' | 'thai';
}

const stores: SajjaStore[] = [];
/** Closes the stores the scenes opened. */
export function closeSceneStores(): void {
  for (const store of stores.splice(0)) store.close();
}

async function newStore() {
  const name = `t-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  stores.push(store);
  return { name, store };
}

/** How long a scene waits for the store and the widget: long, for a busy test machine. */
const LOADED = { timeout: 10_000 };

const $ = <T extends Element>(element: Element, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector)!;

function type(element: Element, id: string, value: string): void {
  const field = $<HTMLInputElement>(element, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const HOUSEHOLD = 'บ้านนายสมชาย 2';
const GROUP = 'กลุ่มสัจจะบ้านหนองบัว หมู่ 5';
const FUND = 'กองทุนหมู่บ้านหนองบัว';
const NOTE = 'ค่าข้าวสาร 5 กก.';

async function bahtWords({ digits }: SceneOptions): Promise<Scene> {
  const element = await fixture<HTMLElement>(
    html`<sajja-baht-text amount="1234.50" lang="th" digits=${digits}></sajja-baht-text>`,
  );
  // The words are Thai whatever the page's language: they are what a Thai contract writes.
  return { element, typed: [bahtText('1234.50')] };
}

async function bahtError({ digits }: SceneOptions): Promise<Scene> {
  const element = await fixture<HTMLElement>(
    html`<sajja-baht-text amount="12abc" lang="th" digits=${digits}></sajja-baht-text>`,
  );
  return { element, typed: [] };
}

async function loanResult({ digits }: SceneOptions): Promise<Scene> {
  const element = await fixture<SajjaLoanCalculator>(html`
    <sajja-loan-calculator
      principal="20000"
      rate="1"
      term="12"
      method="flat"
      disbursed-on="2024-01-15"
      lang="th"
      digits=${digits}
    ></sajja-loan-calculator>
  `);
  await waitUntil(() => element.shadowRoot!.querySelector('table'), 'no schedule', LOADED);
  // Flat 1% a month on 20,000 over 12 months: 1,666.67 + 200 a month, 1,866.63 at the end.
  return { element, typed: [bahtText('1866.67')] };
}

async function loanErrors({ digits }: SceneOptions): Promise<Scene> {
  const element = await fixture<SajjaLoanCalculator>(html`
    <sajja-loan-calculator lang="th" digits=${digits}></sajja-loan-calculator>
  `);
  $<HTMLInputElement>(element, '#principal').value = 'abc';
  $<HTMLInputElement>(element, '#rate').value = '200';
  $<HTMLInputElement>(element, '#term').value = '0';
  element.calculate();
  await element.updateComplete;
  return { element, typed: [] };
}

async function loanScheduleError({ digits }: SceneOptions): Promise<Scene> {
  const element = await fixture<SajjaLoanCalculator>(html`
    <sajja-loan-calculator
      principal="10000"
      rate="1"
      term="600"
      disbursed-on="9999-01-01"
      lang="th"
      digits=${digits}
    ></sajja-loan-calculator>
  `);
  await waitUntil(() => $(element, '[role="alert"]').textContent!.trim(), 'no alert', LOADED);
  return { element, typed: [] };
}

/** "More options" open: fortnightly, two interest-only instalments, rounded to 10 baht. */
async function loanMoreOptions({ digits }: SceneOptions): Promise<Scene> {
  const element = await fixture<SajjaLoanCalculator>(html`
    <sajja-loan-calculator
      principal="20000"
      rate="12"
      per="year"
      term="26"
      repay-every="2-weeks"
      grace-on-principal="2"
      round-payment-to="10"
      round-payment-mode="nearest"
      disbursed-on="2024-01-15"
      lang="th"
      digits=${digits}
    ></sajja-loan-calculator>
  `);
  await waitUntil(() => element.shadowRoot!.querySelector('table'), 'no schedule', LOADED);
  $<HTMLElement>(element, 'summary').click();
  await element.updateComplete;
  const [first] = loanSchedule({
    principal: '20000',
    rate: { percent: '12', per: 'year' },
    installmentCount: 26,
    repayEvery: { count: 2, unit: 'week' },
    graceOnPrincipal: 2,
    roundPaymentTo: '10',
    roundPaymentMode: 'nearest',
    method: 'declining',
    disbursedOn: '2024-01-15',
  }).installments;
  return { element, typed: [bahtText(first!.payment)] };
}

/** "More options" open with the core's refusal: as many interest-only instalments as there are. */
async function loanConflictingOptions({ digits }: SceneOptions): Promise<Scene> {
  const element = await fixture<SajjaLoanCalculator>(html`
    <sajja-loan-calculator
      principal="20000"
      rate="1"
      term="12"
      grace-on-principal="12"
      disbursed-on="2024-01-15"
      lang="th"
      digits=${digits}
    ></sajja-loan-calculator>
  `);
  await waitUntil(() => $(element, '[role="alert"]').textContent!.trim(), 'no alert', LOADED);
  return { element, typed: [] };
}

async function promptPayCode({ digits }: SceneOptions): Promise<Scene> {
  const element = await fixture<HTMLElement>(html`
    <sajja-promptpay-qr
      id="0812345678"
      name=${GROUP}
      amount="200"
      lang="th"
      digits=${digits}
    ></sajja-promptpay-qr>
  `);
  await settled(element);
  return { element, typed: [GROUP] };
}

async function promptPayRefused({ digits }: SceneOptions): Promise<Scene> {
  const element = await fixture<HTMLElement>(html`
    <sajja-promptpay-qr id="12345" name=${GROUP} lang="th" digits=${digits}></sajja-promptpay-qr>
  `);
  await settled(element);
  return { element, typed: [GROUP] };
}

async function depositSeed() {
  const { name, store } = await newStore();
  const household = await store.households.add({ name: HOUSEHOLD });
  const group = await store.organisations.add({
    name: GROUP,
    kind: 'pledge-group',
    rules: { payment: { promptPay: { id: '0812345678', kind: 'mobile', name: GROUP } } },
  });
  const membership = await store.memberships.add({
    householdId: household.id,
    organisationId: group.id,
    joinedOn: '2020-01-01',
    pledgeAmount: '200',
    minDeposit: '20',
    maxDeposit: '5000',
  });
  return { name, householdId: household.id, membershipId: membership.id };
}

async function depositForm(
  digits: string,
  ids: { name: string; householdId: string; membershipId: string },
) {
  const element = await fixture<SajjaDepositForm>(html`
    <sajja-deposit-form
      store=${ids.name}
      household=${ids.householdId}
      membership=${ids.membershipId}
      lang="th"
      digits=${digits}
    ></sajja-deposit-form>
  `);
  await waitUntil(
    () => element.shadowRoot!.querySelector('.pledge'),
    'no membership loaded',
    LOADED,
  );
  return element;
}

/** PromptPay chosen, an amount typed (words and QR showing), a wrong date: an error each. */
async function depositRefused({ digits }: SceneOptions): Promise<Scene> {
  const element = await depositForm(digits, await depositSeed());
  $<HTMLInputElement>(element, 'input[name="method"][value="promptpay"]').click();
  await element.updateComplete;
  type(element, 'amount', '150');
  type(element, 'date', '31/02/2567');
  type(element, 'slip', 'ABC123');
  await element.save();
  await waitUntil(() => element.shadowRoot!.querySelector('sajja-promptpay-qr'), 'no QR', LOADED);
  await settled(element);
  return { element, typed: [GROUP, bahtText('150')] };
}

async function depositSaved({ digits }: SceneOptions): Promise<Scene> {
  const element = await depositForm(digits, await depositSeed());
  type(element, 'amount', '150');
  type(element, 'note', NOTE);
  await element.save();
  await settled(element);
  return { element, typed: [] };
}

async function depositUnknownMembership({ digits }: SceneOptions): Promise<Scene> {
  const { name, householdId } = await depositSeed();
  const element = await fixture<SajjaDepositForm>(html`
    <sajja-deposit-form
      store=${name}
      household=${householdId}
      membership="no-such-membership"
      lang="th"
      digits=${digits}
    ></sajja-deposit-form>
  `);
  type(element, 'amount', '150');
  await element.save();
  await settled(element);
  return { element, typed: [bahtText('150')] };
}

/**
 * A household in a pledge group (a flat loan paid out in February 2025 and two repayments, so
 * an instalment is due and one late), a village fund with shares and a welfare fund, on
 * 11 June 2025: every block of the full card shows.
 */
async function balanceSeed() {
  const { name, store } = await newStore();
  const household = await store.households.add({ name: HOUSEHOLD });
  const sajja = await store.organisations.add({
    name: GROUP,
    kind: 'pledge-group',
    rules: { pledge: { dueDay: 5, defaultAmount: '100', minAmount: '10', maxAmount: '500' } },
  });
  const fund = await store.organisations.add({ name: FUND, kind: 'village-fund' });
  const welfare = await store.organisations.add({
    name: 'กองทุนสวัสดิการตำบล',
    kind: 'welfare-fund',
    rules: { welfare: { waitingDays: 180, contribution: { perDay: '1' }, benefits: {} } },
  });
  const inSajja = await store.memberships.add({
    householdId: household.id,
    organisationId: sajja.id,
    joinedOn: '2025-01-03',
    pledgeAmount: '200',
  });
  const inFund = await store.memberships.add({
    householdId: household.id,
    organisationId: fund.id,
    joinedOn: '2024-05-01',
  });
  await store.memberships.add({
    householdId: household.id,
    organisationId: welfare.id,
    joinedOn: '2025-06-01',
  });
  await store.fundTransactions.add({
    membershipId: inFund.id,
    date: '2024-05-01',
    kind: 'share',
    amount: '100',
    method: 'promptpay',
    slipReference: 'SLIP2024',
  });
  for (const date of ['2025-01-05', '2025-02-05', '2025-03-10', '2025-05-05']) {
    await store.fundTransactions.add({
      membershipId: inSajja.id,
      date,
      kind: 'deposit',
      amount: '200',
      method: 'cash',
    });
  }
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
  for (const date of ['2025-03-10', '2025-04-10']) {
    await store.fundTransactions.add({
      membershipId: inSajja.id,
      date,
      kind: 'repayment',
      amount: '1120',
      loanId: loan.id,
    });
  }
  return { name, householdId: household.id };
}

async function balanceCard(variant: string, asOf: string, digits: string): Promise<Scene> {
  const { name, householdId } = await balanceSeed();
  const element = await fixture<HTMLElement>(html`
    <sajja-balance-card
      store=${name}
      household=${householdId}
      as-of=${asOf}
      variant=${variant}
      lang="th"
      digits=${digits}
    ></sajja-balance-card>
  `);
  await waitUntil(
    () => element.shadowRoot!.querySelector('section, [role="alert"]'),
    'the card did not load',
    LOADED,
  );
  await settled(element);
  return { element, typed: [HOUSEHOLD, GROUP, FUND, 'กองทุนสวัสดิการตำบล', 'SLIP2024'] };
}

const balanceFull = ({ digits }: SceneOptions) => balanceCard('full', '2025-06-11', digits);
const balanceCompact = ({ digits }: SceneOptions) => balanceCard('compact', '2025-06-11', digits);
const balanceBadDate = ({ digits }: SceneOptions) => balanceCard('full', '2025-02-30', digits);

async function ledgerSeed() {
  const { name, store } = await newStore();
  const household = await store.households.add({ name: HOUSEHOLD });
  const fund = await store.organisations.add({ name: FUND, kind: 'village-fund' });
  const membership = await store.memberships.add({
    householdId: household.id,
    organisationId: fund.id,
    joinedOn: '2024-01-01',
  });
  await store.fundTransactions.add({
    membershipId: membership.id,
    date: '2024-03-04',
    kind: 'deposit',
    amount: '300',
    method: 'promptpay',
    slipReference: 'SLIP2024',
  });
  await store.ledger.add(household.id, {
    date: '2024-02-01',
    kind: 'income',
    category: 'wages',
    amount: '9000',
  });
  await store.ledger.add(household.id, {
    date: '2024-03-01',
    kind: 'income',
    category: 'wages',
    amount: '9000',
  });
  const food = await store.ledger.add(household.id, {
    date: '2024-03-02',
    kind: 'expense',
    category: 'food',
    amount: '1250.50',
    note: NOTE,
  });
  await store.ledger.reverse(food.id);
  await store.ledger.add(household.id, {
    date: '2024-03-03',
    kind: 'expense',
    category: 'food',
    amount: '1200.50',
    note: NOTE,
  });
  return { name, householdId: household.id };
}

async function ledger(digits: string): Promise<SajjaHouseholdLedger> {
  const { name, householdId } = await ledgerSeed();
  const element = await fixture<SajjaHouseholdLedger>(html`
    <sajja-household-ledger
      store=${name}
      household=${householdId}
      month="2024-03"
      page-size="1"
      show-reversed
      lang="th"
      digits=${digits}
    ></sajja-household-ledger>
  `);
  await waitUntil(() => $(element, '.summary'), 'the month did not load', LOADED);
  return element;
}

function submitLedger(element: SajjaHouseholdLedger, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) {
    $<HTMLInputElement>(element, `#${id}`).value = value;
  }
  $<HTMLFormElement>(element, 'form').requestSubmit();
}

/** The list, the chart, group payments, a reversal waiting for confirmation, a form error. */
async function ledgerErrors({ digits }: SceneOptions): Promise<Scene> {
  const element = await ledger(digits);
  $<HTMLButtonElement>(element, 'button[data-reverse]').click();
  // The confirm step loads on the first "reverse".
  await waitUntil(() => element.shadowRoot!.querySelector('#confirm-text'), 'no confirm step');
  submitLedger(element, { category: 'food', amount: 'abc', date: '31/02/2567' });
  await settled(element);
  return { element, typed: [NOTE, FUND, 'SLIP2024'] };
}

/** An entry just saved: the status line says so. */
async function ledgerSaved({ digits }: SceneOptions): Promise<Scene> {
  const element = await ledger(digits);
  submitLedger(element, { category: 'food', amount: '80', date: '05/03/2567' });
  await waitUntil(
    () => $(element, '[role="status"]').textContent!.trim(),
    'nothing announced',
    LOADED,
  );
  await settled(element);
  return { element, typed: [NOTE, FUND, 'SLIP2024'] };
}

const FILE_NAME = 'บัญชี-มีนาคม.csv';

/** A CSV file refused for its problems: the list of problems and the chosen file's name. */
async function ledgerImportRefused({ digits }: SceneOptions): Promise<Scene> {
  const element = await ledger(digits);
  const input = $<HTMLInputElement>(element, 'input[type="file"]');
  const transfer = new DataTransfer();
  const csv = 'date,kind,category,amount\n2024-03-09,expense,food,abc\n2024-03-10,income,x,5\n';
  transfer.items.add(new File([csv], FILE_NAME, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => element.shadowRoot!.querySelector('.problems'), 'nothing refused', LOADED);
  await settled(element);
  return { element, typed: [NOTE, FUND, 'SLIP2024', FILE_NAME, '"x"'] };
}

const MEMBERS = ['บ้านแก้วมณี', 'บ้านขวัญใจ'];

/** A group of two for March 2025: a pledge, a loan in arrears, welfare, one row paid. */
/** A transfer slip's reference as a member typed it: 50 characters, no spaces. */
const MEETING_SLIP = 'KBANK2025031000012345678901234567890123456789ABCDE';

async function meetingSeed() {
  const { name, store } = await newStore();
  const group = await store.organisations.add({
    name: GROUP,
    kind: 'pledge-group',
    rules: {
      pledge: { dueDay: 10, defaultAmount: '100' },
      welfare: { waitingDays: 180, contribution: { perMonth: '30' }, benefits: {} },
      loans: {
        rate: { percent: '1', per: 'month' },
        method: 'flat',
        termMonths: 12,
        penalty: { kind: 'fixed-fee', fee: '20' },
      },
    },
  });
  const [first, second] = await Promise.all(
    MEMBERS.map(async (household, index) =>
      store.memberships.add({
        householdId: (await store.households.add({ name: household })).id,
        organisationId: group.id,
        joinedOn: '2025-01-01',
        memberNumber: String(index + 1),
        maxDeposit: '500',
      }),
    ),
  );
  await store.loans.add({
    membershipId: first!.id,
    terms: {
      principal: '1200',
      rate: { percent: '1', per: 'month' },
      termMonths: 12,
      method: 'flat',
      disbursedOn: '2025-01-15',
    },
  });
  await store.fundTransactions.add({
    membershipId: second!.id,
    date: '2025-03-10',
    kind: 'deposit',
    amount: '100',
    // Paid by PromptPay: the row lists the transfer with its slip, the longest a slip can be.
    method: 'promptpay',
    slipReference: MEETING_SLIP,
  });
  return { name, organisationId: group.id };
}

/**
 * The roster: a row refused (a wrong amount, one over the limit), a row saved (the status
 * line), and a reversal waiting for its confirm.
 */
async function meetingRows({ digits }: SceneOptions): Promise<Scene> {
  const { name, organisationId } = await meetingSeed();
  const element = await fixture<HTMLElement>(html`
    <sajja-meeting
      store=${name}
      organisation=${organisationId}
      month="2025-03"
      date="2025-03-10"
      lang="th"
      digits=${digits}
    ></sajja-meeting>
  `);
  await waitUntil(() => element.shadowRoot!.querySelector('[part="amount"]'), 'no roster', LOADED);
  const fields = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="amount"]')];
  const saves = [
    ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="save-button"]'),
  ];
  const type = (field: HTMLInputElement, value: string) => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  // The second member's row: saved as prefilled.
  saves[1]!.click();
  await waitUntil(
    () => $(element, '[part="status"]').textContent!.trim() !== '',
    'nothing announced',
    LOADED,
  );
  await waitUntil(() => !saves[1]!.disabled, 'the save never finished', LOADED);
  // The first member's: a pledge over the limit and a repayment that is no amount.
  type(fields[0]!, '600');
  type(fields[1]!, 'abc');
  saves[0]!.click();
  await waitUntil(() => fields[1]!.getAttribute('aria-invalid') === 'true', 'not refused', LOADED);
  $<HTMLButtonElement>(element, '[part="correct-button"]').click();
  await waitUntil(() => element.shadowRoot!.querySelector('[part="reversal"]'), 'no confirm step');
  await settled(element);
  if (!element.shadowRoot!.querySelector('[part="transfers"]')) throw new Error('no transfer');
  return { element, typed: [...MEMBERS, GROUP, '600', 'abc', MEETING_SLIP] };
}

/** A meeting of a group the store does not hold: the store's sentence. */
async function meetingUnknownGroup({ digits }: SceneOptions): Promise<Scene> {
  const { name } = await newStore();
  const element = await fixture<HTMLElement>(html`
    <sajja-meeting
      store=${name}
      organisation="no-such-group"
      month="2025-03"
      lang="th"
      digits=${digits}
    ></sajja-meeting>
  `);
  await waitUntil(
    () => $(element, '[part="alert"]').textContent!.trim() !== '',
    'no message',
    LOADED,
  );
  await settled(element);
  return { element, typed: [] };
}

/** The small group's households: data, shown as typed (member numbers follow `digits`). */
const GROUP_MEMBERS = ['บ้านแก้ว', 'บ้านขวัญ', 'บ้านคำ', 'บ้านดวง', 'บ้านเอก'];

async function meetingReport(digits: string, month: string, tamper: boolean): Promise<Scene> {
  const { name, store } = await newStore();
  const { group, marchDeposit } = await smallGroup(store);
  if (tamper) {
    await editBehindTheStoresBack(name, 'fundTransactions', marchDeposit.id, (record) => ({
      ...record,
      amount: '2000.00',
    }));
  }
  const element = await fixture<HTMLElement>(html`
    <sajja-meeting-report
      store=${name}
      organisation=${group.id}
      month=${month}
      lang="th"
      digits=${digits}
    ></sajja-meeting-report>
  `);
  await waitUntil(() => $(element, '[part="audit"], [part="error"]'), 'no report', LOADED);
  await settled(element);
  return { element, typed: [GROUP_NAME, marchDeposit.id] };
}

const reportVerified = ({ digits }: SceneOptions) => meetingReport(digits, '2025-03', false);
const reportTampered = ({ digits }: SceneOptions) => meetingReport(digits, '2025-03', true);
const reportTooEarly = ({ digits }: SceneOptions) => meetingReport(digits, '2024-12', false);

async function shareOut(digits: string, year: string): Promise<Scene> {
  const { name, store } = await newStore();
  const { group, a } = await smallGroup(store, { profit: PROFIT });
  // A's March repayment reversed in January 2026: 2026 is a loss of 12.00.
  const [repayment] = await store.fundTransactions.list({
    membershipId: a.id,
    from: '2025-03-15',
    to: '2025-03-15',
  });
  await store.fundTransactions.reverse(repayment!.id, { date: '2026-01-10' });
  const element = await fixture<HTMLElement>(html`
    <sajja-share-out
      store=${name}
      organisation=${group.id}
      year=${year}
      lang="th"
      digits=${digits}
    ></sajja-share-out>
  `);
  await waitUntil(() => $(element, '[part="members"], [part="error"]'), 'nothing', LOADED);
  await settled(element);
  return { element, typed: [GROUP_NAME, ...GROUP_MEMBERS] };
}

const shareOutYear = ({ digits }: SceneOptions) => shareOut(digits, '2025');
const shareOutLoss = ({ digits }: SceneOptions) => shareOut(digits, '2026');

/**
 * A store with writes waiting and a sync that could not reach its server (nothing listens on the
 * port): the last outcome, the count and the problem, from a page with the controller.
 */
async function syncOffline({ digits }: SceneOptions): Promise<Scene> {
  const { name, store } = await newStore();
  for (let n = 0; n < 12; n++) await store.households.add({ name: `${HOUSEHOLD} ${n}` });
  const controller = store.sync({ url: 'http://127.0.0.1:9', token: 'a.b.c' }, { timeout: 5_000 });
  await controller.syncNow();
  const element = await fixture<HTMLElement & { controller?: unknown }>(
    html`<sajja-sync-status store=${name} lang="th" digits=${digits}></sajja-sync-status>`,
  );
  element.controller = controller;
  await waitUntil(
    () => element.shadowRoot!.querySelector('[part="problem"]'),
    'no sync problem shown',
    LOADED,
  );
  return { element, typed: [] };
}

/** Every scene, by the widget and what it shows. */
export const SCENES: Readonly<Record<string, (options: SceneOptions) => Promise<Scene>>> = {
  'baht text: words': bahtWords,
  'baht text: an amount it refuses': bahtError,
  'loan calculator: a schedule': loanResult,
  'loan calculator: wrong fields': loanErrors,
  'loan calculator: due dates past 9999': loanScheduleError,
  'loan calculator: more options open': loanMoreOptions,
  'loan calculator: more options the core refuses': loanConflictingOptions,
  'PromptPay QR: a code': promptPayCode,
  'PromptPay QR: an id it refuses': promptPayRefused,
  'deposit form: PromptPay, a wrong date': depositRefused,
  'deposit form: a deposit saved': depositSaved,
  'deposit form: an unknown membership': depositUnknownMembership,
  'balance card: full': balanceFull,
  'balance card: compact': balanceCompact,
  'balance card: a wrong as-of date': balanceBadDate,
  'household ledger: a month, a reversal to confirm, form errors': ledgerErrors,
  'household ledger: an entry saved': ledgerSaved,
  'household ledger: a CSV file refused': ledgerImportRefused,
  'meeting: a row refused, a row saved, a reversal to confirm': meetingRows,
  'meeting: an unknown group': meetingUnknownGroup,
  'meeting report: a month whose books verify': reportVerified,
  'meeting report: a record edited behind the store’s back': reportTampered,
  'meeting report: a month before the group': reportTooEarly,
  'share-out: a year shared out': shareOutYear,
  'share-out: a year of loss': shareOutLoss,
  'sync status: offline with changes waiting': syncOffline,
};
