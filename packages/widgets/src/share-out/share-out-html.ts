import { formatMoney, type DigitStyle, type Language } from '@sajja/core';
import type { OrganisationShareOut } from '@sajja/store';
import { inDigits } from '../shared/display.js';
import { translate } from '../shared/translations.js';
import { memberColumns, memberTotals } from './share-out-columns.js';
import { shareOutStrings } from './share-out.strings.js';

/** What {@link shareOutHtml} writes besides the year-end. */
export interface ShareOutHtmlOptions {
  /** The group's name, under the heading. */
  readonly group?: string;
  /** The document's language. */
  readonly lang: Language;
  /** Arabic or Thai digits for amounts, counts and the year. */
  readonly digits: DigitStyle;
  /** The name of a profit bucket in `lang` (its code when the by-laws' code has none). */
  readonly bucketName: (code: string) => string;
}

/** A4 print styles, as the core's monthly report has them: nothing is fetched. */
const STYLE = `
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
body { font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Leelawadee UI", Tahoma, sans-serif; font-size: 11pt; line-height: 1.45; color: #000; background: #fff; margin: 0 auto; max-width: 190mm; padding: 1em; }
h1 { font-size: 1.5em; margin: 0 0 .2em; text-align: center; }
h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }
header p { margin: 0; text-align: center; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .25em 0; }
th, td { border: 1px solid #555; padding: .25em .5em; vertical-align: top; text-align: left; }
thead th { background: #eee; }
thead { display: table-header-group; }
tr, section { break-inside: avoid; page-break-inside: avoid; }
.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot td, tfoot th, .total td, .total th { font-weight: bold; }
footer { display: flex; justify-content: space-between; gap: 1em; margin-top: 3em; break-inside: avoid; }
footer div { flex: 1; text-align: center; }
footer p { margin: 0 0 .3em; }
footer .line { display: inline-block; border-bottom: 1px dotted #000; width: 9em; height: 2.2em; vertical-align: bottom; }
@media print { body { padding: 0; max-width: none; } thead th { background: none; } }
`;

/** Escapes text for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The year-end as a complete, printable HTML document (A4, no external resource): the year's
 * net profit, its split by the by-laws, and a table of what each member receives with the
 * totals, then the treasurer's and the chair's signature lines. Every name is HTML-escaped.
 */
export function shareOutHtml(yearEnd: OrganisationShareOut, options: ShareOutHtmlOptions): string {
  const { lang, digits, group, bucketName } = options;
  const t = (key: keyof (typeof shareOutStrings)['th'], values?: Record<string, string | number>) =>
    escapeHtml(translate(shareOutStrings, lang, key, values, digits));
  const amount = (value: string) => escapeHtml(formatMoney(value, { digits }));
  const year = yearEnd.year + 543;
  const columns = memberColumns(yearEnd);
  const totals = memberTotals(yearEnd.shareOut);

  const allocationRows = Object.entries(yearEnd.allocation).map(
    ([code, value]) =>
      `<tr><th scope="row">${escapeHtml(bucketName(code))}</th><td class="amount">${amount(value)}</td></tr>`,
  );
  const allocation = `<table><thead><tr><th scope="col">${t('bucket')}</th><th scope="col" class="amount">${t('amount')}</th></tr></thead><tbody>${allocationRows.join('')}</tbody><tfoot><tr><th scope="row">${t('profit')}</th><td class="amount">${amount(yearEnd.profit)}</td></tr></tfoot></table>`;

  const head = [
    `<th scope="col">${t('memberNumber')}</th>`,
    `<th scope="col">${t('member')}</th>`,
    ...columns.map((column) => `<th scope="col" class="amount">${t(column.label)}</th>`),
    `<th scope="col" class="amount">${t('total')}</th>`,
  ].join('');
  const rows = yearEnd.shareOut.map(
    (member) =>
      `<tr><td>${escapeHtml(inDigits(member.memberNumber ?? '', digits))}</td><th scope="row">${escapeHtml(member.householdName)}</th>${columns
        .map((column) => `<td class="amount">${amount(member[column.field])}</td>`)
        .join('')}<td class="amount">${amount(member.total)}</td></tr>`,
  );
  const foot = `<tr><th scope="row" colspan="2">${t('allMembers')}</th>${columns
    .map((column) => `<td class="amount">${amount(totals[column.field])}</td>`)
    .join('')}<td class="amount">${amount(totals.total)}</td></tr>`;
  const members =
    rows.length === 0
      ? `<p>${t('noMembers')}</p>`
      : `<table><caption>${t('membersCaption', { count: rows.length, year })}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody><tfoot>${foot}</tfoot></table>`;

  const heading = t('documentTitle', { year });
  const signature = (role: string) =>
    `<div><p>${t('signed')} <span class="line"></span></p><p>(<span class="line"></span>)</p><p>${role}</p></div>`;
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${heading}${group ? ` — ${escapeHtml(group)}` : ''}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body>',
    `<header><h1>${heading}</h1>${group ? `<p class="group">${escapeHtml(group)}</p>` : ''}</header>`,
    '<main>',
    `<section id="profit"><h2>${t('profit')}</h2><p class="amount-line">${t('baht', { amount: formatMoney(yearEnd.profit, { digits }) })}</p></section>`,
    `<section id="allocation"><h2>${t('allocation')}</h2>${allocation}</section>`,
    `<section id="members"><h2>${t('members')}</h2>${members}</section>`,
    '</main>',
    `<footer>${signature(t('preparedBy'))}${signature(t('chair'))}</footer>`,
    '</body></html>',
  ].join('\n');
}
