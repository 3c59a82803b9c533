import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { dropUnusedDecimalMethods } from '../index.mjs';

/** Rollup building `entry` (and the other `modules` it imports) with the plugin. */
function build(entry, logged, modules = {}) {
  const sources = { entry, ...modules };
  return rollup({
    input: 'entry',
    plugins: [
      {
        name: 'modules',
        resolveId: (id) => (id in sources ? id : null),
        load: (id) => sources[id] ?? null,
      },
      {
        name: 'decimal',
        resolveId: (id) =>
          id === 'decimal.js' ? new URL(import.meta.resolve('decimal.js')).pathname : null,
      },
      dropUnusedDecimalMethods({ log: (line) => logged.push(line) }),
    ],
  });
}

/**
 * Bundles `entry` (a module that imports decimal.js) with the plugin, and imports the result:
 * its exports, what the plugin logged, and the bundle's code.
 */
async function bundle(entry) {
  const logged = [];
  const { output } = await (await build(entry, logged)).generate({ format: 'es' });
  const { code } = output[0];
  const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  return { module, logged: logged.join('\n'), code };
}

describe('dropUnusedDecimalMethods', () => {
  it('drops what nothing names and keeps what the code calls, working', async () => {
    const { module, logged } = await bundle(`
      import Decimal from 'decimal.js';
      export const sum = new Decimal('0.1').plus('0.2').toFixed(2);
      export const proto = Decimal.prototype;
      export { Decimal };
    `);
    assert.equal(module.sum, '0.30');
    assert.equal(typeof module.proto.plus, 'function');
    assert.equal(typeof module.proto.toFixed, 'function');
    assert.equal(typeof module.proto.toString, 'function');
    assert.equal(typeof module.proto.valueOf, 'function');
    assert.equal(typeof module.proto.toJSON, 'function');
    for (const dropped of ['sqrt', 'cosine', 'cos', 'naturalLogarithm', 'toFraction', 'toHex']) {
      assert.equal(module.proto[dropped], undefined, dropped);
    }
    assert.equal(module.Decimal.hypot, undefined);
    assert.match(
      logged,
      /^decimal\.js: dropped \d+ of \d+ methods and \d+ of \d+ static functions/,
    );
    assert.match(logged, /squareRoot/);
  });

  it('keeps a method named anywhere, also through a string, but not on Math', async () => {
    const { module } = await bundle(`
      import Decimal from 'decimal.js';
      export const root = new Decimal(2).sqrt().toFixed(10);
      export const cosine = new Decimal(0)['cos']().toString();
      export const float = Math.tan(0);
      export const proto = Decimal.prototype;
    `);
    assert.equal(module.root, '1.4142135624');
    assert.equal(module.cosine, '1');
    assert.equal(typeof module.proto.squareRoot, 'function', 'an alias of a kept method stays');
    assert.equal(module.proto.tan, undefined, 'Math.tan keeps nothing');
  });

  it('keeps what a kept method needs: a power with a fractional exponent', async () => {
    // toPower works through decimal.js's internal exp and ln, which no other code names.
    const { module } = await bundle(`
      import Decimal from 'decimal.js';
      export const power = new Decimal(2).pow('0.5').toFixed(10);
      export const proto = Decimal.prototype;
    `);
    assert.equal(module.power, '1.4142135624');
    assert.equal(module.proto.naturalLogarithm, undefined);
  });

  it('keeps a static function named on the constructor', async () => {
    const { module } = await bundle(`
      import Decimal from 'decimal.js';
      export const biggest = Decimal.max('1', '3', '2').toString();
      export { Decimal };
    `);
    assert.equal(module.biggest, '3');
    assert.equal(typeof module.Decimal.max, 'function');
    assert.equal(module.Decimal.atan2, undefined);
  });

  it('drops the constant π when only dropped methods read it', async () => {
    const { module, logged, code } = await bundle(`
      import Decimal from 'decimal.js';
      export const power = new Decimal(2).pow('0.5').toFixed(10);
    `);
    assert.equal(module.power, '1.4142135624');
    assert.match(logged, /; and the constant PI$/);
    assert.doesNotMatch(code, /\bPI = new Decimal\S*\(PI\)/);
    // ln 10 serves the power (through exp and ln), so it stays.
    assert.match(code, /\bLN10 = new Decimal\S*\(LN10\)/);
  });

  it('keeps π for the trigonometry a bundle calls', async () => {
    const { module, logged, code } = await bundle(`
      import Decimal from 'decimal.js';
      export const pi = Decimal.clone({ precision: 40 }).acos(-1).toFixed(30);
      export const cosine = new Decimal(1).cos().toFixed(15);
    `);
    assert.equal(module.pi, '3.141592653589793238462643383280');
    assert.equal(module.cosine, '0.540302305868140');
    assert.doesNotMatch(logged, /constant/);
    assert.match(code, /\bPI = new Decimal\S*\(PI\)/);
  });

  it('keeps a method that only a chunk loaded later by import() names', async () => {
    const logged = [];
    const written = await build(
      `
        import Decimal from 'decimal.js';
        export const later = async () => (await import('lazy')).root(new Decimal(2));
      `,
      logged,
      { lazy: `export const root = (decimal) => decimal.squareRoot().toFixed(10);` },
    );
    const dir = mkdtempSync(join(tmpdir(), 'sajja-decimal-'));
    const { output } = await written.write({ dir, format: 'es' });
    assert.equal(output.length, 2);
    const module = await import(pathToFileURL(join(dir, output[0].fileName)).href);
    assert.equal(await module.later(), '1.4142135624');
    assert.doesNotMatch(logged.join('\n'), /squareRoot/);
    assert.match(logged.join('\n'), /cosine/);
  });

  it('leaves a chunk without decimal.js alone', async () => {
    const build = await rollup({
      input: 'entry',
      plugins: [
        { name: 'entry', resolveId: (id) => id, load: () => 'export const x = Math.sqrt(4);' },
        dropUnusedDecimalMethods({ log: () => assert.fail('nothing to log') }),
      ],
    });
    const { output } = await build.generate({ format: 'es' });
    assert.match(output[0].code, /Math\.sqrt\(4\)/);
  });
});
