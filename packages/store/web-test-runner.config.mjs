import { testConfig } from '@sajja/testing';

export default testConfig({ files: 'test/**/*.test.ts' });
