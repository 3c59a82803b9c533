/**
 * The network roll-up in SQL over the synced `records` table: what {@link networkRollUp} runs.
 * Every query takes the same parameters: `$1` the network's organisation ids (`text[]`), `$2`
 * the first month and `$3` the last month (`'YYYY-MM'`). Dates are ISO text, compared as text;
 * amounts are the records' two-decimal strings, summed as `numeric` (exact).
 *
 * One monthly report per organisation and month (`reports`), as the store's
 * `organisationMonthlyReport` makes them: every month of the range not before the month of the
 * organisation's first membership. Each fund transaction and loan disbursement is a posting
 * (`postings`), signed `-1` for a reversal whose original is posted on or before its day (the
 * books post a reversal after its original; an earlier one cancels nothing). Postings are summed
 * per organisation and month first (`monthly`), then each report takes its month's flows and
 * the running balances through its month (`at_end`).
 *
 * A repayment of a loan in the register (`loans`) is split by the core's loan engine into
 * penalty, interest, principal and excess, which SQL does not repeat: these queries count its
 * cash or bank side only, and {@link LOAN_REGISTER_SQL} hands the loans and their repayments to
 * the engine (see `loan-register-figures.ts`).
 */
const COMMON = `
WITH months AS (
  SELECT to_char(d, 'YYYY-MM') AS month
  FROM generate_series(($2::text || '-01')::date, ($3::text || '-01')::date, interval '1 month') AS d
),
orgs AS (
  SELECT r.id AS organisation_id, r.record AS record
  FROM records r
  WHERE r.table_name = 'organisations' AND r.id = ANY($1::text[])
),
funds AS (
  -- The sub-funds of the organisation's rules (a code, or an object with a code), else 'general'.
  SELECT o.organisation_id, coalesce(f.value ->> 'code', f.value #>> '{}') AS code, f.position
  FROM orgs o
  CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN jsonb_typeof(o.record -> 'rules' -> 'subFunds') = 'array'
      THEN o.record -> 'rules' -> 'subFunds' ELSE '["general"]'::jsonb END
  ) WITH ORDINALITY AS f(value, position)
),
first_fund AS (
  SELECT organisation_id, code FROM funds WHERE position = 1
),
memberships AS (
  SELECT r.organisation_id, r.record ->> 'joinedOn' AS joined_on, r.record ->> 'leftOn' AS left_on
  FROM records r
  WHERE r.table_name = 'memberships' AND r.organisation_id = ANY($1::text[])
),
reports AS (
  SELECT o.organisation_id, m.month
  FROM orgs o
  CROSS JOIN months m
  WHERE m.month >= coalesce(
    (SELECT substr(min(ms.joined_on), 1, 7) FROM memberships ms
     WHERE ms.organisation_id = o.organisation_id), '')
),
loans AS (
  SELECT r.organisation_id, r.id, r.record -> 'terms' ->> 'disbursedOn' AS disbursed_on,
    (r.record -> 'terms' ->> 'principal')::numeric AS principal, r.record ->> 'subFund' AS sub_fund
  FROM records r
  WHERE r.table_name = 'loans' AND r.organisation_id = ANY($1::text[])
),
tx AS (
  SELECT r.organisation_id, r.id, r.record ->> 'kind' AS kind,
    (r.record ->> 'amount')::numeric AS amount, r.record ->> 'date' AS date,
    r.record ->> 'reverses' AS reverses, r.record ->> 'loanId' AS loan_id,
    r.record ->> 'subFund' AS sub_fund,
    CASE WHEN r.record ->> 'method' IN ('promptpay', 'bank-transfer') THEN 'bank' ELSE 'cash' END
      AS via
  FROM records r
  WHERE r.table_name = 'fundTransactions' AND r.organisation_id = ANY($1::text[])
),
originals AS (
  -- A repayment of a registered loan is the loan's sub-fund's ('registered').
  SELECT tx.organisation_id, tx.id, tx.date, tx.kind, tx.amount, tx.via,
    coalesce(CASE WHEN l.id IS NULL THEN tx.sub_fund ELSE l.sub_fund END, ff.code) AS sub_fund,
    l.id IS NOT NULL AS registered
  FROM tx
  JOIN first_fund ff ON ff.organisation_id = tx.organisation_id
  LEFT JOIN loans l
    ON tx.kind = 'repayment' AND l.id = tx.loan_id AND l.organisation_id = tx.organisation_id
  WHERE tx.reverses IS NULL
),
postings AS (
  SELECT organisation_id, date, 1 AS sign, kind, amount, via, sub_fund, registered
  FROM originals
  UNION ALL
  SELECT r.organisation_id, r.date, -1, o.kind, o.amount, o.via, o.sub_fund, o.registered
  FROM tx r
  JOIN originals o
    ON o.id = r.reverses AND o.organisation_id = r.organisation_id AND o.date <= r.date
  UNION ALL
  SELECT l.organisation_id, l.disbursed_on, 1, 'disbursement', l.principal, 'cash',
    coalesce(l.sub_fund, ff.code), false
  FROM loans l
  JOIN first_fund ff ON ff.organisation_id = l.organisation_id
),
monthly AS (
  -- Each organisation's month: flows (signed), and what its postings add to each balance.
  SELECT p.organisation_id, substr(p.date, 1, 7) AS month, p.sub_fund,
    sum(p.sign * p.amount) FILTER (WHERE p.kind = 'deposit') AS savings_in,
    sum(p.sign * p.amount) FILTER (WHERE p.kind = 'share') AS shares_in,
    sum(p.sign * p.amount) FILTER (WHERE p.kind = 'withdrawal') AS savings_out,
    sum(p.sign * p.amount) FILTER (WHERE p.kind IN ('loan', 'disbursement')) AS loans_out,
    sum(p.sign) FILTER (WHERE p.kind IN ('loan', 'disbursement')) AS loans_count,
    sum(p.sign * p.amount) FILTER (WHERE p.kind = 'repayment' AND NOT p.registered) AS principal,
    sum(p.sign * p.amount) FILTER (WHERE p.kind = 'contribution') AS welfare_in,
    sum(p.sign * p.amount) FILTER (WHERE p.kind = 'benefit') AS welfare_out,
    sum(p.sign * p.amount * CASE
      WHEN p.kind IN ('deposit', 'share', 'contribution', 'repayment') THEN 1 ELSE -1 END)
      FILTER (WHERE p.via = 'cash') AS cash,
    sum(p.sign * p.amount * CASE
      WHEN p.kind IN ('deposit', 'share', 'contribution', 'repayment') THEN 1 ELSE -1 END)
      FILTER (WHERE p.via = 'bank') AS bank,
    sum(p.sign * p.amount * CASE
      WHEN p.kind IN ('loan', 'disbursement') THEN 1
      WHEN p.kind = 'repayment' AND NOT p.registered THEN -1 ELSE 0 END) AS loans_outstanding,
    -- Assets less liabilities: a share, a welfare contribution and a registered repayment's
    -- cash add to it, a benefit takes from it; the rest moves money between an asset and a
    -- liability (a deposit) or between two assets (a loan).
    sum(p.sign * p.amount * CASE
      WHEN p.kind IN ('share', 'contribution') THEN 1
      WHEN p.kind = 'repayment' AND p.registered THEN 1
      WHEN p.kind = 'benefit' THEN -1 ELSE 0 END) AS net_assets
  FROM postings p
  WHERE p.date <= $3::text || '-31'
  GROUP BY p.organisation_id, substr(p.date, 1, 7), p.sub_fund
),
at_end AS (
  -- Each report's flows (its month) and balances (every month through it), by sub-fund.
  SELECT rp.organisation_id, rp.month, mo.sub_fund,
    sum(mo.savings_in) FILTER (WHERE mo.month = rp.month) AS savings_in,
    sum(mo.shares_in) FILTER (WHERE mo.month = rp.month) AS shares_in,
    sum(mo.savings_out) FILTER (WHERE mo.month = rp.month) AS savings_out,
    sum(mo.loans_out) FILTER (WHERE mo.month = rp.month) AS loans_out,
    sum(mo.loans_count) FILTER (WHERE mo.month = rp.month) AS loans_count,
    sum(mo.principal) FILTER (WHERE mo.month = rp.month) AS principal,
    sum(mo.welfare_in) FILTER (WHERE mo.month = rp.month) AS welfare_in,
    sum(mo.welfare_out) FILTER (WHERE mo.month = rp.month) AS welfare_out,
    sum(mo.cash) AS cash,
    sum(mo.bank) AS bank,
    sum(coalesce(mo.savings_in, 0) - coalesce(mo.savings_out, 0)) AS savings,
    sum(mo.shares_in) AS shares,
    sum(mo.loans_outstanding) AS loans_outstanding,
    sum(coalesce(mo.welfare_in, 0) - coalesce(mo.welfare_out, 0)) AS welfare,
    sum(mo.net_assets) AS net_assets
  FROM reports rp
  JOIN monthly mo ON mo.organisation_id = rp.organisation_id AND mo.month <= rp.month
  GROUP BY rp.organisation_id, rp.month, mo.sub_fund
)`;

