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
