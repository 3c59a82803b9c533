import type { LedgerRecord } from '@sajja/store';
import { html } from 'lit';
import { connectStore } from '../shared/store-connection.js';
import type { LedgerCorrections } from './ledger-corrections.js';
import type { LedgerHost } from './ledger-host.js';

/**
 * The confirm step of a reversal in the household ledger, and the reversal itself: loaded by
 * `import()` the first time someone asks to reverse an entry (most visits never do), so a page
 * showing the ledger does not download it.
 */

/** Closes the confirmation and gives the focus back to the entry's "reverse" button. */
function cancel(corrections: LedgerCorrections, host: LedgerHost): void {
  const id = corrections.confirming;
  corrections.confirming = undefined;
  host.requestUpdate();
  void host.updateComplete.then(() => {
    const buttons = host.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-reverse]');
    [...buttons].find((button) => button.dataset.reverse === id)?.focus();
  });
}

/** Appends the store's reversing entry of `entry`, announces it and fires the change event. */
async function reverse(
  corrections: LedgerCorrections,
  host: LedgerHost,
  entry: LedgerRecord,
): Promise<void> {
  if (corrections.reversing) return;
  corrections.reversing = true;
  corrections.failure = undefined;
  host.requestUpdate();
  try {
    const store = await connectStore(host.store);
    const reversal = await store.ledger.reverse(entry.id);
    corrections.confirming = undefined;
    const amount = host.localize.money(entry.amount);
    host.announce(() =>
      host.localize.t('reversed', { category: host.categoryLabel(entry.category), amount }),
    );
    host.fire({
      action: 'reverse',
      householdId: entry.householdId,
      entryId: entry.id,
      reversalId: reversal.id,
      date: reversal.date,
      kind: entry.kind,
      category: entry.category,
      amount: entry.amount,
    });
    host.focusLater('#month-heading');
  } catch (error) {
    corrections.failure = error;
  } finally {
    corrections.reversing = false;
    host.requestUpdate();
  }
}

/** The row under `entry` that asks to confirm its reversal. */
export function renderReversalConfirm(
  corrections: LedgerCorrections,
  host: LedgerHost,
  entry: LedgerRecord,
  values: Readonly<Record<string, string>>,
) {
  const t = (key: 'confirmReverse' | 'confirm' | 'cancel') => host.localize.t(key, values);
  return html`<tr class="confirm">
    <td colspan="6">
      <div
        role="group"
        aria-labelledby="confirm-text"
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Escape') cancel(corrections, host);
        }}
      >
        <p id="confirm-text">${t('confirmReverse')}</p>
        <div class="confirm-actions">
          <button
            id="confirm-reverse"
            type="button"
            ?disabled=${corrections.reversing}
            @click=${() => reverse(corrections, host, entry)}
          >
            ${t('confirm')}
          </button>
          <button class="secondary" type="button" @click=${() => cancel(corrections, host)}>
            ${t('cancel')}
          </button>
        </div>
      </div>
    </td>
  </tr>`;
}
