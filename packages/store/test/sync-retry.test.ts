import { expect } from 'chai';
import type { RefusedRecord, SyncStateRecord } from '../src/sync-state.js';
import { RETRY_AFTER_MS, refusalsDue } from '../src/sync-retry.js';

const refusedAt = '2026-12-08T03:00:00.000Z';
const at = Date.parse(refusedAt);

function refusal(id: string, reason: string, extra: Partial<RefusedRecord> = {}): RefusedRecord {
  return {
    table: 'fundTransactions',
    id,
    seq: 7,
    cursor: 'c1',
    refusedAt,
    problem: { code: 'FORBIDDEN', reason, message: 'refused', messageTh: 'ไม่รับ' },
    ...extra,
  };
}

function state(refused: RefusedRecord[], cursor = 'c1'): SyncStateRecord {
  return { key: 'sync', deviceId: 'd1', cursor, refused };
}

describe('refusalsDue', () => {
  const waiting = refusal('a', 'membership-not-registered');
  const ahead = refusal('b', 'clock-ahead');
  const bad = refusal('c', 'not-positive');

  it('sends nothing again while the server has sent nothing new, within the hour', () => {
    expect(refusalsDue(state([waiting, ahead, bad]), at + RETRY_AFTER_MS - 1)).to.deep.equal([]);
  });

  it('sends again, in order, what may pass once the server has sent something new', () => {
    expect(refusalsDue(state([waiting, bad, ahead], 'c2'), at)).to.deep.equal([waiting, ahead]);
  });

  it('sends again what may pass an hour after it was refused', () => {
    expect(refusalsDue(state([bad, ahead]), at + RETRY_AFTER_MS)).to.deep.equal([ahead]);
  });

  it('never sends again a record refused for what it is, until it changes', () => {
    expect(refusalsDue(state([bad], 'c9'), at + 10 * RETRY_AFTER_MS)).to.deep.equal([]);
  });

  it('tries once a refusal kept before refusals were retried (no time)', () => {
    const old = refusal('d', 'unknown-membership', { refusedAt: undefined });
    expect(refusalsDue(state([old]), at)).to.deep.equal([old]);
  });
});
