import { testConfig } from './index.mjs';

export default testConfig({ files: 'test/**/*.test.mjs', syncServer: true });
