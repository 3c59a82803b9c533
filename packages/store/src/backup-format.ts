// Apart from the backup code, which the store loads only when a backup is made or read.

/** The `format` of every Sajja backup: tells it apart from any other JSON file. */
export const BACKUP_FORMAT = 'sajja-backup';

/** The backup format version this release writes, and the newest it reads. */
export const BACKUP_VERSION = 1;
