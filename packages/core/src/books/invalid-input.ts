import { SajjaError, type SajjaErrorDetails, type SajjaProblem } from '../errors/sajja-error.js';

/**
 * @internal Throws `INVALID_ARGUMENT` listing every problem found in a record the books were
 * given (a journal entry, a member, a loan), if there are any: the first problem's reason is
 * the error's, as for rules, so a form can show each problem beside its field.
 */
export function throwIfProblems(
  problems: readonly SajjaProblem[],
  what: string,
  input: unknown,
  details?: SajjaErrorDetails,
): void {
  const [first] = problems;
  if (!first) return;
  const list = problems.map((p) => `${p.path || '(record)'}: ${p.reason}`).join('; ');
  throw new SajjaError('INVALID_ARGUMENT', first.reason, `${what} is not valid: ${list}`, {
    input,
    problems,
    details: { ...first.details, ...details },
  });
}
