import type { LiveQuerySubscription, SajjaStore } from '@sajja/store';

/** `liveOrganisationRoster` of `@sajja/store`, which the committee widgets load on first use. */
type LiveRoster = typeof import('@sajja/store').liveOrganisationRoster;

/**
 * Tells a committee widget when the records of its organisation change through the store (a
 * meeting row saved, a correction, another tab): it follows the store's live roster of a month,
 * which reads the organisation's memberships, loans and fund transactions, and calls `changed`
 * for its every new value after the first. An edit behind the store's back reaches no live
 * query, so it is not seen. One subscription at a time, for the last `key` followed.
 */
export class OrganisationChanges {
  private following?: { readonly key: string; readonly subscription: LiveQuerySubscription };

  constructor(private readonly changed: () => void) {}

  /** Follows `organisationId` (its roster of `month`), unless `key` is followed already. */
  follow(
    key: string,
    store: SajjaStore,
    liveRoster: LiveRoster,
    organisationId: string,
    month: string,
  ): void {
    if (this.following?.key === key) return;
    this.stop();
    let first = true;
    let subscription: LiveQuerySubscription;
    try {
      subscription = liveRoster(store, { organisationId, month }).subscribe({
        next: () => {
          if (first) first = false;
          else this.changed();
        },
        // The widget says what is wrong when it reads; a roster that fails changes nothing.
        error: () => undefined,
      });
    } catch {
      return; // options the roster refuses (a bad month): nothing to follow
    }
    this.following = { key, subscription };
  }

  /** Stops following. */
  stop(): void {
    this.following?.subscription.unsubscribe();
    this.following = undefined;
  }
}
