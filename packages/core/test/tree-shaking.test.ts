/// <reference types="node" />
// Bundles the built dist/ as an app would (esbuild, as Vite and most apps bundle) and reads
// esbuild's metafile: which modules each import of the size table brings. Runs in Node only
// (web-test-runner leaves it out); the root `pnpm test` builds dist/ first.
import { expect } from 'chai';
import { build, type Metafile } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import { Dec } from '../src/money/decimal.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A row of `.size-limit.json`: a built file and what is imported from it. */
interface SizeRow {
  name: string;
  path: string;
  import: string;
}

const rows: SizeRow[] = JSON.parse(readFileSync(resolve(packageDir, '.size-limit.json'), 'utf8'));

function row(name: string): SizeRow {
  const found = rows.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`.size-limit.json has no row named ${name}`);
  return found;
}

/** The module that imports `row` and keeps what it imports (`*` as `export *`). */
function rowModule({ path, import: names }: SizeRow): string {
  const from = JSON.stringify(resolve(packageDir, path));
  return names === '*' ? `export * from ${from};` : `export ${names} from ${from};`;
}

interface Bundle {
  code: string;
  /** The files the bundle holds code of, relative to the package folder. */
  inputs: string[];
}

async function bundle(contents: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'js' },
    absWorkingDir: packageDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values((result.metafile as Metafile).outputs);
  return {
    code: result.outputFiles[0]!.text,
    inputs: Object.keys(output!.inputs).filter((input) => output!.inputs[input]!.bytesInOutput > 0),
  };
}

const isDecimalJs = (input: string) => /(^|[\\/])decimal\.js[\\/]/.test(input);

/** Runs a bundle (it has no imports left) and returns what it exports. */
async function run(code: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

describe('what an import of the built package brings (esbuild)', function () {
  this.timeout(30_000);

  before(function () {
    for (const { path } of rows) {
      if (!existsSync(resolve(packageDir, path))) {
        throw new Error(
          `packages/core/${path} is missing: these tests bundle the built package. ` +
            'Run `pnpm build` first (the root `pnpm test` builds before it tests).',
        );
      }
    }
  });

  it("configures Dec with decimal.js's ROUND_HALF_UP, which it writes as a literal", () => {
    expect(Dec.rounding).to.equal(Decimal.ROUND_HALF_UP);
  });

  it('leaves decimal.js out of the Thai dates', async () => {
    const { inputs } = await bundle(rowModule(row('dates')));
    expect(inputs.some((input) => input.endsWith('format-thai-date.js'))).to.equal(true);
    expect(inputs.filter(isDecimalJs)).to.deep.equal([]);
  });

  it('leaves decimal.js and the Money class out of bahtText of a digit string', async () => {
    const { code, inputs } = await bundle(
      `import { bahtText } from ${JSON.stringify(resolve(packageDir, row('bahtText').path))};\n` +
        `export const words = bahtText('1021.50');`,
    );
    expect(inputs.filter(isDecimalJs)).to.deep.equal([]);
    expect(inputs.filter((input) => /[\\/]money[\\/]money\.js$/.test(input))).to.deep.equal([]);
    expect((await run(code)).words).to.equal('หนึ่งพันยี่สิบเอ็ดบาทห้าสิบสตางค์');
  });

  it('leaves decimal.js out of the PromptPay row, and its payload is right', async () => {
    const { code, inputs } = await bundle(
      `${rowModule(row('promptpay'))}\n` +
        `import { promptPayPayload as pay } from ${JSON.stringify(resolve(packageDir, row('promptpay').path))};\n` +
        `export const payload = pay('081-234-5678', { amount: '4.22' });`,
    );
    expect(inputs.some((input) => input.endsWith('promptpay-payload.js'))).to.equal(true);
    expect(inputs.filter(isDecimalJs)).to.deep.equal([]);
    expect(inputs.filter((input) => /[\\/]money[\\/]money\.js$/.test(input))).to.deep.equal([]);
    expect((await run(code)).payload).to.equal(
      '00020101021229370016A000000677010111011300668123456785802TH530376454044.2263045D49',
    );
  });

  it('leaves decimal.js out of every PromptPay export, the payment rules included', async () => {
    const { inputs } = await bundle(
      `export * from ${JSON.stringify(resolve(packageDir, 'dist/promptpay/index.js'))};`,
    );
    expect(inputs.filter(isDecimalJs)).to.deep.equal([]);
  });

  it('keeps the bahtText row itself free of decimal.js', async () => {
    const { inputs } = await bundle(rowModule(row('bahtText')));
    expect(inputs.some((input) => input.endsWith('baht-text.js'))).to.equal(true);
    expect(inputs.filter(isDecimalJs)).to.deep.equal([]);
  });

  it('brings decimal.js with Money, and bahtText still reads a Money', async () => {
    const { code, inputs } = await bundle(
      `import { bahtText, money } from ${JSON.stringify(resolve(packageDir, 'dist/index.js'))};\n` +
        `export const words = bahtText(money('21').plus('0.25'));`,
    );
    expect(inputs.filter(isDecimalJs)).to.have.length.greaterThan(0);
    expect((await run(code)).words).to.equal('ยี่สิบเอ็ดบาทยี่สิบห้าสตางค์');
  });

  // What issue 16 lists as needing no decimal arithmetic, and the constants beside money.
  const DECIMAL_FREE: Record<string, string> = {
    'Thai digits': '{ toThaiDigits, fromThaiDigits }',
    CSV: '{ parseCsv, formatCsv, unguardCsvCell }',
    errors: '{ SajjaError, isSajjaError, errorMessage, problemMessage, ruleWarningMessage }',
    'every date function':
      '{ isIsoDate, assertIsoDate, isLeapYear, daysInMonth, daysBetween, addDays, addMonths, ' +
      'compareIsoDates, localToday, toBuddhistYear, BUDDHIST_ERA_OFFSET, formatThaiDate, ' +
      'THAI_MONTH_NAMES, THAI_MONTH_ABBREVIATIONS, parseThaiDate }',
    'the limits, rounding modes and isMoney':
      '{ isMoney, ROUNDING_MODES, MAX_AMOUNT_LENGTH, MAX_MONEY_DIGITS, MAX_FACTOR_LENGTH, ' +
      'MAX_DECIMAL_LENGTH, MAX_TYPED_DIGITS }',
  };
  for (const [what, names] of Object.entries(DECIMAL_FREE)) {
    it(`leaves decimal.js out of ${what}`, async () => {
      const { inputs } = await bundle(
        `export ${names} from ${JSON.stringify(resolve(packageDir, 'dist/index.js'))};`,
      );
      expect(inputs.filter(isDecimalJs)).to.deep.equal([]);
    });
  }

  for (const name of ['money', 'loans', 'savings', 'welfare', 'ledger', 'year-end', 'books']) {
    it(`brings decimal.js with the ${name} row, which does decimal arithmetic`, async () => {
      const { inputs } = await bundle(rowModule(row(name)));
      expect(inputs.filter(isDecimalJs)).to.have.length.greaterThan(0);
    });
  }
});
