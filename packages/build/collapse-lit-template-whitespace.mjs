import MagicString from 'magic-string';
import { walk } from './ast.mjs';

/**
 * Lit templates keep the indentation of their source: a minifier cannot know a template
 * literal is HTML or CSS. This Rollup plugin turns each run of whitespace that holds a line
 * break, inside templates tagged with Lit's `html`, `svg` or `css` (imported from `'lit'`,
 * under any local name), into one space: what HTML and CSS make of it anyway. Other template
 * literals are left alone. Only for modules `include(id)` accepts, whose templates render no
 * text with `white-space: pre` (the widgets set a `<textarea>`'s value as a property).
 */
export function collapseLitTemplateWhitespace({ include }) {
  return {
    name: 'sajja-collapse-lit-template-whitespace',
    transform(code, id) {
      if (!include(id) || !code.includes('lit')) return null;
      const program = this.parse(code);
      const tags = new Set(
        program.body
          .filter((node) => node.type === 'ImportDeclaration' && node.source.value === 'lit')
          .flatMap((node) => node.specifiers)
          .filter(
            (specifier) =>
              specifier.type === 'ImportSpecifier' &&
              ['html', 'svg', 'css'].includes(specifier.imported.name),
          )
          .map((specifier) => specifier.local.name),
      );
      if (tags.size === 0) return null;
      const edited = new MagicString(code);
      walk(program, (node) => {
        if (
          node.type !== 'TaggedTemplateExpression' ||
          node.tag.type !== 'Identifier' ||
          !tags.has(node.tag.name)
        ) {
          return;
        }
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const collapsed = raw.replace(/\s*\n\s*/g, ' ');
          if (collapsed !== raw) edited.overwrite(quasi.start, quasi.end, collapsed);
        }
      });
      if (!edited.hasChanged()) return null;
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
