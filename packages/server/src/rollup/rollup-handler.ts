import type { RollupHandler } from '../app.js';
import { SyncError } from '../errors.js';
import { networkRollUp } from './network-rollup.js';

const YEAR = /^\d{4}$/;

/**
 * The server's answer to `GET /v1/networks/:network/rollup?year=YYYY` (the route checks the
 * network token): `{ network, year, organisations, summary }`, where `organisations` is how many
 * organisations the network has and `summary` the core's `NetworkSummary` of their monthly
 * reports of the year (see {@link networkRollUp}). Totals only: no name, no id of a household,
 * member or loan.
 *
 * @throws {@link SyncError} `INVALID_REQUEST` for a year that is not four digits (0001–9999).
 */
export const networkRollUpHandler: RollupHandler = async ({ db, network, organisations, year }) => {
  if (year === undefined || !YEAR.test(year) || year === '0000') {
    throw new SyncError('INVALID_REQUEST');
  }
  const summary = await networkRollUp(db, {
    organisationIds: organisations,
    from: `${year}-01`,
    to: `${year}-12`,
  });
  return { network, year: Number(year), organisations: organisations.length, summary };
};
