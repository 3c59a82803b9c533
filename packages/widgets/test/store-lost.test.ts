import { errorMessage, SajjaError } from '@sajja/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openStore } from '@sajja/store';
import '../src/balance-card/balance-card.js';
import '../src/deposit-form/deposit-form.js';
import '../src/household-ledger/household-ledger.js';

const alertText = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('[role="alert"]')]
    .map((node) => node.textContent!.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .join(' | ');

describe('every store widget when another tab deletes the database', () => {
  it('says the connection is lost, the same way, instead of showing figures no longer stored', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const store = await openStore({ name });
    const household = await store.households.add({ name: 'บ้านนายสมชาย' });
    const group = await store.organisations.add({ name: 'กลุ่มสัจจะ', kind: 'pledge-group' });
    const membership = await store.memberships.add({
      householdId: household.id,
      organisationId: group.id,
      joinedOn: '2020-01-01',
      pledgeAmount: '200',
    });
    await store.fundTransactions.add({
      membershipId: membership.id,
      date: '2024-03-05',
      kind: 'deposit',
      amount: '200',
    });
    const page = await fixture<HTMLDivElement>(
      html`<div lang="th">
        <sajja-balance-card store=${name} household=${household.id}></sajja-balance-card>
        <sajja-household-ledger store=${name} household=${household.id}></sajja-household-ledger>
        <sajja-deposit-form
          store=${name}
          household=${household.id}
          membership=${membership.id}
        ></sajja-deposit-form>
      </div>`,
    );
    const [card, ledger, form] = [...page.children];
    await waitUntil(
      () =>
        card!.shadowRoot!.querySelector('[part="total"]') &&
        ledger!.shadowRoot!.querySelector('.summary') &&
        form!.shadowRoot!.querySelector('[part="pledge-button"]'),
      'the widgets did not load',
    );
    // What another tab does; Dexie closes this page's connections so that it can go ahead.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    const lost = errorMessage(
      new SajjaError('STORAGE_UNAVAILABLE', 'connection-lost', 'closed'),
      'th',
    );
    for (const widget of [card!, ledger!, form!]) {
      await waitUntil(
        () => alertText(widget).includes(lost),
        `${widget.localName} did not say the connection is lost`,
      );
    }
    // The card's figures are gone, not left standing.
    expect(card!.shadowRoot!.querySelector('[part="total"]')).to.equal(null);
    store.close();
  });
});
