import { existsSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('src', import.meta.url));

/** The widgets: the folders of src/ with a `<name>.component.ts`. */
const widgets = readdirSync(src, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(`${src}/${entry.name}/${entry.name}.component.ts`),
  )
  .map((entry) => entry.name);

/**
 * Each widget's tag module registers its class with `defineElement('sajja-…', Class)` (see
 * src/shared/define.ts): record those as the manifest's custom-element definitions, where
 * tools look for which module defines a tag. The `customElements.define(tag, element)` inside
 * `defineElement` is no definition of its own (its tag is a parameter), so it goes.
 */
function defineElementCalls() {
  return {
    name: 'sajja-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const name = element.text;
      const from = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((declaration) =>
          declaration.importClause?.namedBindings?.elements?.some(
            (binding) => binding.name.text === name,
          ),
        );
      const module = from
        ? posix
            .join(posix.dirname(moduleDoc.path), from.moduleSpecifier.text)
            .replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name, module } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter(
          (each) => each.kind !== 'custom-element-definition' || each.name.includes('-'),
        );
      }
    },
  };
}

/**
 * Private members are no one's interface: listing them would only make the manifest change
 * with every refactoring.
 */
function withoutPrivateMembers() {
  return {
    name: 'sajja-without-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter(
            (member) => member.privacy !== 'private',
          );
        }
      }
    },
  };
}

/**
 * How `pnpm manifest` (`cem analyze --litelement`) writes custom-elements.json, the Custom
 * Elements Manifest that editors, Storybook and linters read: each widget's class and the module
 * that registers its tag, and the base classes its attributes are inherited from; next to this
 * file, without touching package.json (its `customElements` field is written by hand).
 */
export default {
  globs: [
    ...widgets.flatMap((name) => [`src/${name}/${name}.component.ts`, `src/${name}/${name}.ts`]),
    'src/shared/sajja-element.ts',
    'src/shared/headed-element.ts',
  ],
  outdir: '.',
  packagejson: false,
  plugins: [defineElementCalls(), withoutPrivateMembers()],
};
