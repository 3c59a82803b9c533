// The widgets together, through the store only: a deposit recorded in <sajja-deposit-form>
// changes <sajja-balance-card> on the same page, with no code between them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openStore } from '@sajja/store';
import '../src/index.js';
import type { SajjaBalanceCard, SajjaDepositForm } from '../src/index.js';

const totalSavings = (card: SajjaBalanceCard) =>
  card.shadowRoot!.querySelector('[part="total"] dd')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<sajja-deposit-form> and <sajja-balance-card> on one page', () => {
  it('a deposit in the form changes the balance card through the store', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const store = await openStore({ name });
    const household = await store.households.add({ name: 'บ้านทดสอบ' });
    const fund = await store.organisations.add({ name: 'กลุ่มออมทรัพย์', kind: 'savings-group' });
    const membership = await store.memberships.add({
      householdId: household.id,
      organisationId: fund.id,
      joinedOn: '2024-01-01',
    });
    await store.fundTransactions.add({
      membershipId: membership.id,
      date: '2024-02-01',
      kind: 'deposit',
      amount: '1000',
    });
    const page = await fixture<HTMLElement>(html`
      <div>
        <sajja-balance-card household=${household.id} store=${name}></sajja-balance-card>
        <sajja-deposit-form
          household=${household.id}
          membership=${membership.id}
          store=${name}
        ></sajja-deposit-form>
      </div>
    `);
    const card = page.querySelector('sajja-balance-card')!;
    const form = page.querySelector('sajja-deposit-form') as SajjaDepositForm;
    await waitUntil(() => totalSavings(card) === '1,000.00 บาท', 'the card shows 1,000.00', {
      timeout: 5000,
    });

    const amount = form.shadowRoot!.querySelector<HTMLInputElement>('#amount')!;
    amount.value = '250.50';
    amount.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('#save')!.click();

    await waitUntil(() => totalSavings(card) === '1,250.50 บาท', 'the card shows 1,250.50', {
      timeout: 5000,
    });
    const stored = await store.fundTransactions.list({ membershipId: membership.id });
    expect(stored.map((record) => record.amount).sort()).to.deep.equal(['1000.00', '250.50']);
    await expect(card).to.be.accessible();
    store.close();
  });
});
