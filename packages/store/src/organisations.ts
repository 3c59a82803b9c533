import { chainWrite } from './audit-links.js';
import { logChange } from './change-log.js';
import { checkOrganisationRules, paymentRulesProblems } from './organisation-rules.js';
import { booksRulesProblems } from './organisation-rules.js';
import type { SajjaDatabase } from './database.js';
import { newId } from './ids.js';
import { timestampNow } from './ids.js';
import { live, type LiveQuery } from './live-query.js';
import { assertValid } from './record-checker.js';
import { guarded } from './storage-errors.js';
import { stampEdit } from './sync-state.js';
import { addNew } from './write.js';
import type { OrganisationRules } from './organisation-rules.js';
import { checkOrganisation } from './organisation-record.js';

/**
 * What an organisation is (DOMAIN.md, "Organisations a household belongs to"), stored as a code:
 * - `'savings-group'`: กลุ่มออมทรัพย์เพื่อการผลิต;
 * - `'pledge-group'`: กลุ่มสัจจะสะสมทรัพย์ / สัจจะออมทรัพย์;
 * - `'village-fund'`: กองทุนหมู่บ้านและชุมชนเมือง;
 * - `'village-bank'`: ธนาคารหมู่บ้าน / ธนาคารตำบล;
 * - `'welfare-fund'`: กองทุนสวัสดิการชุมชน;
 * - `'funeral-aid'`: ฌาปนกิจสงเคราะห์;
 * - `'cooperative'`: สหกรณ์;
 * - `'other'`: anything else (a sub-fund, a private group).
 */
export type OrganisationKind =
  | 'savings-group'
  | 'pledge-group'
  | 'village-fund'
  | 'village-bank'
  | 'welfare-fund'
  | 'funeral-aid'
  | 'cooperative'
  | 'other';

export { ORGANISATION_KINDS } from './organisation-record.js';

/** A fund or group that households belong to (often several at once). */
export interface OrganisationRecord {
  /** A unique id (a UUID unless the caller chose one). */
  readonly id: string;
  /** Its name (`'กลุ่มสัจจะบ้านหนองบัว'`), 1–200 characters. */
  readonly name: string;
  /** What kind of organisation it is. */
  readonly kind: OrganisationKind;
  /**
   * Its by-laws as data, by the {@link OrganisationRules} convention (`{ pledge, loans,
   * welfare, savings }`, each part checked by its `@sajja/core` validator when added or
   * replaced), stored as given. Must be plain JSON (objects, arrays, strings, finite numbers,
   * booleans, null) so a backup carries it exactly. Typed `unknown` because records stored
   * before the convention may hold anything.
   */
  readonly rules?: unknown;
}

/** What {@link OrganisationRepository.add} takes: a record, the id optional. */
export type NewOrganisation = Omit<OrganisationRecord, 'id'> & {
  /** An id of your own (a partner system's), 1–100 characters; a UUID is made when absent. */
  readonly id?: string;
};

/** The organisations (funds, groups) of a store. */
export interface OrganisationRepository {
  /**
   * Adds an organisation and returns it as stored.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-organisation`, with
   *   `problems`: name, kind, rules that are not plain JSON, and each problem the core
   *   validators find in the rules' `pledge`, `loans`, `welfare` and `savings` parts, at paths
   *   such as `rules.pledge.dueDay`), (`duplicate-id`) when the id is taken; `STORAGE_FULL`,
   *   `STORAGE_UNAVAILABLE`.
   *
   * @example
   * ```ts
   * const group = await store.organisations.add({
   *   name: 'กลุ่มสัจจะบ้านหนองบัว',
   *   kind: 'pledge-group',
   *   rules: { pledge: SAJJA_PLEDGE_RULES },
   * });
   * ```
   */
  add(organisation: NewOrganisation): Promise<OrganisationRecord>;
  /**
   * Adds the organisation, or replaces the one with the same id (new name, new rules); the
   * change log records `'add'` or `'update'`. A replacement is stamped with the device's hybrid
   * logical clock, so that when two devices change an organisation before they sync, the later
   * change wins on both.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} as {@link OrganisationRepository.add}.
   */
  put(organisation: OrganisationRecord): Promise<OrganisationRecord>;
  /** The organisation with this id, or `undefined`. */
  get(id: string): Promise<OrganisationRecord | undefined>;
  /** Every organisation, by name. */
  list(): Promise<OrganisationRecord[]>;
  /** {@link OrganisationRepository.list}, live. */
  live(): LiveQuery<OrganisationRecord[]>;
}

/** @internal The organisation repository of `db`. */
export function createOrganisationRepository(db: SajjaDatabase): OrganisationRepository {
  // Rules parts are checked on the way in only, never on import: a backup made before the
  // OrganisationRules convention must still load, whatever its rules held.
  const validated = async (organisation: unknown): Promise<OrganisationRecord> => {
    const checked = checkOrganisation(organisation);
    checked.problems.push(...checkOrganisationRules(checked.record.rules).problems);
    checked.problems.push(...(await paymentRulesProblems(checked.record.rules)));
    checked.problems.push(...(await booksRulesProblems(checked.record.rules)));
    return assertValid(checked, 'invalid-organisation', 'organisation', organisation);
  };
  const list = async (): Promise<OrganisationRecord[]> => {
    const organisations = await db.organisations.toArray();
    return organisations.sort(
      (a, b) => a.name.localeCompare(b.name, 'th') || a.id.localeCompare(b.id),
    );
  };
  return {
    add: (organisation) =>
      guarded(async () => {
        const record = await validated({ ...organisation, id: organisation?.id ?? newId() });
        await db.transaction('rw', db.organisations, db.changes, db.auditLinks, async () => {
          await addNew(db.organisations, record, 'organisations');
          const at = timestampNow();
          await logChange(db, 'organisations', [record.id], 'add', at);
          await chainWrite(db, 'organisations', record, at);
        });
        return record;
      }),
    put: (organisation) =>
      guarded(async () => {
        const record = await validated(organisation);
        const tables = [db.organisations, db.changes, db.auditLinks, db.syncState, db.recordClocks];
        await db.transaction('rw', tables, async () => {
          const existed = (await db.organisations.get(record.id)) !== undefined;
          await db.organisations.put(record);
          // A replaced name or rules are stamped for sync's last-writer-wins.
          if (existed) await stampEdit(db, 'organisations', record.id);
          const at = timestampNow();
          await logChange(db, 'organisations', [record.id], existed ? 'update' : 'add', at);
          await chainWrite(db, 'organisations', record, at);
        });
        return record;
      }),
    get: (id) => guarded(() => db.organisations.get(id)),
    list: () => guarded(list),
    live: () => live(db, list),
  };
}
