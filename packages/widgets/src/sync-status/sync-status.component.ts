import { DEFAULT_STORE_NAME } from '@sajja/core';
import type { SyncController, SyncStatus } from '@sajja/store';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { displayDate, displayNumber, inDigits } from '../shared/display.js';
import { SajjaHeadedElement } from '../shared/headed-element.js';
import { LiveController } from '../shared/live-controller.js';
import { themeStyles } from '../shared/theme.styles.js';
import { translate } from '../shared/translations.js';
import { syncStatusStrings } from './sync-status.strings.js';
import { syncStatusStyles } from './sync-status.styles.js';

type Key = keyof typeof syncStatusStrings.th;

/** A local day (`YYYY-MM-DD`) and time (`HH:MM`) of an ISO timestamp, in the browser's zone. */
function localMoment(iso: string): { day: string; time: string } {
  const at = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    day: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/**
 * `<sajja-sync-status>` shows where a store's sync with the partner's server stands: when this
 * device last synced (Buddhist-Era date and time), how many changes wait to be sent, and any
 * problem: an expired sign-in, no network, or a record the server refused (named by its kind and
 * id). It reads the status the store keeps, live, so it shows the sync of any page or tab. Given
 * the page's {@link SyncController} (`controller` property, from `store.sync(…)`), it also shows
 * a sync as it runs and offers a "sync now" button.
 *
 * @example
 * ```html
 * <sajja-sync-status store="codi-portal"></sajja-sync-status>
 * <script type="module">
 *   const sync = store.sync({ url: 'https://sync.example.org', getToken });
 *   sync.start();
 *   document.querySelector('sajja-sync-status').controller = sync;
 * </script>
 * ```
 *
 * @tag sajja-sync-status
 * @attr store - the IndexedDB database name of the store (default `'sajja'`).
 * @csspart card - the card (its border and padding).
 * @csspart state - the line saying what the sync is doing (a polite live region).
 * @csspart figures - when it last synced and how many changes wait.
 * @csspart problem - the problem of the last sync (an alert).
 * @csspart record - the record a problem concerns.
 * @csspart sync-now - the "sync now" button (with a controller).
 * @cssprop --sajja-primary-color - the button.
 * @cssprop --sajja-on-primary-color - the button's text.
 * @cssprop --sajja-danger-color - the problem.
 * @cssprop --sajja-muted-color - labels.
 * @cssprop --sajja-border-color - the card's border.
 * @cssprop --sajja-border-radius - corner radius.
 * @cssprop --sajja-spacing - the base gap.
 * @cssprop --sajja-font-family - the font (inherited by default).
 * @cssprop --sajja-text-color - the text colour (inherited by default).
 * @cssprop --sajja-background-color - the background (transparent by default).
 */
export class SajjaSyncStatus extends SajjaHeadedElement {
  /** The shadow styles. */
  static override styles = [themeStyles, syncStatusStyles];

  /** The IndexedDB database name of the store (default `'sajja'`). */
  @property() store = DEFAULT_STORE_NAME;

  /**
   * The page's sync controller (`store.sync(…)`), when it has one: its status is shown as it
   * changes (a sync running), and the "sync now" button calls its `syncNow()`.
   */
  @property({ attribute: false }) controller?: SyncController;

  @state() private running?: SyncStatus;

  private readonly stored = new LiveController<SyncStatus>(
    this,
    () => 'sync',
    () => this.store,
    (store) => store.liveSyncStatus(),
  );

  private listening?: SyncController;
  private readonly onStatus = () => {
    this.running = this.listening?.status;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listening?.removeEventListener('status', this.onStatus);
    this.listening = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('controller')) this.listen();
  }

  private listen(): void {
    if (this.listening === this.controller) return;
    this.listening?.removeEventListener('status', this.onStatus);
    this.listening = this.controller;
    this.listening?.addEventListener('status', this.onStatus);
    this.running = this.listening?.status;
  }

  private t(key: Key, values: Readonly<Record<string, string | number>> = {}): string {
    return translate(syncStatusStrings, this.language, key, values, this.digitStyle);
  }

  /** The stored status, with the page's controller's state while a sync runs here. */
  private get status(): SyncStatus | undefined {
    const stored = this.stored.state.status === 'ready' ? this.stored.state.value : undefined;
    // The controller's own status counts nothing before the first sync: the store's does.
    if (!stored) return undefined;
    return this.running?.state === 'syncing' ? { ...stored, state: 'syncing' } : stored;
  }

  override render() {
    const state = this.stored.state;
    const status = this.status;
    const syncing = status?.state === 'syncing';
    return html`
      <section part="card" class="card" aria-label=${this.t('title')}>
        ${this.ownHeading(this.t('title'), { id: 'title', className: 'title' })}
        <p part="state" class="state" role="status" aria-live="polite">
          ${status ? this.t(`state-${status.state}`) : this.t('loading')}
        </p>
        ${state.status === 'error'
          ? html`<p part="problem" class="problem" role="alert">
              ${this.locale.message(state.error)}
            </p>`
          : nothing}
        ${status ? this.renderStatus(status) : nothing}
        ${this.controller
          ? html`<button
              part="sync-now"
              type="button"
              ?disabled=${syncing}
              @click=${() => void this.controller?.syncNow()}
            >
              ${this.t('syncNow')}
            </button>`
          : nothing}
      </section>
    `;
  }

  private renderStatus(status: SyncStatus) {
    const { problem } = status;
    const last = status.lastSyncedAt ? localMoment(status.lastSyncedAt) : undefined;
    return html`
      <dl part="figures" class="figures">
        <div>
          <dt>${this.t('lastSynced')}</dt>
          <dd class="last-synced">
            ${last
              ? this.t('lastSyncedAt', {
                  date: displayDate(last.day, this.language, this.digitStyle),
                  time: inDigits(last.time, this.digitStyle),
                })
              : this.t('never')}
          </dd>
        </div>
        <div>
          <dt>${this.t('pending')}</dt>
          <dd class="pending">
            ${status.pending === 0
              ? this.t('nothingPending')
              : status.pending === 1
                ? this.t('pendingOne')
                : this.t('pendingCount', { count: displayNumber(status.pending, this.digitStyle) })}
          </dd>
        </div>
      </dl>
      ${problem
        ? html`<div part="problem" class="problem" role="alert">
            <p class="message">${this.language === 'en' ? problem.message : problem.messageTh}</p>
            ${problem.table !== undefined && problem.recordId !== undefined
              ? html`<p part="record" class="record">
                  ${this.t('record')}:
                  ${this.t('recordValue', {
                    table: this.tableName(problem.table),
                    id: problem.recordId,
                  })}
                </p>`
              : nothing}
          </div>`
        : nothing}
    `;
  }

  private tableName(table: string): string {
    const key = `table-${table}` as Key;
    return key in syncStatusStrings.th ? this.t(key) : table;
  }
}
