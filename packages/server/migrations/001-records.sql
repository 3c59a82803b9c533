-- The latest version of every synced record, with the owners a token's scope is checked
-- against: household_id (a household's own id, or the householdId its record carries) and
-- organisation_id (an organisation's own id, or the organisationId of a membership, a fund
-- transaction or a loan; never a ledger entry's, which stays the household's).
CREATE SEQUENCE record_seq;

CREATE TABLE records (
  table_name text NOT NULL,
  id text NOT NULL,
  household_id text,
  organisation_id text,
  record jsonb NOT NULL,
  hlc text NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (table_name, id)
);
CREATE UNIQUE INDEX records_by_seq ON records (seq);
CREATE INDEX records_by_household ON records (household_id, seq);
CREATE INDEX records_by_organisation ON records (organisation_id, seq);
-- The corrections of a record (a ledger entry's or a fund transaction's reversal).
CREATE INDEX records_by_reversed ON records (table_name, (record->>'reverses'))
  WHERE record ? 'reverses';
CREATE INDEX memberships_by_household ON records (household_id, organisation_id)
  WHERE table_name = 'memberships';
CREATE INDEX memberships_by_organisation ON records (organisation_id, household_id)
  WHERE table_name = 'memberships';

-- Every version that lost: a merged-over version, or a pushed version that lost to the stored
-- one by its hybrid logical clock.
CREATE TABLE record_history (
  history_id bigserial PRIMARY KEY,
  table_name text NOT NULL,
  id text NOT NULL,
  record jsonb NOT NULL,
  hlc text NOT NULL,
  batch_id text,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX record_history_by_record ON record_history (table_name, id);

-- Every push applied, by scope: a batch sent again gets its first answer back.
CREATE TABLE batches (
  scope_key text NOT NULL,
  batch_id text NOT NULL,
  response jsonb NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope_key, batch_id)
);
