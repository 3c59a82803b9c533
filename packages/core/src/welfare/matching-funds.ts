import { checkOptionKeys, checkOptions } from '../errors/check-option-keys.js';
import { SajjaError, invalidOption } from '../errors/sajja-error.js';
import type { Dec } from '../money/decimal.js';
import { MAX_DECIMAL_LENGTH, readBoundedDecimal } from '../rules/bounded-decimal.js';
import { money, Money, type MoneyInput } from '../money/money.js';
import { roundToPlaces } from '../money/rounding.js';

/**
 * How a community welfare fund's money comes from three sides: its members, the local
 * government (อปท.) and the central government through CODI (พอช.). Each ratio is a
 * non-negative decimal; only their proportions matter (`1 : 1 : 1` is the same as `2 : 2 : 2`),
 * and the member ratio must be above zero. The 2013 national split was members 65 %, local
 * government 3 %, CODI 24 % (others 5 %): `{ member: 65, localGovernment: 3, centralGovernment: 24 }`.
 */
export interface MatchingRatios {
  /** The members' part. Above zero. */
  readonly member: string | number;
  /** The local government's part. Zero or above. */
  readonly localGovernment: string | number;
  /** The central government's part, through CODI. Zero or above. */
  readonly centralGovernment: string | number;
}

/** What {@link matchingFunds} gives: each side's money and their exact sum. */
export interface MatchingFunds {
  /** The members' contributions, as given. */
  readonly member: Money;
  /** The local government's matching money. */
  readonly localGovernment: Money;
  /** The central government's (CODI's) matching money. */
  readonly centralGovernment: Money;
  /** `member + localGovernment + centralGovernment`, exactly. */
  readonly total: Money;
}

/**
 * The matching money the two government sides add to members' contributions, by the
 * three-party model of community welfare funds (default `1 : 1 : 1`: every baht a member pays
 * is matched by a baht from each side).
 *
 * Each government share is `memberContributions × its ratio ÷ the member ratio`, rounded
 * half-up to the satang once; `total` is the exact sum of the three rounded parts.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for contributions that are not an amount,
 *   `INVALID_ARGUMENT` with reason `negative-amount` for negative contributions, or
 *   `invalid-option` (`details.option` names the ratio) for a ratio that is not a
 *   non-negative decimal of at most {@link "@sajja/core".MAX_DECIMAL_LENGTH} characters, or a member
 *   ratio of zero; `unknown-option` for an option (or a key of `ratios`) it does not have.
 *
 * @example
 * ```ts
 * matchingFunds({ memberContributions: '36500' }).total.toString(); // '109500.00'
 * const codi2013 = { member: 65, localGovernment: 3, centralGovernment: 24 };
 * const split = matchingFunds({ memberContributions: '1000', ratios: codi2013 });
 * split.localGovernment.toString();   // '46.15'  (1000 × 3 / 65 = 46.153…)
 * split.centralGovernment.toString(); // '369.23' (1000 × 24 / 65 = 369.230…)
 * ```
 */
export function matchingFunds(options: {
  memberContributions: MoneyInput;
  ratios?: MatchingRatios;
}): MatchingFunds {
  checkOptions(options, ['memberContributions', 'ratios'], 'matchingFunds');
  checkOptionKeys(options.ratios, RATIO_FIELDS, 'matchingFunds', 'ratios.');
  const member = money(options.memberContributions);
  if (member.isNegative()) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'negative-amount',
      `Member contributions cannot be negative (${member.toString()}).`,
      { input: options.memberContributions },
    );
  }
  const ratios = options.ratios ?? { member: 1, localGovernment: 1, centralGovernment: 1 };
  const memberRatio = nonNegativeDecimal(ratios.member, 'ratios.member');
  if (memberRatio.isZero()) {
    throw invalidOption('ratios.member', ratios.member, 'above zero');
  }
  const share = (ratio: string | number, option: string): Money =>
    Money.fromDecimal(
      roundToPlaces(
        member.toDecimal().times(nonNegativeDecimal(ratio, option)).div(memberRatio),
        2,
        'half-up',
      ),
    );
  const localGovernment = share(ratios.localGovernment, 'ratios.localGovernment');
  const centralGovernment = share(ratios.centralGovernment, 'ratios.centralGovernment');
  return {
    member,
    localGovernment,
    centralGovernment,
    total: member.plus(localGovernment).plus(centralGovernment),
  };
}

/**
 * @internal A non-negative decimal option (a plain decimal string or a finite number), or
 * `INVALID_ARGUMENT` / `invalid-option` with `details.option` naming it.
 */
export function nonNegativeDecimal(value: unknown, option: string): Dec {
  const decimal = readBoundedDecimal(value);
  if (decimal === undefined || decimal === 'too-long' || decimal.lt(0)) {
    throw invalidOption(
      option,
      value,
      `a decimal of zero or more, of at most ${MAX_DECIMAL_LENGTH} characters`,
    );
  }
  return decimal;
}

/** @internal The keys of {@link MatchingRatios}. */
export const RATIO_FIELDS = ['member', 'localGovernment', 'centralGovernment'];
