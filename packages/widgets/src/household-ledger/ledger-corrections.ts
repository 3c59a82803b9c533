import type { LedgerRecord } from '@sajja/store';
import { nothing } from 'lit';
import type { LedgerHost } from './ledger-host.js';

type ConfirmModule = typeof import('./ledger-reversal-confirm.js');

/**
 * Corrections by reversal in the household ledger: the "reverse" button of an entry asks to
 * confirm in a row under it (Escape or "cancel" goes back to the button), and confirming
 * appends the store's reversing entry, announces it and fires `sajja-ledger-change`. History is
 * never rewritten. The confirm row and the reversal (ledger-reversal-confirm.ts) load by
 * `import()` on the first "reverse".
 */
export class LedgerCorrections {
  /** The id of the entry waiting for confirmation. */
  confirming?: string;
  /** Why the last reversal (or loading its step) failed. */
  failure?: unknown;
  /** Whether a reversal is being written. */
  reversing = false;
  private confirmStep?: ConfirmModule;

  constructor(private readonly host: LedgerHost) {}

  /** Closes a confirmation and forgets a failure (another month, household or store). */
  reset(): void {
    this.confirming = undefined;
    this.failure = undefined;
  }

  /** Opens the confirmation of `entry`'s reversal and focuses its button. */
  async ask(entry: LedgerRecord): Promise<void> {
    this.failure = undefined;
    try {
      this.confirmStep ??= await import('./ledger-reversal-confirm.js');
    } catch (error) {
      this.failure = error;
      this.host.requestUpdate();
      return;
    }
    this.confirming = entry.id;
    this.host.requestUpdate();
    this.host.focusLater('#confirm-reverse');
  }

  /** The row under `entry` that asks to confirm its reversal (nothing before its step loads). */
  renderConfirm(entry: LedgerRecord, values: Readonly<Record<string, string>>) {
    return this.confirmStep
      ? this.confirmStep.renderReversalConfirm(this, this.host, entry, values)
      : nothing;
  }
}
