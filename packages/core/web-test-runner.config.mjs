import { testConfig } from '@sajja/testing';

// tree-shaking.test.ts bundles the built package with esbuild, and promptpay-oracles.test.ts
// requires CommonJS packages that need Node's Buffer: both run in Node only.
export default testConfig({
  files: ['test/**/*.test.ts', '!test/tree-shaking.test.ts', '!test/promptpay-oracles.test.ts'],
});
