import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openStore, type SajjaStore } from '@sajja/store';
import type { LitElement } from 'lit';
import '../src/balance-card/balance-card.js';
import '../src/household-ledger/household-ledger.js';
import { balanceCardStrings } from '../src/balance-card/balance-card.strings.js';
import { householdLedgerStrings } from '../src/household-ledger/household-ledger.strings.js';
import { displayMonth } from '../src/shared/display.js';
import { renderHeading } from '../src/shared/heading.js';
import { render } from 'lit';

// The sentences come from the widgets' tables: this file tests levels, not wording.
const card = balanceCardStrings.th;
const book = householdLedgerStrings.th;
const march = displayMonth('2024-03', 'th', 'arabic');

/** The headings a widget shows, in order, as `h2 Text`. */
function outline(element: Element): string[] {
  return [...element.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (heading) => `${heading.localName} ${heading.textContent!.replace(/\s+/g, ' ').trim()}`,
  );
}

const levels = (element: Element) => outline(element).map((line) => line.slice(0, 2));

const stores: SajjaStore[] = [];

/** `attributes`, in Thai unless they say otherwise. */
const withLang = (attributes: string) =>
  attributes.includes('lang=') ? attributes : `${attributes} lang="th"`;

/**
 * A household in a savings group with a deposit in March 2024 (a recent payment on the card,
 * a group payment in the ledger's month) and an expense in its ledger that month.
 */
async function seed() {
  const name = `t-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  stores.push(store);
  const household = await store.households.add({ name: 'บ้านทดสอบ' });
  const group = await store.organisations.add({ name: 'กลุ่มออมทรัพย์', kind: 'savings-group' });
  const membership = await store.memberships.add({
    householdId: household.id,
    organisationId: group.id,
    joinedOn: '2024-01-01',
  });
  await store.fundTransactions.add({
    membershipId: membership.id,
    date: '2024-03-05',
    kind: 'deposit',
    amount: '100',
  });
  await store.ledger.add(household.id, {
    date: '2024-03-02',
    kind: 'expense',
    category: 'food',
    amount: '50',
  });
  return { name, householdId: household.id };
}

async function balanceCard(attributes: string) {
  const { name, householdId } = await seed();
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<sajja-balance-card store="${name}" household="${householdId}"
    as-of="2024-03-31" ${withLang(attributes)}></sajja-balance-card>`;
  const element = container.firstElementChild as LitElement;
  await waitUntil(() => element.shadowRoot?.querySelector('section'), 'the card did not load', {
    timeout: 5000,
  });
  return element;
}