/** The total of a numeric column as two-decimal text, 0 when there is none. */
const money = (expression: string) => `coalesce(sum(${expression}), 0)::numeric(30, 2)::text`;

/**
 * The network's totals over every report: counts, flows and balances, one row. Amounts are
 * two-decimal text.
 */
export const ROLLUP_TOTALS_SQL = `${COMMON}
SELECT
  (SELECT count(*) FROM reports)::int AS groups,
  (SELECT coalesce(array_agg(DISTINCT month ORDER BY month), '{}') FROM reports) AS months,
  (SELECT count(*) FROM reports rp JOIN memberships ms ON ms.organisation_id = rp.organisation_id
    WHERE ms.joined_on <= rp.month || '-31'
      AND (ms.left_on IS NULL OR ms.left_on > rp.month || '-31'))::int AS members_at_end,
  (SELECT count(*) FROM reports rp JOIN memberships ms ON ms.organisation_id = rp.organisation_id
    WHERE substr(ms.joined_on, 1, 7) = rp.month)::int AS members_joined,
  (SELECT count(*) FROM reports rp JOIN memberships ms ON ms.organisation_id = rp.organisation_id
    WHERE substr(ms.left_on, 1, 7) = rp.month AND ms.joined_on <= rp.month || '-31')::int
    AS members_left,
  ${money('savings_in')} AS savings_in,
  ${money('shares_in')} AS shares_in,
  ${money('savings_out')} AS savings_out,
  coalesce(sum(loans_count), 0)::int AS loans_count,
  ${money('loans_out')} AS loans_out,
  ${money('principal')} AS principal,
  ${money('welfare_in')} AS welfare_in,
  ${money('welfare_out')} AS welfare_out,
  ${money('cash')} AS cash,
  ${money('bank')} AS bank,
  ${money('savings')} AS savings,
  ${money('shares')} AS shares,
  ${money('loans_outstanding')} AS loans_outstanding,
  ${money('welfare')} AS welfare
FROM at_end`;

