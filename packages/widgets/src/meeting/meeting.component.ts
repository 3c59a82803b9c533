import {
  DEFAULT_STORE_NAME,
  isSajjaError,
  localToday,
  money,
  problemMessage,
  type Money,
} from '@sajja/core';
import type {
  FundTransactionRecord,
  LiveQuery,
  OrganisationRoster,
  PaymentMethod,
  RosterMember,
} from '@sajja/store';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatDateInput, parseDateInput } from '../shared/date-input.js';
import { displayDate, displayMoney, displayMonth, inDigits } from '../shared/display.js';
import { wordFieldMessage, type FieldMessage } from '../shared/form-control-controller.js';
import { SajjaHeadedElement } from '../shared/headed-element.js';
import { LiveController } from '../shared/live-controller.js';
import { connectStore } from '../shared/store-connection.js';
import { themeStyles } from '../shared/theme.styles.js';
import { translate } from '../shared/translations.js';
import { checkRow, prefill, rowFields, type RowDraft, type RowField } from './meeting-payments.js';
import {
  fieldId,
  memberName,
  renderRow,
  type MeetingRowHost,
  type MeetingStringKey,
} from './meeting-row.js';
import { deferredLive, keepGroupBooks, loadOrganisationViews } from './meeting-store.js';
import { renderReversal, type ReversalStep } from './meeting-reversal.js';
import { meetingStrings } from './meeting.strings.js';
import { meetingStyles } from './meeting.styles.js';

/** The `detail` of a `sajja-meeting-row` event: one member's row as saved. */
export interface SajjaMeetingRowDetail {
  /** The membership whose payments were recorded. */
  readonly membershipId: string;
  /** The meeting's month, `'YYYY-MM'`. */
  readonly month: string;
  /**
   * The ids of the fund transactions written, in the row's order (the pledge's deposit, each
   * loan's repayment, the contribution; only those filled in): `store.fundTransactions.get(id)`.
   */
  readonly recordIds: readonly string[];
}

/** The event `<sajja-meeting>` fires after it has saved a row. */
export type SajjaMeetingRowEvent = CustomEvent<SajjaMeetingRowDetail>;

