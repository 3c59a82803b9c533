import type { LedgerRecord } from '@sajja/store';
import { html } from 'lit';
import { connectStore } from '../shared/store-connection.js';
import type { LedgerHost } from './ledger-host.js';

/**
 * Corrections by reversal in the household ledger: the "reverse" button of an entry asks to
 * confirm in a row under it (Escape or "cancel" goes back to the button), and confirming
 * appends the store's reversing entry, announces it and fires `sajja-ledger-change`. History is
 * never rewritten.
 */
export class LedgerCorrections {
  /** The id of the entry waiting for confirmation. */
  confirming?: string;
  /** Why the last reversal failed. */
  failure?: unknown;
  private reversing = false;

  constructor(private readonly host: LedgerHost) {}

  /** Closes a confirmation and forgets a failure (another month, household or store). */
  reset(): void {
    this.confirming = undefined;
    this.failure = undefined;
  }

  /** Opens the confirmation of `entry`'s reversal and focuses its button. */
  ask(entry: LedgerRecord): void {
    this.confirming = entry.id;
    this.failure = undefined;
    this.host.requestUpdate();
    this.host.focusLater('#confirm-reverse');
  }

  private readonly cancel = (): void => {
    const id = this.confirming;
    this.confirming = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const buttons =
        this.host.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-reverse]');
      [...buttons].find((button) => button.dataset.reverse === id)?.focus();
    });
  };

  private async reverse(entry: LedgerRecord): Promise<void> {
    if (this.reversing) return;
    const host = this.host;
    this.reversing = true;
    this.failure = undefined;
    host.requestUpdate();
    try {
      const store = await connectStore(host.store);
      const reversal = await store.ledger.reverse(entry.id);
      this.confirming = undefined;
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
      this.failure = error;
    } finally {
      this.reversing = false;
      host.requestUpdate();
    }
  }

  /** The row under `entry` that asks to confirm its reversal. */
  renderConfirm(entry: LedgerRecord, values: Readonly<Record<string, string>>) {
    const t = (key: 'confirmReverse' | 'confirm' | 'cancel') => this.host.localize.t(key, values);
    return html`<tr class="confirm">
      <td colspan="6">
        <div
          role="group"
          aria-labelledby="confirm-text"
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Escape') this.cancel();
          }}
        >
          <p id="confirm-text">${t('confirmReverse')}</p>
          <div class="confirm-actions">
            <button
              id="confirm-reverse"
              type="button"
              ?disabled=${this.reversing}
              @click=${() => this.reverse(entry)}
            >
              ${t('confirm')}
            </button>
            <button class="secondary" type="button" @click=${this.cancel}>${t('cancel')}</button>
          </div>
        </div>
      </td>
    </tr>`;
  }
}
