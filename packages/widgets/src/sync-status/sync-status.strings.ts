import type { Translations } from '../shared/translations.js';

/** Every sentence `<sajja-sync-status>` shows, in Thai and English. */
export const syncStatusStrings: Translations<
  | 'title'
  | 'loading'
  | 'lastSynced'
  | 'lastSyncedAt'
  | 'never'
  | 'pending'
  | 'pendingCount'
  | 'pendingOne'
  | 'nothingPending'
  | 'state-idle'
  | 'state-syncing'
  | 'state-offline'
  | 'state-error'
  | 'state-stopped'
  | 'record'
  | 'recordValue'
  | 'syncNow'
  | 'table-households'
  | 'table-organisations'
  | 'table-memberships'
  | 'table-ledger'
  | 'table-fundTransactions'
  | 'table-loans'
> = {
  th: {
    title: 'การซิงค์ข้อมูล',
    loading: 'กำลังโหลด…',
    lastSynced: 'ซิงค์ล่าสุด',
    lastSyncedAt: '{date} เวลา {time} น.',
    never: 'ยังไม่เคยซิงค์',
    pending: 'รอส่ง',
    pendingCount: '{count} รายการ',
    pendingOne: '1 รายการ',
    nothingPending: 'ส่งครบแล้ว',
    'state-idle': 'ซิงค์เรียบร้อย',
    'state-syncing': 'กำลังซิงค์…',
    'state-offline': 'ออฟไลน์',
    'state-error': 'ซิงค์มีปัญหา',
    'state-stopped': 'ไม่ได้ซิงค์อยู่',
    record: 'รายการที่มีปัญหา',
    recordValue: '{table} รหัส {id}',
    syncNow: 'ซิงค์ตอนนี้',
    'table-households': 'ครัวเรือน',
    'table-organisations': 'กลุ่มหรือกองทุน',
    'table-memberships': 'การเป็นสมาชิก',
    'table-ledger': 'รายการบัญชีครัวเรือน',
    'table-fundTransactions': 'รายการเงินกับกองทุน',
    'table-loans': 'เงินกู้',
  },
  en: {
    title: 'Sync',
    loading: 'Loading…',
    lastSynced: 'Last synced',
    lastSyncedAt: '{date} at {time}',
    never: 'Never synced',
    pending: 'Waiting to be sent',
    pendingCount: '{count} changes',
    pendingOne: '1 change',
    nothingPending: 'All sent',
    'state-idle': 'Synced',
    'state-syncing': 'Syncing…',
    'state-offline': 'Offline',
    'state-error': 'Sync problem',
    'state-stopped': 'Not syncing',
    record: 'Record concerned',
    recordValue: '{table} {id}',
    syncNow: 'Sync now',
    'table-households': 'Household',
    'table-organisations': 'Group or fund',
    'table-memberships': 'Membership',
    'table-ledger': 'Ledger entry',
    'table-fundTransactions': 'Fund transaction',
    'table-loans': 'Loan',
  },
};