async function ledger(attributes: string) {
  const { name, householdId } = await seed();
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<sajja-household-ledger store="${name}" household="${householdId}"
    month="2024-03" ${withLang(attributes)}></sajja-household-ledger>`;
  const element = container.firstElementChild as LitElement;
  await waitUntil(
    () => element.shadowRoot?.querySelector('.group-payments'),
    'the month did not load',
    { timeout: 5000 },
  );
  return element;
}

describe('heading-level and no-heading', () => {
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });

  describe('renderHeading', () => {
    const tagOf = (level: number) => {
      const host = document.createElement('div');
      render(renderHeading(level, 'x', { id: 'a', focusable: true }), host);
      const heading = host.firstElementChild!;
      return `${heading.localName} id=${heading.id} tabindex=${heading.getAttribute('tabindex')}`;
    };

    it('renders <h2> to <h6>, and past 6 <h6>', () => {
      expect([2, 3, 4, 5, 6, 7, 9].map(tagOf)).to.deep.equal([
        'h2 id=a tabindex=-1',
        'h3 id=a tabindex=-1',
        'h4 id=a tabindex=-1',
        'h5 id=a tabindex=-1',
        'h6 id=a tabindex=-1',
        'h6 id=a tabindex=-1',
        'h6 id=a tabindex=-1',
      ]);
    });
  });

  describe('<sajja-balance-card>', () => {
    it('heads itself with an <h2> by default, its sections with <h3> and recent payments <h4>', async () => {
      const element = await balanceCard('');
      expect(outline(element)).to.deep.equal([
        `h2 ${card.title} บ้านทดสอบ`,
        `h3 ${card.total}`,
        `h3 กลุ่มออมทรัพย์ ${card['kind-savings-group']}`,
        `h4 ${card.recent}`,
      ]);
    });

    it('moves every heading down with heading-level, and looks the same', async () => {
      const element = await balanceCard('heading-level="4"');
      expect(levels(element)).to.deep.equal(['h4', 'h5', 'h5', 'h6']);
      const size = (selector: string) =>
        getComputedStyle(element.shadowRoot!.querySelector(selector)!).fontSize;
      const plain = await balanceCard('');
      expect(size('.title')).to.equal(
        getComputedStyle(plain.shadowRoot!.querySelector('.title')!).fontSize,
      );
      expect(size('.recent-title')).to.equal(
        getComputedStyle(plain.shadowRoot!.querySelector('.recent-title')!).fontSize,
      );
    });

    it('keeps <h6> for what would be deeper than 6', async () => {
      const element = await balanceCard('heading-level="6"');
      expect(levels(element)).to.deep.equal(['h6', 'h6', 'h6', 'h6']);
    });

    for (const invalid of ['1', '7', '2.5', 'three', '']) {
      it(`takes heading-level="${invalid}" as the default, 2`, async () => {
        const element = await balanceCard(`heading-level="${invalid}"`);
        expect(levels(element)).to.deep.equal(['h2', 'h3', 'h3', 'h4']);
      });
    }

    it('follows a heading-level set later', async () => {
      const element = await balanceCard('');
      element.setAttribute('heading-level', '3');
      await element.updateComplete;
      expect(levels(element)).to.deep.equal(['h3', 'h4', 'h4', 'h5']);
    });

    it('with no-heading, leaves its heading out but stays a region named by it', async () => {
      const element = await balanceCard('no-heading');
      expect(outline(element)).to.deep.equal([
        `h3 ${card.total}`,
        `h3 กลุ่มออมทรัพย์ ${card['kind-savings-group']}`,
        `h4 ${card.recent}`,
      ]);
      const region = element.shadowRoot!.querySelector('[role="region"]')!;
      expect(region.getAttribute('aria-label')).to.equal(`${card.title}: บ้านทดสอบ`);
      expect(region.querySelector('[part="total"]')).to.exist;
    });

    it('with no-heading and heading-level, puts its sections one below that level', async () => {
      const element = await balanceCard('no-heading heading-level="3"');
      expect(levels(element)).to.deep.equal(['h4', 'h4', 'h5']);
      element.removeAttribute('no-heading');
      await element.updateComplete;
      expect(levels(element)).to.deep.equal(['h3', 'h4', 'h4', 'h5']);
      expect(element.shadowRoot!.querySelector('[role="region"]')).to.equal(null);
    });
  });

  describe('<sajja-household-ledger>', () => {
    it('heads itself with an <h2> by default, the month and files with <h3>, within the month <h4>', async () => {
      const element = await ledger('');
      expect(outline(element)).to.deep.equal([
        `h2 ${book.title}`,
        `h3 ${march}`,
        `h4 ${book.monthSummary.replace('{month}', march)}`,
        `h4 ${book.groupPayments}`,
        `h3 ${book.files}`,
      ]);
    });

    it('moves every heading down with heading-level, keeping the month focusable and announced', async () => {
      const element = await ledger('heading-level="3"');
      expect(levels(element)).to.deep.equal(['h3', 'h4', 'h5', 'h5', 'h4']);
      const month = element.shadowRoot!.querySelector('#month-heading')!;
      expect(month.localName).to.equal('h4');
      expect(month.getAttribute('tabindex')).to.equal('-1');
      expect(month.getAttribute('aria-live')).to.equal('polite');
    });

    for (const invalid of ['0', '10', 'x']) {
      it(`takes heading-level="${invalid}" as the default, 2`, async () => {
        const element = await ledger(`heading-level="${invalid}"`);
        expect(levels(element)).to.deep.equal(['h2', 'h3', 'h4', 'h4', 'h3']);
      });
    }

    it('with no-heading, leaves its heading out but stays a region named by it', async () => {
      const element = await ledger('no-heading');
      expect(levels(element)).to.deep.equal(['h3', 'h4', 'h4', 'h3']);
      const region = [...element.shadowRoot!.children].find(
        (child) => child.getAttribute('role') === 'region',
      )!;
      expect(region.getAttribute('aria-label')).to.equal(book.title);
      expect(region.querySelector('form')).to.exist;
    });

    it('names its region in English with lang="en"', async () => {
      const element = await ledger('no-heading lang="en"');
      expect(
        element.shadowRoot!.querySelector('[role="region"]')!.getAttribute('aria-label'),
      ).to.equal(householdLedgerStrings.en.title);
    });
  });
});