/**
 * Each sub-fund's net assets (assets less liabilities) summed over the reports, by code: every
 * sub-fund of every report, those with nothing posted at 0.
 */
export const ROLLUP_SUB_FUNDS_SQL = `${COMMON}
SELECT f.code, ${money('a.net_assets')} AS net_assets
FROM reports rp
JOIN funds f ON f.organisation_id = rp.organisation_id
LEFT JOIN at_end a
  ON a.organisation_id = rp.organisation_id AND a.month = rp.month AND a.sub_fund = f.code
GROUP BY f.code
ORDER BY f.code`;

/** The reports (organisation and month) the roll-up adds up. */
export const ROLLUP_REPORTS_SQL = `${COMMON}
SELECT organisation_id, month FROM reports ORDER BY organisation_id, month`;

/**
 * The loans of the register, each with its repayments and their reversals, for the core's loan
 * engine: `kind` `'loan'` rows carry the loan record and its first sub-fund; `'payment'` rows
 * a repayment or a reversal of one.
 */
export const LOAN_REGISTER_SQL = `${COMMON}
SELECT 'loan' AS kind, l.organisation_id, r.record, ff.code AS first_fund
FROM loans l
JOIN records r ON r.table_name = 'loans' AND r.id = l.id
JOIN first_fund ff ON ff.organisation_id = l.organisation_id
WHERE l.disbursed_on <= $3::text || '-31'
UNION ALL
SELECT 'payment', o.organisation_id, r.record, NULL
FROM originals o
JOIN records r ON r.table_name = 'fundTransactions' AND r.id = o.id
WHERE o.registered AND o.date <= $3::text || '-31'
UNION ALL
SELECT 'payment', t.organisation_id, r.record, NULL
FROM tx t
JOIN originals o ON o.id = t.reverses AND o.organisation_id = t.organisation_id
JOIN records r ON r.table_name = 'fundTransactions' AND r.id = t.id
WHERE o.registered AND t.date <= $3::text || '-31'`;
