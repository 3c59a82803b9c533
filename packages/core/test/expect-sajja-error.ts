import { expect } from 'chai';
import { SajjaError, type SajjaErrorCode } from '../src/index.js';

/** Asserts that `action` throws a SajjaError with this code and reason, and returns it. */
export function expectSajjaError(
  action: () => unknown,
  code: SajjaErrorCode,
  reason: string,
): SajjaError {
  try {
    action();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(SajjaError);
    const sajjaError = error as SajjaError;
    expect({ code: sajjaError.code, reason: sajjaError.reason }).to.deep.equal({ code, reason });
    return sajjaError;
  }
  expect.fail(`expected a SajjaError ${code}/${reason}, but nothing was thrown`);
}

/**
 * Runs a rules validator that must fail, and returns the `{ path, reason }` of every problem
 * it reports; also checks that the error's own reason is the first problem's.
 */
export function rulesProblems(validate: () => unknown): Array<{ path: string; reason: string }> {
  try {
    validate();
  } catch (error) {
    expect(error).to.be.instanceOf(SajjaError).that.includes({ code: 'RULES_INVALID' });
    const { problems, reason } = error as SajjaError;
    expect(reason).to.equal(problems[0]?.reason);
    return problems.map((problem) => ({ path: problem.path, reason: problem.reason }));
  }
  return expect.fail('expected RULES_INVALID');
}
