import { expect } from '@open-wc/testing';
import '../src/index.js';
import { WIDGET_TAGS } from '../src/autoloader/widget-loader.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
}

/** custom-elements.json as committed (the node test checks it is what the source gives). */
async function manifestDeclarations(): Promise<Declaration[]> {
  const response = await fetch(new URL('../custom-elements.json', import.meta.url));
  const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules.flatMap((module) => module.declarations ?? []);
}

describe('custom-elements.json, against the widgets as the browser defines them', () => {
  it('declares every widget tag', async () => {
    const tags = (await manifestDeclarations()).flatMap((each) => each.tagName ?? []);
    expect([...tags].sort()).to.deep.equal([...WIDGET_TAGS].sort());
  });

  for (const tag of WIDGET_TAGS) {
    it(`lists exactly the attributes <${tag}> observes, each with its property`, async () => {
      const declaration = (await manifestDeclarations()).find((each) => each.tagName === tag)!;
      const element = customElements.get(tag) as CustomElementConstructor & {
        observedAttributes: string[];
      };
      const listed = declaration.attributes!.map((attribute) => attribute.name);
      expect([...listed].sort()).to.deep.equal([...element.observedAttributes].sort());
      const instance = document.createElement(tag);
      for (const attribute of declaration.attributes!) {
        expect(attribute.fieldName! in instance, `${tag}'s ${attribute.fieldName}`).to.equal(true);
      }
    });
  }
});
