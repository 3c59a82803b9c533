// The Custom Elements Manifest (custom-elements.json) is what editors, Storybook and linters know
// of the widgets: it must be what the analyzer writes from today's source, and it must name every
// tag, part, custom property and event the source has.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const committed = JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8'));
const REGENERATE = 'pnpm --filter @sajja/widgets manifest';

/** The manifest `pnpm manifest` writes from the source now, written to a temporary folder. */
function generate() {
  const [command, ...args] = packageJson.scripts.manifest.split(/\s+/);
  assert.equal(command, 'cem', 'the manifest script runs the analyzer (`cem analyze …`)');
  const outdir = mkdtempSync(join(tmpdir(), 'sajja-manifest-'));
  after(() => rmSync(outdir, { recursive: true, force: true }));
  const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  // The analyzer joins --outdir to its working folder, so it takes a relative path.
  execFileSync(
    process.execPath,
    [cem, ...args, '--quiet', '--outdir', relative(packageDir, outdir)],
    { cwd: packageDir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
}

/** Each widget's folder in src/ (`balance-card`), with the sources in it. */
const widgets = readdirSync(join(packageDir, 'src'), { withFileTypes: true })
  .filter((entry) => existsSync(join(packageDir, 'src', entry.name, `${entry.name}.component.ts`)))
  .map((entry) => {
    const folder = join(packageDir, 'src', entry.name);
    const sources = readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(folder, file), 'utf8'));
    return { name: entry.name, sources };
  });

const declarations = committed.modules.flatMap((module) => module.declarations ?? []);
const definitions = committed.modules.flatMap((module) =>
  (module.exports ?? []).filter((each) => each.kind === 'custom-element-definition'),
);
const declarationOf = (tag) => declarations.find((declaration) => declaration.tagName === tag);
const namesOf = (list = []) => list.map((item) => item.name).sort();
const matches = (sources, pattern) =>
  [...new Set(sources.flatMap((source) => [...source.matchAll(pattern)].map((m) => m[1])))].sort();
const themeSource = readFileSync(join(packageDir, 'src/shared/theme.styles.ts'), 'utf8');
/** The shared theme's properties that style only some elements, by what they style. */
const THEME_PROPERTIES_FOR = {
  '--sajja-on-primary-color': /<button\b/,
  '--sajja-field-background-color': /<(input|select|textarea)\b/,
};

describe('custom-elements.json', () => {
  it('is what the analyzer writes from the source today', () => {
    try {
      assert.deepStrictEqual(committed, generate());
    } catch (error) {
      if (!(error instanceof assert.AssertionError)) throw error;
      assert.fail(
        `custom-elements.json is out of date with src/: run \`${REGENERATE}\` and commit it.\n` +
          error.message,
      );
    }
  });

  it('is named in package.json for tools to find, and published', () => {
    assert.equal(packageJson.customElements, 'custom-elements.json');
    assert.ok(packageJson.files.includes('custom-elements.json'));
    // For `import manifest from '@sajja/widgets/custom-elements.json'` (Storybook's set-up).
    assert.equal(packageJson.exports['./custom-elements.json'], './custom-elements.json');
  });

  for (const { name, sources } of widgets) {
    describe(`<sajja-${name}>`, () => {
      const tag = matches(sources, /defineElement\('([^']+)'/g)[0];
      const declaration = declarationOf(tag) ?? {};

      it('is declared with its tag, and defined by the module that registers it', () => {
        assert.equal(tag, `sajja-${name}`);
        assert.ok(declaration.customElement, `${tag} has no custom-element declaration`);
        assert.ok(declaration.description, `${tag} has no description`);
        const definition = definitions.find((each) => each.name === tag);
        assert.equal(definition?.declaration.name, declaration.name);
      });

      it('lists every CSS part it renders', () => {
        const parts = matches(sources, /\bpart="([^"]+)"/g);
        assert.deepEqual(
          parts.filter((part) => !namesOf(declaration.cssParts).includes(part)),
          [],
          `parts missing: add a @csspart to the class's comment and run \`${REGENERATE}\``,
        );
      });

      it('lists every --sajja-* custom property it reads', () => {
        const own = matches(sources, /var\((--sajja-[a-z-]+)/g);
        const theme = sources.some((source) => source.includes('themeStyles'))
          ? matches([themeSource], /var\((--sajja-[a-z-]+)/g).filter(
              (property) =>
                !THEME_PROPERTIES_FOR[property] ||
                sources.some((source) => THEME_PROPERTIES_FOR[property].test(source)),
            )
          : [];
        const documented = namesOf(declaration.cssProperties);
        assert.deepEqual(
          [...new Set([...own, ...theme])].filter((property) => !documented.includes(property)),
          [],
          `custom properties missing: add a @cssprop to the class's comment and run \`${REGENERATE}\``,
        );
      });

      it('lists every event it fires', () => {
        const events = matches(sources, /new CustomEvent(?:<[^>]+>)?\(\s*'([^']+)'/g);
        assert.deepEqual(namesOf(declaration.events), events);
      });

      it('describes every attribute, each backed by a property, and every event, part and custom property', () => {
        for (const attribute of declaration.attributes ?? []) {
          assert.ok(attribute.fieldName, `attribute ${attribute.name} has no property`);
          assert.ok(attribute.description, `attribute ${attribute.name} has no description`);
        }
        for (const item of [
          ...(declaration.events ?? []),
          ...(declaration.cssParts ?? []),
          ...(declaration.cssProperties ?? []),
        ]) {
          assert.ok(item.description, `${item.name} has no description`);
        }
      });
    });
  }
});
