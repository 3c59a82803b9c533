/**
 * @internal The store's backups and file imports: loaded by `import()` inside the store methods
 * that make or read them, so a page that never backs up or imports a file never downloads
 * them (in the one-script widget bundle, a chunk of their own).
 */
export { exportBackup, importBackup } from './backup.js';
export { exportDexieFile } from './backup-file.js';
export { exportLedgerCsv, importLedgerCsv } from './ledger-csv-transfer.js';
