import { testConfig } from '@sajja/testing';

// tree-shaking.test.ts bundles the built package with esbuild, which runs in Node only.
export default testConfig({ files: ['test/**/*.test.ts', '!test/tree-shaking.test.ts'] });
