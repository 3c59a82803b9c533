import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import { collapseLitTemplateWhitespace } from '../index.mjs';

/** The code Rollup makes of module `source` (named `id`), 'lit' left as an import. */
async function transformed(source, id = '/repo/packages/widgets/src/example.js') {
  const build = await rollup({
    input: id,
    external: ['lit', 'other'],
    plugins: [
      { name: 'source', resolveId: (name) => (name === id ? id : null), load: () => source },
      collapseLitTemplateWhitespace({ include: (moduleId) => moduleId.includes('/widgets/src/') }),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  return output[0].code;
}

describe('collapseLitTemplateWhitespace', () => {
  const source = [
    "import { html, css as styles } from 'lit';",
    "import { html as other } from 'other';",
    'export const view = (name) => html`<div>',
    '    <span',
    '      title=${name}',
    '    >${name}</span>',
    '  </div>`;',
    'export const look = styles`:host {',
    '    display: block;',
    '  }`;',
    'export const text = `line one',
    '  line two`;',
    'export const foreign = other`<p>',
    '  kept</p>`;',
  ].join('\n');

  it("turns indentation inside Lit's templates, under any local name, into one space", async () => {
    const code = await transformed(source);
    // (Rollup renames the imports; the templates are what matters.)
    assert.ok(code.includes('`<div> <span title=${name} >${name}</span> </div>`'), code);
    assert.ok(code.includes('`:host { display: block; }`'), code);
  });

  it('leaves other template literals, and other modules, as they are', async () => {
    const code = await transformed(source);
    assert.ok(code.includes('`line one\n  line two`'), code);
    assert.ok(code.includes('`<p>\n  kept</p>`'), code);
    const elsewhere = await transformed(source, '/repo/packages/core/src/example.js');
    assert.ok(elsewhere.includes('`<div>\n    <span'), elsewhere);
  });
});
