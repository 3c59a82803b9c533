import type { LiveQuery, LiveQuerySubscription, SajjaStore } from '@sajja/store';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { connectStore, loadStore, type StoreModule } from './store-connection.js';

/** The state of a {@link LiveController}: waiting, a value, or an error to show. */
export type LiveState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * Keeps a widget subscribed to one live query of its store while it is on the page: a write
 * by any widget (or another tab) re-renders it. The query is rebuilt whenever `key()` changes
 * (another household, another store), and dropped when the widget leaves the page. `query`
 * gets the open store and the `@sajja/store` module (loaded on first use), for queries the
 * module exports beside the store's repositories.
 */
export class LiveController<T> implements ReactiveController {
  /** The latest state; the host renders from it. */
  state: LiveState<T> = { status: 'loading' };

  private subscription?: LiveQuerySubscription;
  private currentKey?: string;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly key: () => string | undefined,
    private readonly storeName: () => string,
    private readonly query: (store: SajjaStore, storeModule: StoreModule) => LiveQuery<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  hostUpdate(): void {
    this.refresh();
  }

  hostDisconnected(): void {
    this.stop();
    this.currentKey = undefined;
  }

  private refresh(): void {
    const key = this.key();
    const fullKey = key === undefined ? undefined : `${this.storeName()}\u0000${key}`;
    if (fullKey === this.currentKey) return;
    this.stop();
    this.currentKey = fullKey;
    if (fullKey === undefined) return;
    const generation = ++this.generation;
    this.state = { status: 'loading' };
    Promise.all([connectStore(this.storeName()), loadStore()]).then(
      ([store, storeModule]) => {
        if (generation !== this.generation) return;
        this.subscription = this.query(store, storeModule).subscribe({
          next: (value) => this.set({ status: 'ready', value }),
          error: (error) => this.set({ status: 'error', error }),
        });
      },
      (error) => {
        if (generation === this.generation) this.set({ status: 'error', error });
      },
    );
  }

  private set(state: LiveState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private stop(): void {
    this.generation++;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }
}
