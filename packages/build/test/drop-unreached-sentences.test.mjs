import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { dropUnreachedSentences } from '../index.mjs';

/** A small copy of the core's `errors/messages.ts`: the two tables and their lookups. */
const messages = `
  const ERROR_SENTENCES = {
    INVALID_AMOUNT: { th: 'จำนวนเงินไม่ถูกต้อง', en: 'This is not a valid amount.' },
    'INVALID_AMOUNT/empty': { th: 'กรุณากรอกจำนวนเงิน', en: 'Please enter an amount.' },
    'INVALID_AMOUNT/too-large': { th: 'มากเกินไป', en: 'The amount is too large.' },
    'INVALID_ARGUMENT/unbalanced': { th: 'ไม่สมดุล', en: 'The entry does not balance.' },
    PERIOD_CLOSED: { th: 'ปิดงวดแล้ว', en: 'The period is closed.' },
    RULES_INVALID: { th: 'ระเบียบไม่ถูกต้อง', en: 'The rules are not valid.' },
  };
  const PROBLEM_SENTENCES = {
    required: { th: 'ต้องระบุค่านี้', en: 'This value is required.' },
    conflict: { th: 'ขัดแย้ง', en: 'A different record is stored.' },
    'no-accounts': { th: 'ไม่มีบัญชี', en: 'The chart needs an account.' },
    'sum-not-100': { th: 'ไม่ครบ 100', en: 'The percentages must add up to 100.' },
  };
  export function errorMessage(error, language = 'th') {
    const entry =
      ERROR_SENTENCES[\`\${error.code}/\${error.reason}\`] ?? ERROR_SENTENCES[error.code];
    return entry?.[language] ?? error.message;
  }
  export function problemMessage(problem, language = 'th') {
    return (PROBLEM_SENTENCES[problem.reason] ?? ERROR_SENTENCES.RULES_INVALID)[language];
  }
`;

/**
 * Bundles `entry` (which may import from 'messages') with the plugin, and imports the result:
 * its exports, what the plugin logged, and the bundle's code.
 */
async function bundle(entry, modules = { messages }) {
  const logged = [];
  const { output } = await (await build(entry, modules, logged)).generate({ format: 'es' });
  const { code } = output[0];
  const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  return { module, logged, code };
}

/** Rollup building `entry` (and the `modules` it imports) with the plugin. */
function build(entry, modules, logged) {
  const sources = { entry, ...modules };
  return rollup({
    input: 'entry',
    plugins: [
      {
        name: 'modules',
        resolveId: (id) => (id in sources ? id : null),
        load: (id) => sources[id] ?? null,
      },
      dropUnreachedSentences({ log: (line) => logged.push(line) }),
    ],
  });
}

// Builds a reason the way no raising code writes it: as if from code outside the bundle.
const UNSEEN = `['too', 'large'].join('-')`;

