/*
 * What <sajja-share-out> reads, loaded by import() when the first year-end is shown: the
 * store's share-out of an organisation (and its live roster, to follow writes) and the core's
 * names of profit buckets. In the
 * one-script bundle they stay out of the store chunk household widgets load (which picks only
 * what they use, see shared/store-connection.ts) and out of the widget's own chunk.
 */
export { liveOrganisationRoster, organisationShareOut } from '@sajja/store';
export { PROFIT_BUCKET_LABELS } from '@sajja/core/year-end';