/** What a row's last save found wrong. */
interface RowProblems {
  readonly fields: Partial<Record<RowField, FieldMessage>>;
  readonly row?: FieldMessage;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The last day of a `'YYYY-MM'` month, ISO. */
/** One empty list, so a row without transfers keeps its guard's value. */
const NO_TRANSFERS: readonly FundTransactionRecord[] = Object.freeze([]);

/** The payments that did not come in cash, by membership, in date order. */
function transfersByMembership(
  records: readonly FundTransactionRecord[],
): ReadonlyMap<string, FundTransactionRecord[]> {
  const byMembership = new Map<string, FundTransactionRecord[]>();
  for (const record of records) {
    if (record.method !== 'promptpay' && record.method !== 'bank-transfer') continue;
    if (record.reverses !== undefined) continue;
    const list = byMembership.get(record.membershipId);
    if (list) list.push(record);
    else byMembership.set(record.membershipId, [record]);
  }
  return byMembership;
}

/** A live query whose values are `map`ped. */
function mapLive<T, U>(query: LiveQuery<T>, map: (value: T) => U): LiveQuery<U> {
  return {
    subscribe(observer) {
      const target = typeof observer === 'function' ? { next: observer } : observer;
      return query.subscribe({
        next: (value) => target.next?.(map(value)),
        error: (error) => target.error?.(error),
      });
    },
  };
}

function lastDayOf(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * `<sajja-meeting>` is the treasurer's screen at a group's monthly meeting: the roster of the
 * organisation's members for one month, a row per member with what is due (the pledge, each
 * loan's instalment and arrears, the welfare contribution) and what was paid, and the totals
 * under it, which are the sums of the rows (`organisationRoster` of `@sajja/store`, live: a
 * payment recorded in another tab shows too).
 *
 * The treasurer records a member's payments in their row: the amounts are prefilled with what
 * is due (blank once the member has paid something this month), Tab moves through the row's
 * fields, Enter (or the row's save button) saves the row and moves the focus to the next
 * member's first field. A saved row writes, all or nothing
 * (`store.fundTransactions.addAll`), the records the deposit form writes: a `deposit` for the
 * pledge, a `repayment` with its `loanId` per loan, a `contribution`; dated the meeting day and
 * paid by the row's method (after the first, the browser is asked to keep the site's data:
 * `requestPersistence`). Every amount is checked as the deposit form checks it (Thai
 * digits, commas, the membership's deposit limits for the pledge); a refused row keeps what was
 * typed and shows why beside the field. A search field finds a member by number or name. A
 * row's payments of the month are corrected by reversal, after a confirm step.
 *
 * On a wide screen the roster is a table (a row header per member); narrower than about 600
 * px (the element's own width, by a container query) each row is a card.
 *
 * @example
 * ```html
 * <sajja-meeting organisation="org-1" month="2025-03" store="codi-portal"></sajja-meeting>
 * <script type="module">
 *   document.addEventListener('sajja-meeting-row', (event) => {
 *     console.log(event.detail.recordIds); // ['…', '…']
 *   });
 * </script>
 * ```
 *
 * @tag sajja-meeting
 * @attr organisation - the id of the organisation (the group) whose meeting it is.
 * @attr month - the meeting's month, `YYYY-MM`.
 * @attr store - the store (IndexedDB database) name; default `'sajja'`.
 * @attr date - the meeting day, ISO `YYYY-MM-DD`, on which payments are recorded; default today
 *   when it falls in `month`, else the month's last day. The treasurer can change it in the
 *   widget's own field.
 * @attr ledger - `'off'`: record the pledge deposits in the group's books only, without the
 *   household ledger's savings entry the deposit form also writes. Default `'on'`.
 * @fires {SajjaMeetingRowEvent} sajja-meeting-row - after a row is saved; `detail` is a
 *   {@link SajjaMeetingRowDetail}. Bubbles and is composed.
 * @csspart roster - the table of members (cards on a phone).
 * @csspart row - each member's row (card).
 * @csspart amount - each amount field.
 * @csspart method - each row's "paid by" choice.
 * @csspart save-button - each row's save button.
 * @csspart correct-button - each row's button that opens the reversal step.
 * @csspart transfers - the list, under a row's paid total, of its transfers of the month
 *   (PromptPay, bank transfer) with their slip references.
 * @csspart reversal - the reversal step of a row: its payments of the month and the confirm.
 * @csspart totals - the totals under the roster.
 * @csspart search - the search field.
 * @csspart date - the meeting day field.
 * @csspart alert - why the roster cannot be shown (unknown organisation, a month before the
 *   group existed, a bad month, storage failing).
 * @csspart status - the polite announcement: a row saved and the new total, a row refused.
 * @cssprop --sajja-primary-color - buttons and focus rings.
 * @cssprop --sajja-on-primary-color - text on the save buttons.
 * @cssprop --sajja-danger-color - error messages and the border of a wrong field.
 * @cssprop --sajja-text-color - text (inherited by default).
 * @cssprop --sajja-muted-color - hints (what is due).
 * @cssprop --sajja-background-color - the widget's background.
 * @cssprop --sajja-field-background-color - the fields' background.
 * @cssprop --sajja-border-color - table rules, card and field borders.
 * @cssprop --sajja-border-radius - corner radius.
 * @cssprop --sajja-spacing - the base gap.
 * @cssprop --sajja-font-family - the font (inherited by default).
 */
export class SajjaMeeting extends SajjaHeadedElement {
  /** The shadow styles. */
  static override styles = [themeStyles, meetingStyles];

  /** The id of the organisation (the group) whose meeting it is. */
  @property() organisation = '';

  /** The meeting's month, `YYYY-MM`. */
  @property() month = '';

  /** The store (IndexedDB database) name; default `'sajja'`. */
  @property() store = DEFAULT_STORE_NAME;

  /**
   * The meeting day, ISO `YYYY-MM-DD`, on which payments are recorded; default today when it
   * falls in `month`, else the month's last day.
   */
  @property() date = '';

  /**
   * `'off'`: record the pledge deposits in the group's books only, without the household
   * ledger's savings entry the deposit form also writes. Default `'on'`.
   */
  @property() ledger: 'on' | 'off' = 'on';

  /** What was typed in each row, by membership. */
  @state() private drafts = new Map<string, RowDraft>();
  /** What each row's last save found wrong, by membership. */
  @state() private problems = new Map<string, RowProblems>();
  @state() private savingRows = new Set<string>();
  @state() private query = '';
  /** Undefined until the treasurer edits the meeting day. */
  @state() private dateText?: string;
  @state() private dateError?: FieldMessage;
  @state() private announcement?: FieldMessage;
  @state() private reversalStep?: ReversalStep;
  /** The roster with rows replaced after saving them, until the live roster catches up. */
  @state() private patched?: {
    readonly base: OrganisationRoster;
    readonly roster: OrganisationRoster;
  };

  private readonly roster = new LiveController<OrganisationRoster>(
    this,
    () => (this.organisation ? `${this.organisation}\u0000${this.month}` : undefined),
    () => this.store,
    (store) => {
      const options = { organisationId: this.organisation, month: this.month };
      return deferredLive(async () =>
        (await loadOrganisationViews()).liveOrganisationRoster(store, options),
      );
    },
  );

  /**
   * The month's payments by PromptPay or bank transfer, by membership: shown in each row for
   * the treasurer to match against the bank statement. Live, like the roster; read from the
   * organisation's date index, so a month of a large group is a small read.
   */
  private readonly transfers = new LiveController<ReadonlyMap<string, FundTransactionRecord[]>>(
    this,
    () =>
      this.organisation && /^\d{4}-(0[1-9]|1[0-2])$/.test(this.month)
        ? `${this.organisation}\u0000${this.month}`
        : undefined,
    () => this.store,
    (store) => {
      const options = {
        organisationId: this.organisation,
        from: `${this.month}-01`,
        to: lastDayOf(this.month),
      };
      return mapLive(store.fundTransactions.liveList(options), transfersByMembership);
    },
  );

  /** What the rows' rendering (meeting-row.ts) calls back. */
  private readonly rows: MeetingRowHost = {
    t: (key, values) => this.t(key, values),
    money: (amount) => this.money(amount),
    day: (iso) => this.day(iso),
    number: (text) => inDigits(text, this.digitStyle),
    fieldText: (member, field) => this.fieldText(member, field),
    fieldError: (member, field) => this.fieldError(member, field),
    rowError: (member) => this.rowError(member),
    method: (member) => this.method(member),
    transfers: (member) => this.transfersOf(member),
    saving: (member) => this.saving(member),
    reversal: (member, index) => this.reversal(member, index),
    onInput: (member, field, value) => this.onInput(member, field, value),
    onMethod: (member, method) => this.onMethod(member, method),
    onKeydown: (member, event) => this.onKeydown(member, event),
    save: (member) => this.save(member),
    openReversal: (member, index) => this.openReversal(member, index),
  };

  /** The roster shown: the live one, or the one with just-saved rows replaced. */
  private currentRoster(): OrganisationRoster | undefined {
    const state = this.roster.state;
    if (state.status !== 'ready') return undefined;
    return this.patched?.base === state.value ? this.patched.roster : state.value;
  }

  /** A sentence of the meeting in its language and digits. */
  private t(key: MeetingStringKey, values: Readonly<Record<string, string | number>> = {}): string {
    return translate(meetingStrings, this.language, key, values, this.digitStyle);
  }

  /** An amount in the widget's digits. */
  private money(amount: string | Money): string {
    return displayMoney(amount, this.digitStyle);
  }

  /** A date in the widget's language and digits. */
  private day(iso: string): string {
    return displayDate(iso, this.language, this.digitStyle);
  }

  private fieldText(member: RosterMember, field: RowField): string {
    return (
      this.drafts.get(member.membershipId)?.texts[field] ?? prefill(member, field, this.digitStyle)
    );
  }

  private fieldError(member: RosterMember, field: RowField): string {
    const message = this.problems.get(member.membershipId)?.fields[field];
    return wordFieldMessage(message, this.language, this.digitStyle);
  }

  private rowError(member: RosterMember): string {
    return wordFieldMessage(
      this.problems.get(member.membershipId)?.row,
      this.language,
      this.digitStyle,
    );
  }

  private method(member: RosterMember): PaymentMethod {
    return this.drafts.get(member.membershipId)?.method ?? 'cash';
  }

  private transfersOf(member: RosterMember): readonly FundTransactionRecord[] {
    const state = this.transfers.state;
    return state.status === 'ready'
      ? (state.value.get(member.membershipId) ?? NO_TRANSFERS)
      : NO_TRANSFERS;
  }

  private saving(member: RosterMember): boolean {
    return this.savingRows.has(member.membershipId);
  }

  private onInput(member: RosterMember, field: RowField, value: string): void {
    const draft = this.draftOf(member);
    this.setDraft(member, { ...draft, texts: { ...draft.texts, [field]: value } });
  }

  private onMethod(member: RosterMember, method: PaymentMethod): void {
    this.setDraft(member, { ...this.draftOf(member), method });
  }

  private onKeydown(member: RosterMember, event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    void this.saveRow(member.membershipId);
  }

  private save(member: RosterMember): void {
    void this.saveRow(member.membershipId);
  }

  /**
   * Saves the row of `membershipId` as Enter or its save button does: checks it, writes its
   * records all or nothing, replaces the row and the totals, announces them, fires
   * `sajja-meeting-row` and moves the focus to the next member's first field. A second call
   * while the row is being saved does nothing.
   *
   * @returns the event's detail, or `undefined` when nothing was written (the reason is shown
   *   beside the field or under the row).
   */
  async saveRow(membershipId: string): Promise<SajjaMeetingRowDetail | undefined> {
    const roster = this.currentRoster();
    const member = roster?.members.find((each) => each.membershipId === membershipId);
    if (!roster || !member || this.savingRows.has(membershipId)) return undefined;
    const month = roster.month;
    this.savingRows = new Set(this.savingRows).add(membershipId);
    this.announcement = undefined;
    let focusNext = false;
    try {
      const date = this.meetingDay(month);
      if (date === undefined) {
        void this.updateComplete.then(() => this.focusId('date'));
        return undefined;
      }
      const store = await connectStore(this.store);
      const membership = await store.memberships.get(membershipId);
      const draft = this.draftOf(member);
      const checked = checkRow(member, draft, membership, date, this.digitStyle);
      if (checked.transactions.length === 0) {
        this.showProblems(member, { fields: checked.errors, row: checked.rowError });
        return undefined;
      }
      let records: FundTransactionRecord[];
      try {
        records = await store.fundTransactions.addAll(checked.transactions, {
          ledger: this.ledger !== 'off',
        });
      } catch (error) {
        if (!isSajjaError(error)) globalThis.reportError?.(error);
        this.showProblems(member, this.storeProblems(error, checked.fields));
        return undefined;
      }
      // Once the group's books are on this device, ask the browser to keep them.
      keepGroupBooks();
      // Clear only what was saved: whatever was typed meanwhile stays.
      if (this.drafts.get(membershipId) === draft) this.setDraft(member, undefined);
      this.setProblems(member, undefined);
      await this.replaceRow(store, membershipId, month);
      const amount = records.reduce((sum, record) => sum.plus(record.amount), money('0'));
      const paidTotal = this.currentRoster()?.totals.paid.total ?? '0.00';
      this.announcement = () =>
        `${this.t('saved', { name: memberName(this.rows, member), amount: this.money(amount) })} ${this.t('totalsNow', { amount: this.money(paidTotal) })}`;
      focusNext = true;
      const detail: SajjaMeetingRowDetail = {
        membershipId,
        month,
        recordIds: records.map((record) => record.id),
      };
      this.dispatchEvent(
        new CustomEvent<SajjaMeetingRowDetail>('sajja-meeting-row', {
          detail,
          bubbles: true,
          composed: true,
        }),
      );
      return detail;
    } catch (error) {
      if (!isSajjaError(error)) globalThis.reportError?.(error);
      this.showProblems(member, { fields: {}, row: messageOf(error) });
      return undefined;
    } finally {
      const saving = new Set(this.savingRows);
      saving.delete(membershipId);
      this.savingRows = saving;
      if (focusNext) void this.updateComplete.then(() => this.focusNextRow(membershipId));
    }
  }

  /** Reads the member's row again and puts it, and the totals of the rows, in place. */
  private async replaceRow(
    store: Awaited<ReturnType<typeof connectStore>>,
    membershipId: string,
    month: string,
  ): Promise<void> {
    const views = await loadOrganisationViews();
    const row = await views.organisationRosterMember(store, {
      organisationId: this.organisation,
      month,
      membershipId,
    });
    const base = this.currentRoster();
    const state = this.roster.state;
    if (!base || state.status !== 'ready' || base.month !== month) return;
    const members = base.members.map((each) => (each.membershipId === membershipId ? row : each));
    this.patched = {
      base: state.value,
      roster: { ...base, members, totals: views.rosterTotals(members) },
    };
  }

  /** The meeting day, checked; `undefined` (and the field's message shown) when it is wrong. */
  private meetingDay(month: string): string | undefined {
    let date: string;
    try {
      date = parseDateInput(this.currentDateText());
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      this.dateError = error;
      return undefined;
    }
    if (!date.startsWith(`${month}-`)) {
      this.dateError = (language) =>
        translate(meetingStrings, language, 'dateOutsideMonth', {
          month: displayMonth(month, language, this.digitStyle),
        });
      return undefined;
    }
    this.dateError = undefined;
    return date;
  }

  /** The meeting day by default: `date`, else today within the month, else its last day. */
  private defaultDate(): string {
    if (this.date) return this.date;
    const today = localToday();
    if (!MONTH.test(this.month) || today.startsWith(`${this.month}-`)) return today;
    return lastDayOf(this.month);
  }

  private currentDateText(): string {
    return this.dateText ?? formatDateInput(this.defaultDate(), this.digitStyle);
  }

  /** A store refusal of the row as the fields' messages: `[i].amount` belongs to field i. */
  private storeProblems(error: unknown, fields: readonly RowField[]): RowProblems {
    if (!isSajjaError(error) || error.problems.length === 0) {
      return { fields: {}, row: messageOf(error) };
    }
    const byField: Partial<Record<RowField, FieldMessage>> = {};
    const rest = [];
    for (const problem of error.problems) {
      const index = /^\[(\d+)\]/.exec(problem.path)?.[1];
      const field = index === undefined ? undefined : fields[Number(index)];
      if (field && byField[field] === undefined) {
        byField[field] = (language) => problemMessage(problem, language);
      } else if (!field) rest.push(problem);
    }
    return Object.keys(byField).length > 0 && rest.length === 0
      ? { fields: byField }
      : { fields: byField, row: error };
  }

  private showProblems(member: RosterMember, problems: RowProblems): void {
    this.setProblems(member, problems);
    // Worded when shown, the member's number too, so it follows lang and digits.
    this.announcement = () => this.t('fixRow', { name: memberName(this.rows, member) });
    const index = this.indexOf(member.membershipId);
    const first = rowFields(member).find((field) => problems.fields[field] !== undefined);
    const target = first ? fieldId(index, first) : fieldId(index, 'save');
    void this.updateComplete.then(() => this.focusId(target));
  }

  private draftOf(member: RosterMember): RowDraft {
    return this.drafts.get(member.membershipId) ?? { texts: {}, method: 'cash' };
  }

  private setDraft(member: RosterMember, draft: RowDraft | undefined): void {
    const drafts = new Map(this.drafts);
    if (draft) drafts.set(member.membershipId, draft);
    else drafts.delete(member.membershipId);
    this.drafts = drafts;
  }

  private setProblems(member: RosterMember, problems: RowProblems | undefined): void {
    const all = new Map(this.problems);
    if (problems) all.set(member.membershipId, problems);
    else all.delete(member.membershipId);
    this.problems = all;
  }

  private indexOf(membershipId: string): number {
    return (
      this.currentRoster()?.members.findIndex((each) => each.membershipId === membershipId) ?? -1
    );
  }

  /** The members the search shows, with their index in the roster. */
  private visibleMembers(roster: OrganisationRoster): { member: RosterMember; index: number }[] {
    const query = normalise(this.query);
    return roster.members
      .map((member, index) => ({ member, index }))
      .filter(
        ({ member }) =>
          query === '' ||
          normalise(member.memberNumber ?? '') === query ||
          normalise(member.memberNumber ?? '').startsWith(query) ||
          normalise(member.householdName).includes(query),
      );
  }

  private focusNextRow(membershipId: string): void {
    const roster = this.currentRoster();
    if (!roster) return;
    const visible = this.visibleMembers(roster);
    const at = visible.findIndex(({ member }) => member.membershipId === membershipId);
    const next = visible[at + 1] ?? visible[at];
    if (!next) return;
    this.focusId(fieldId(next.index, rowFields(next.member)[0]!));
  }

  private focusId(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  // The reversal step.

  private reversal(member: RosterMember, index: number): TemplateResult | typeof nothing {
    const step = this.reversalStep;
    if (step?.membershipId !== member.membershipId) return nothing;
    return renderReversal(
      this.rows,
      step,
      index,
      memberName(this.rows, member),
      wordFieldMessage(step.error, this.language, this.digitStyle),
      {
        toggle: (id) => {
          const chosen = new Set(step.chosen);
          if (chosen.has(id)) chosen.delete(id);
          else chosen.add(id);
          this.reversalStep = { ...step, chosen };
        },
        confirm: () => void this.confirmReversal(member, index),
        cancel: () => {
          this.reversalStep = undefined;
          void this.updateComplete.then(() => this.focusId(fieldId(index, 'correct')));
        },
      },
    );
  }

  private openReversal(member: RosterMember, index: number): void {
    void this.loadReversal(member, index);
  }

  private async loadReversal(member: RosterMember, index: number): Promise<void> {
    const roster = this.currentRoster();
    if (!roster) return;
    try {
      const store = await connectStore(this.store);
      const records = await store.fundTransactions.list({
        membershipId: member.membershipId,
        from: `${roster.month}-01`,
        to: lastDayOf(roster.month),
      });
      // In the row's order (pledge, loans, contribution), then shares.
      const order = ['deposit', 'repayment', 'contribution', 'share'];
      const payments = records
        .filter((record) => order.includes(record.kind) && record.reverses === undefined)
        .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
      this.reversalStep = {
        membershipId: member.membershipId,
        records: payments,
        chosen: new Set(payments.map((record) => record.id)),
        busy: false,
      };
    } catch (error) {
      this.showProblems(member, { fields: {}, row: messageOf(error) });
      return;
    }
    void this.updateComplete.then(() => this.focusId(`${fieldId(index, 'correct')}-step`));
  }

  private async confirmReversal(member: RosterMember, index: number): Promise<void> {
    const step = this.reversalStep;
    const roster = this.currentRoster();
    if (!step || step.busy || !roster) return;
    if (step.chosen.size === 0) {
      this.reversalStep = {
        ...step,
        error: (language) => translate(meetingStrings, language, 'reverseNothing'),
      };
      return;
    }
    const date = this.meetingDay(roster.month);
    if (date === undefined) return;
    this.reversalStep = { ...step, busy: true, error: undefined };
    try {
      const store = await connectStore(this.store);
      // All or nothing: a refusal of one (another tab reversed it meanwhile) keeps them all.
      const chosen = step.records.filter((record) => step.chosen.has(record.id));
      const reversed = (
        await store.fundTransactions.reverseAll(
          chosen.map((record) => record.id),
          { date },
        )
      ).length;
      this.reversalStep = undefined;
      this.setDraft(member, undefined);
      this.setProblems(member, undefined);
      await this.replaceRow(store, member.membershipId, roster.month);
      this.announcement = () =>
        this.t('reversed', { name: memberName(this.rows, member), count: reversed });
      void this.updateComplete.then(() => this.focusId(fieldId(index, rowFields(member)[0]!)));
    } catch (error) {
      if (!isSajjaError(error)) globalThis.reportError?.(error);
      const current = this.reversalStep ?? step;
      this.reversalStep = { ...current, busy: false, error: messageOf(error) };
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('organisation') || changed.has('month') || changed.has('store')) {
      this.drafts = new Map();
      this.problems = new Map();
      this.patched = undefined;
      this.reversalStep = undefined;
    }
    if (changed.has('date') || changed.has('month')) this.dateText = undefined;
  }

  override render() {
    const monthTitle = MONTH.test(this.month)
      ? displayMonth(this.month, this.language, this.digitStyle)
      : this.month;
    const state = this.roster.state;
    const roster = this.currentRoster();
    const alert = !this.organisation
      ? this.t('noOrganisation')
      : state.status === 'error'
        ? this.locale.message(state.error)
        : '';
    const status =
      this.organisation && state.status === 'loading'
        ? this.t('loading')
        : wordFieldMessage(this.announcement, this.language, this.digitStyle);
    const title = this.t('title', { month: monthTitle });
    return this.regionIfNoHeading(
      title,
      html`
        ${this.ownHeading(title)}
        <div class="alert" part="alert" role="alert">${alert}</div>
        ${roster ? this.renderRoster(roster) : nothing}
        <div class="status" part="status" role="status" aria-live="polite">${status}</div>
      `,
    );
  }

  /**
   * A member's row, rendered again only when something it shows changed: a roster of 300
   * re-renders one row after a save, not 300.
   */
  private row(member: RosterMember, index: number) {
    const id = member.membershipId;
    const step = this.reversalStep?.membershipId === id ? this.reversalStep : undefined;
    return guard(
      [
        member,
        index,
        this.drafts.get(id),
        this.problems.get(id),
        this.savingRows.has(id),
        this.transfersOf(member),
        step,
        this.language,
        this.digitStyle,
      ],
      () => renderRow(this.rows, member, index),
    );
  }

  private renderRoster(roster: OrganisationRoster) {
    const visible = this.visibleMembers(roster);
    const dateError = wordFieldMessage(this.dateError, this.language, this.digitStyle);
    const totals = roster.totals;
    return html`
      <div class="tools">
        <div class="field">
          <label for="date">${this.t('meetingDay')}</label>
          <input
            id="date"
            part="date"
            .value=${live(this.currentDateText())}
            inputmode="numeric"
            autocomplete="off"
            aria-invalid=${dateError ? 'true' : 'false'}
            aria-describedby="date-hint date-error"
            @input=${(event: Event) => {
              this.dateText = (event.target as HTMLInputElement).value;
              this.dateError = undefined;
            }}
          />
          <span class="hint" id="date-hint">${this.t('meetingDayHint')}</span>
          <span class="error" id="date-error">${dateError}</span>
        </div>
        <div class="field">
          <label for="search">${this.t('search')}</label>
          <input
            id="search"
            part="search"
            type="search"
            .value=${live(this.query)}
            autocomplete="off"
            aria-describedby="search-hint"
            aria-controls="roster"
            @input=${(event: Event) => {
              this.query = (event.target as HTMLInputElement).value;
            }}
          />
          <span class="hint" id="search-hint">${this.t('searchHint')}</span>
        </div>
      </div>
      ${roster.members.length === 0
        ? html`<p class="hint">${this.t('noMembers')}</p>`
        : visible.length === 0
          ? html`<p class="hint" role="status">${this.t('noMatch', { query: this.query })}</p>`
          : nothing}
      <div class="scroll">
        <table id="roster" part="roster" ?hidden=${visible.length === 0}>
          <caption class="visually-hidden">
            ${this.t('title', {
              month: displayMonth(roster.month, this.language, this.digitStyle),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t('member')}</th>
              <th scope="col">${this.t('pledge')}</th>
              <th scope="col">${this.t('loans')}</th>
              <th scope="col">${this.t('contribution')}</th>
              <th scope="col" class="amount">${this.t('paid')}</th>
              <th scope="col">${this.t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              visible,
              ({ member }) => member.membershipId,
              ({ member, index }) => this.row(member, index),
            )}
          </tbody>
          <tfoot part="totals">
            <tr>
              <th scope="row">${this.t('totalsMembers', { count: totals.members })}</th>
              <td>
                <span class="cell-label" aria-hidden="true">${this.t('pledge')}</span>
                <span class="hint"
                  >${this.t('due', { amount: this.money(totals.due.pledge) })}</span
                >
                <span class="paid-line" data-total="deposit"
                  >${this.t('paidAmount', { amount: this.money(totals.paid.deposit) })}</span
                >
              </td>
              <td>
                <span class="cell-label" aria-hidden="true">${this.t('loans')}</span>
                <span class="hint"
                  >${this.t('dueLoan', {
                    installment: this.money(totals.due.installments),
                    arrears: this.money(totals.due.arrears),
                  })}</span
                >
                <span class="paid-line" data-total="repayment"
                  >${this.t('paidAmount', { amount: this.money(totals.paid.repayment) })}</span
                >
              </td>
              <td>
                <span class="cell-label" aria-hidden="true">${this.t('contribution')}</span>
                <span class="hint"
                  >${this.t('due', { amount: this.money(totals.due.contribution) })}</span
                >
                <span class="paid-line" data-total="contribution"
                  >${this.t('paidAmount', { amount: this.money(totals.paid.contribution) })}</span
                >
              </td>
              <td class="amount paid-total" data-total="total">
                <span class="cell-label" aria-hidden="true">${this.t('paid')}</span>
                <span>${this.money(totals.paid.total)}</span>
              </td>
              <td></td>
            </tr>
          </tfoot>
        </table>
      </div>
    `;
  }
}

/** What a failure to read or write says: a `SajjaError` kept whole, else "not saved". */
function messageOf(error: unknown): FieldMessage {
  return isSajjaError(error)
    ? error
    : (language) => translate(meetingStrings, language, 'notSaved');
}

/** Text for matching: Thai digits as Arabic, lower case, spaces squeezed. */
function normalise(text: string): string {
  return inDigits(text, 'arabic')
    .replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
