// A deposit is household saving: a deposit recorded in <sajja-deposit-form> shows in
// <sajja-household-ledger> as a savings entry, through the store only, and leaves it when the
// deposit is reversed; with ledger="off" it does not.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openStore, type SajjaStore } from '@sajja/store';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import type { SajjaDepositDetail, SajjaDepositForm, SajjaHouseholdLedger } from '../src/index.js';
import { submit, type } from './deposit-form-helpers.js';

const GROUP = 'กลุ่มออมทรัพย์บ้านหนองบัว';

const shadow = (element: Element) => element.shadowRoot!;
const clean = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The ledger's summary figure of this class (`savings`, `savings-rate`, …). */
const figure = (ledger: Element, name: string) =>
  clean(shadow(ledger).querySelector(`.summary > .${name} dd`));

/** The entry rows, newest first. */
const rows = (ledger: Element) =>
  [...shadow(ledger).querySelectorAll('tbody tr:not(.confirm)')] as HTMLTableRowElement[];

const stores: SajjaStore[] = [];

/** A household with wages of 10,000 in March 2024 and a membership of a savings group. */
async function seed() {
  const name = `t-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  stores.push(store);
  const household = await store.households.add({ name: 'บ้านทดสอบ' });
  const group = await store.organisations.add({ name: GROUP, kind: 'savings-group' });
  const membership = await store.memberships.add({
    householdId: household.id,
    organisationId: group.id,
    joinedOn: '2024-01-01',
  });
  await store.ledger.add(household.id, {
    date: '2024-03-01',
    kind: 'income',
    category: 'wages',
    amount: '10000',
  });
  return { name, store, householdId: household.id, membershipId: membership.id };
}

async function page(
  setup: Awaited<ReturnType<typeof seed>>,
  ledger: 'on' | 'off' | undefined,
  showReversed = false,
) {
  const box = await fixture<HTMLDivElement>(
    html`<div>
      <sajja-deposit-form
        store=${setup.name}
        household=${setup.householdId}
        membership=${setup.membershipId}
        ledger=${ifDefined(ledger)}
        lang="th"
      ></sajja-deposit-form>
      <sajja-household-ledger
        store=${setup.name}
        household=${setup.householdId}
        month="2024-03"
        lang="th"
        ?show-reversed=${showReversed}
      ></sajja-household-ledger>
    </div>`,
  );
  const form = box.querySelector<SajjaDepositForm>('sajja-deposit-form')!;
  const ledgerElement = box.querySelector<SajjaHouseholdLedger>('sajja-household-ledger')!;
  await waitUntil(() => figure(ledgerElement, 'savings-rate') !== '', 'the ledger did not load');
  return { form, ledger: ledgerElement };
}

async function deposit(form: SajjaDepositForm, amount: string): Promise<SajjaDepositDetail> {
  const events: SajjaDepositDetail[] = [];
  form.addEventListener('sajja-deposit', (event) => events.push(event.detail), { once: true });
  type(form, 'amount', amount);
  type(form, 'date', '05/03/2567');
  await form.updateComplete;
  await submit(form);
  expect(events, 'the deposit was not recorded').to.have.length(1);
  return events[0]!;
}

describe('<sajja-deposit-form> and <sajja-household-ledger>: a deposit is household saving', () => {
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });

  it('shows a deposit in the ledger as saving, marked, with no reversal of its own', async () => {
    const setup = await seed();
    const { form, ledger } = await page(setup, undefined);
    expect(figure(ledger, 'savings')).to.equal('0.00 บาท');
    expect(figure(ledger, 'savings-rate')).to.equal('0.00%');

    const detail = await deposit(form, '1,500');
    await waitUntil(() => rows(ledger).length === 2, 'the deposit did not show in the ledger');
    expect(detail.ledgerEntryId).to.be.a('string');
    const [row] = rows(ledger);
    expect(row!.dataset.id).to.equal(detail.ledgerEntryId);
    expect(clean(row!.querySelector('.item'))).to.equal(
      `ฝากเงินออม จากการฝากเงินกับ${GROUP} กลับรายการได้ที่การฝากเงินนั้น`,
    );
    expect(clean(row!.querySelector('.expense'))).to.equal('1,500.00');
    expect(row!.querySelector('[part="deposit-mark"]')).to.not.equal(null);
    // Its reversal goes through the deposit: no button here; the wages keep theirs.
    expect(row!.querySelector('button[data-reverse]')).to.equal(null);
    expect(rows(ledger)[1]!.querySelector('button[data-reverse]')).to.not.equal(null);
    await waitUntil(() => figure(ledger, 'savings') === '1,500.00 บาท', 'savings');
    expect(figure(ledger, 'savings-rate')).to.equal('15.00%');
    // The deposit is an entry now, so the payments list does not show it a second time.
    expect(shadow(ledger).querySelector('[part="group-payments"]')).to.equal(null);
    await expect(ledger).to.be.accessible();
  });

  it('reversing the deposit reverses the ledger entry with it', async () => {
    const setup = await seed();
    const { form, ledger } = await page(setup, 'on', true);
    const detail = await deposit(form, '1500');
    await waitUntil(() => figure(ledger, 'savings') === '1,500.00 บาท', 'savings');

    const reversal = await setup.store.fundTransactions.reverse(detail.transactionId, {
      date: '2024-03-20',
    });
    await waitUntil(() => figure(ledger, 'savings') === '0.00 บาท', 'the saving was not reversed');
    expect(figure(ledger, 'savings-rate')).to.equal('0.00%');
    const byId = new Map(rows(ledger).map((row) => [row.dataset.id, row]));
    const original = byId.get(detail.ledgerEntryId)!;
    const correction = byId.get(reversal.ledgerEntryId)!;
    expect(original.className).to.equal('reversed');
    expect(correction.className).to.equal('correction');
    for (const row of [original, correction]) {
      expect(clean(row.querySelector('[part="deposit-mark"]'))).to.include(GROUP);
      expect(row.querySelector('button[data-reverse]')).to.equal(null);
    }
    // Both books agree: nothing of the deposit counts in either.
    expect(
      await setup.store.fundTransactions.list({ householdId: setup.householdId }),
    ).to.deep.equal([]);
    expect(
      (await setup.store.ledger.list({ householdId: setup.householdId })).map((e) => e.category),
    ).to.deep.equal(['wages']);
  });

  it('writes no ledger entry with ledger="off"; the deposit stays among the group payments', async () => {
    const setup = await seed();
    const { form, ledger } = await page(setup, 'off');
    const detail = await deposit(form, '1500');
    expect(detail.ledgerEntryId).to.equal(undefined);
    await waitUntil(
      () => shadow(ledger).querySelector('[part="group-payments"] li'),
      'the deposit did not show among the group payments',
    );
    expect(rows(ledger)).to.have.length(1);
    expect(figure(ledger, 'savings')).to.equal('0.00 บาท');
    expect(await setup.store.ledger.count({ householdId: setup.householdId })).to.equal(1);
    const [stored] = await setup.store.fundTransactions.list({ householdId: setup.householdId });
    expect(stored).to.include({ id: detail.transactionId, amount: '1500.00' });
    expect(stored!.ledgerEntryId).to.equal(undefined);
  });
});
