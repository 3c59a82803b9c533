import { testConfig } from '@sajja/testing';

/**
 * jsQR (which the PromptPay QR tests read codes back with) ships one UMD file and no ES
 * module; give it the CommonJS `module` it looks for and export what it puts there.
 */
const jsqrEsm = {
  name: 'sajja-jsqr-esm',
  transform(context) {
    if (!context.path.endsWith('/jsqr/dist/jsQR.js')) return undefined;
    return [
      'const module = { exports: {} };',
      'const exports = module.exports;',
      context.body,
      'export default module.exports;',
    ].join('\n');
  },
};

export default {
  // <sajja-sync-status>'s tests sync with a real @sajja/server the plugin starts (syncServer).
  ...testConfig({ files: 'test/**/*.test.ts', plugins: [jsqrEsm], syncServer: true }),
  // The repository's root, so that the committee's tests import the store's fixture of a small
  // group (test/committee-fixture.ts) rather than a copy of it.
  rootDir: '../..',
};