describe('dropUnreachedSentences', () => {
  it('keeps the sentences of reasons the code names and drops the others', async () => {
    const { module, logged, code } = await bundle(`
      import { errorMessage, problemMessage } from 'messages';
      const fail = (code, reason) => ({ code, reason, message: 'developer text' });
      export const empty = errorMessage(fail('INVALID_AMOUNT', 'empty'), 'en');
      export const required = problemMessage({ path: 'name', reason: 'required' }, 'en');
      export const unseen = errorMessage(fail('INVALID_AMOUNT', ${UNSEEN}), 'en');
      export const unknown = problemMessage({ path: 'x', reason: ${UNSEEN} }, 'en');
    `);
    assert.equal(module.empty, 'Please enter an amount.');
    assert.equal(module.required, 'This value is required.');
    // A dropped sentence's error falls back to its code's sentence, as an unknown one does.
    assert.equal(module.unseen, 'This is not a valid amount.');
    assert.equal(module.unknown, 'The rules are not valid.');
    for (const gone of ['The amount is too large.', 'does not balance', 'period is closed']) {
      assert.ok(!code.includes(gone), gone);
    }
    for (const gone of ['different record', 'needs an account', 'add up to 100']) {
      assert.ok(!code.includes(gone), gone);
    }
    assert.deepEqual(logged, [
      'sentences: dropped 3 of 6 in ERROR_SENTENCES (INVALID_AMOUNT/too-large, ' +
        'INVALID_ARGUMENT/unbalanced, PERIOD_CLOSED)',
      'sentences: dropped 3 of 4 in PROBLEM_SENTENCES (conflict, no-accounts, sum-not-100)',
    ]);
  });

  it('counts a reason named as an object key, a property or a template', async () => {
    const { module } = await bundle(`
      import { problemMessage, errorMessage } from 'messages';
      const counts = { conflict: 0 };
      const hint = (problems) => problems['no-accounts'] ?? counts.conflict;
      export const said = [
        problemMessage({ path: 'a', reason: Object.keys(counts)[0] }, 'en'),
        problemMessage({ path: 'b', reason: ${'`sum-not-100`'} }, 'en'),
        errorMessage({ code: ${'`PERIOD_CLOSED`'}, reason: 'x' }, 'en'),
        hint({}),
      ];
    `);
    assert.deepEqual(module.said, [
      'A different record is stored.',
      'The percentages must add up to 100.',
      'The period is closed.',
      0,
    ]);
  });

  it('finds a table Rollup renamed for a clash', async () => {
    const { module, logged, code } = await bundle(`
      import { errorMessage } from 'messages';
      const ERROR_SENTENCES = ['not a table'];
      export const local = ERROR_SENTENCES;
      export const said = errorMessage({ code: 'RULES_INVALID', reason: 'y' }, 'en');
    `);
    assert.match(code, /ERROR_SENTENCES\$1/);
    assert.equal(module.said, 'The rules are not valid.');
    assert.deepEqual(module.local, ['not a table']);
    assert.match(logged[0], /^sentences: dropped 5 of 6 in ERROR_SENTENCES /);
  });

  it('fails the build when a table is not one of { th, en } sentences', async () => {
    await assert.rejects(
      bundle(`import { problemMessage } from 'messages'; export const m = problemMessage;`, {
        messages: messages.replace(
          "required: { th: 'ต้องระบุค่านี้', en: 'This value is required.' }",
          "required: { th: 'ต้องระบุค่านี้' }",
        ),
      }),
      /PROBLEM_SENTENCES is not a table of \{ th, en \} sentences/,
    );
  });

  it('keeps the sentences of reasons that only a chunk loaded later by import() names', async () => {
    const logged = [];
    const written = await build(
      `
        import { errorMessage } from 'messages';
        export const later = async () => errorMessage((await import('lazy')).refusal, 'en');
      `,
      { messages, lazy: `export const refusal = { code: 'INVALID_AMOUNT', reason: 'too-large' };` },
      logged,
    );
    const dir = mkdtempSync(join(tmpdir(), 'sajja-sentences-'));
    const { output } = await written.write({ dir, format: 'es' });
    assert.equal(output.length, 2, 'the entry and the chunk it imports');
    const module = await import(pathToFileURL(join(dir, output[0].fileName)).href);
    assert.equal(await module.later(), 'The amount is too large.');
    // The lazy chunk has no table, and is left alone.
    assert.deepEqual(logged, [
      'sentences: dropped 4 of 6 in ERROR_SENTENCES (INVALID_AMOUNT/empty, ' +
        'INVALID_ARGUMENT/unbalanced, PERIOD_CLOSED, RULES_INVALID)',
    ]);
  });

  it('fails the build when the bundle has no table to trim (a renamed table)', async () => {
    await assert.rejects(
      bundle(`export const x = 1;`),
      /no sentence table \(ERROR_SENTENCES, PROBLEM_SENTENCES\) in this bundle/,
    );
  });
});
