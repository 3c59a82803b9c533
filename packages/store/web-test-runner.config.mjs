import { testConfig } from '@sajja/testing';

// The sync tests (test/sync*.test.ts) run against a real @sajja/server in a child process,
// which the plugin starts, kills and restarts on their command.
export default testConfig({ files: 'test/**/*.test.ts', syncServer: true });
