import { localToday, problemMessage } from '@sajja/core';
import { inDigits } from '../shared/display.js';
import type { ImportProblem, ImportReport } from '@sajja/store';
import { html, nothing } from 'lit';
import { connectStore } from '../shared/store-connection.js';
import { downloadCsv, readCsvFile } from './csv-file.js';
import type { LedgerCsvFiles, RefusedImport } from './ledger-csv-files.js';
import { renderHeading } from '../shared/heading.js';
import type { LedgerHost, LedgerSentence } from './ledger-host.js';

/** Problems that make a whole CSV file unreadable, so no "good rows" exist to import. */
const FILE_PROBLEMS = new Set([
  'csv-bad-header',
  'csv-unclosed-quote',
  'csv-text-after-quote',
  'not-a-string',
]);
/** How many problems of a refused import are listed (a broken file can have thousands). */
const PROBLEMS_SHOWN = 20;

/*
 * The work behind the household ledger's CSV buttons, loaded by import() the first time
 * someone exports or chooses a file: a page that only keeps its book never downloads it.
 */

/** Runs `work` with the store open, busy meanwhile; a failure is shown under the buttons. */
async function withStore(
  files: LedgerCsvFiles,
  work: (store: Awaited<ReturnType<typeof connectStore>>) => Promise<void>,
): Promise<void> {
  const host = files.host;
  files.set({ busy: true, failure: undefined });
  try {
    await work(await connectStore(host.store));
  } catch (error) {
    files.failure = error;
  } finally {
    files.set({ busy: false });
  }
}

/** Downloads the household's whole ledger as CSV and announces the file's name. */
export function exportCsv(files: LedgerCsvFiles): Promise<void> {
  const host = files.host;
  return withStore(files, async (store) => {
    const text = await store.exportLedgerCsv(host.household);
    const file = `sajja-ledger-${localToday()}.csv`;
    downloadCsv(host.renderRoot as ShadowRoot, text, file);
    host.announce(() => host.localize.t('exported', { file }));
  });
}

/** Reads a chosen file (UTF-8 or Windows-874) and imports it, as {@link importCsv} does. */
export async function importFile(files: LedgerCsvFiles, file: File): Promise<void> {
  let text: string;
  try {
    text = await readCsvFile(file);
  } catch {
    files.set({ failure: (() => files.host.localize.t('notRead')) satisfies LedgerSentence });
    return;
  }
  await importCsv(files, file.name, text, false);
}

/**
 * Imports `text` into the household's ledger. With problems (and not `skipInvalid`) nothing is
 * written: the file is kept as refused, its problems listed.
 */
export function importCsv(
  files: LedgerCsvFiles,
  fileName: string,
  text: string,
  skipInvalid: boolean,
): Promise<void> {
  const host = files.host;
  return withStore(files, async (store) => {
    const report = await store.importLedgerCsv(host.household, text, { skipInvalid });
    if (report.problems.length > 0 && !skipInvalid) {
      files.refused = {
        fileName,
        text,
        problems: report.problems,
        unreadable: report.problems.some((problem) => FILE_PROBLEMS.has(problem.reason)),
      };
      host.announce();
      host.focusLater('#problems-heading');
      return;
    }
    files.refused = undefined;
    host.announce(() => importedMessage(host, report));
    host.fire({
      action: 'import',
      householdId: host.household,
      imported: report.imported,
      unchanged: report.unchanged,
      skipped: report.skipped,
    });
  });
}

function importedMessage(host: LedgerHost, report: ImportReport): string {
  const { localize } = host;
  const parts = [localize.t('imported', { count: localize.number(report.imported) })];
  if (report.unchanged > 0) {
    parts.push(localize.t('importedUnchanged', { count: localize.number(report.unchanged) }));
  }
  if (report.skipped > 0) {
    parts.push(localize.t('importedSkipped', { count: localize.number(report.skipped) }));
  }
  return parts.join(' ');
}

function problemText(host: LedgerHost, problem: ImportProblem): string {
  const { localize } = host;
  const values = {
    line: localize.number(problem.line ?? 1),
    message: inDigits(problemMessage(problem, localize.language), localize.digits),
    column: problem.path,
  };
  return localize.t(problem.path ? 'problemLineColumn' : 'problemLine', values);
}

/**
 * A refused file's problems (the first {@link PROBLEMS_SHOWN}), with a choice to import only
 * the good rows unless the file itself cannot be read.
 */
export function renderRefused(files: LedgerCsvFiles, refused: RefusedImport) {
  const host = files.host;
  const { localize } = host;
  const t = localize.t.bind(localize);
  const listed = refused.problems.slice(0, PROBLEMS_SHOWN);
  const more = refused.problems.length - listed.length;
  return html`<div class="problems" role="alert">
    ${renderHeading(
      host.titleLevel + 1,
      t('importRefused', {
        file: refused.fileName,
        count: localize.number(refused.problems.length),
      }),
      { id: 'problems-heading', focusable: true },
    )}
    <ul>
      ${listed.map((problem) => html`<li>${problemText(host, problem)}</li>`)}
      ${more > 0 ? html`<li>${t('moreProblems', { count: localize.number(more) })}</li>` : nothing}
    </ul>
    <div class="problem-actions">
      ${refused.unreadable
        ? html`<p>${t('fixFile')}</p>`
        : html`<button
            type="button"
            ?disabled=${files.busy}
            @click=${() => importCsv(files, refused.fileName, refused.text, true)}
          >
            ${t('importGoodRows')}
          </button>`}
      <button class="secondary" type="button" @click=${() => files.set({ refused: undefined })}>
        ${t('dismiss')}
      </button>
    </div>
  </div>`;
}
