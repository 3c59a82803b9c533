import { html, nothing } from 'lit';
import type { ImportProblem } from '@sajja/store';
import { renderHeading } from '../shared/heading.js';
import { ledgerMessage, type LedgerHost, type LedgerSentence } from './ledger-host.js';

/** A CSV import refused because of problems, kept so the good rows can be imported after all. */
export interface RefusedImport {
  readonly fileName: string;
  readonly text: string;
  readonly problems: readonly ImportProblem[];
  /** A problem with the whole file (its header or quoting): no row can be read. */
  readonly unreadable: boolean;
}

type Transfer = typeof import('./ledger-csv-transfer.js');

/**
 * The household ledger's CSV files: export of the whole ledger as a download, and import with
 * the store's line-by-line validation. A file with problems is refused whole and its problems
 * listed, with a choice to import only the good rows. The buttons are here; the work behind
 * them (ledger-csv-transfer.ts) loads on first use.
 */
export class LedgerCsvFiles {
  /** Whether an export or import is under way. */
  busy = false;
  /** Why the last export or import failed. */
  failure?: unknown;
  /** The file last refused, while it is shown. */
  refused?: RefusedImport;
  /** The name of the file last chosen, shown beside the button that chooses one. */
  chosen = '';
  private transfer?: Transfer;

  constructor(readonly host: LedgerHost) {}

  /** Forgets a refused file and a failure (another household or store). */
  reset(): void {
    this.refused = undefined;
    this.failure = undefined;
    this.chosen = '';
  }

  /** Sets some of the state and renders it. */
  set(changes: { busy?: boolean; failure?: unknown; refused?: RefusedImport }): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** The transfer module, loaded on first use; `undefined` (the reason shown) without a household. */
  private async load(): Promise<Transfer | undefined> {
    const host = this.host;
    if (!host.household) {
      this.set({ failure: (() => host.localize.t('noHousehold')) satisfies LedgerSentence });
      return undefined;
    }
    try {
      return (this.transfer ??= await import('./ledger-csv-transfer.js'));
    } catch (error) {
      this.set({ failure: error });
      return undefined;
    }
  }

  private readonly exportCsv = async (): Promise<void> => {
    await (await this.load())?.exportCsv(this);
  };

  private readonly onFileChosen = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // So choosing the same file again, once corrected, is a change too (the file stays readable).
    input.value = '';
    this.chosen = file.name;
    this.set({ failure: undefined, refused: undefined });
    await (await this.load())?.importFile(this, file);
  };

  render() {
    const { localize } = this.host;
    const t = localize.t.bind(localize);
    const { refused, transfer } = this;
    return html`<section part="files" class="files" aria-labelledby="files-heading">
      ${renderHeading(this.host.titleLevel + 1, t('files'), { id: 'files-heading' })}
      <div>
        <button class="secondary" type="button" ?disabled=${this.busy} @click=${this.exportCsv}>
          ${t('export')}
        </button>
      </div>
      <div class="field">
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          tabindex="-1"
          aria-hidden="true"
          @change=${this.onFileChosen}
        />
        <div>
          <button
            class="secondary"
            type="button"
            ?disabled=${this.busy}
            aria-describedby="import-file-name import-hint import-error"
            @click=${(event: Event) =>
              (event.currentTarget as HTMLElement)
                .closest('.field')!
                .querySelector<HTMLInputElement>('#import-file')!
                .click()}
          >
            ${t('import')}
          </button>
          <span id="import-file-name">${this.chosen || t('noFile')}</span>
        </div>
        <span class="hint" id="import-hint">${this.busy ? t('working') : t('importHint')}</span>
        <span class="error" id="import-error" role="alert"
          >${ledgerMessage(this.host, this.failure)}</span
        >
      </div>
      ${refused && transfer ? transfer.renderRefused(this, refused) : nothing}
    </section>`;
  }
}
