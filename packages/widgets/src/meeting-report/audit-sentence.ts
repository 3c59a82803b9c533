import type { AuditVerification } from '@sajja/store';
import type { LocalizeController } from '../shared/localize-controller.js';
import type { meetingReportStrings } from './meeting-report.strings.js';

type Localize = LocalizeController<keyof (typeof meetingReportStrings)['th']>;

/**
 * What `verifyOrganisationAudit` found, as a sentence: how many records verify up to `month`,
 * or the first record that does not, named by its table (in words), its id and its month, and
 * what was found (changed, removed, without its link, out of order).
 */
export function auditSentence(localize: Localize, audit: AuditVerification, month: string): string {
  if (audit.ok) {
    return localize.t('auditOk', { count: audit.checked, month: localize.month(month) });
  }
  const { table, recordId, month: recordMonth, reason } = audit.broken;
  return localize.t('auditBroken', {
    what: localize.t(`table-${table}`),
    id: recordId,
    month: localize.month(recordMonth),
    reason: localize.t(`reason-${reason}`),
  });
}
