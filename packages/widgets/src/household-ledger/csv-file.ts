/**
 * How long a downloaded file's object URL is kept: a browser may still be reading it after the
 * click returns (revoking at once cancels some downloads), and a ledger file is small.
 */
const REVOKE_AFTER_MS = 60_000;

/**
 * Hands `text` to the browser as a file download called `fileName`, without any network
 * request, inline script or `data:` URL (so it works under a strict Content-Security-Policy):
 * a Blob, an object URL and a temporary `<a download>` clicked inside `root`.
 */
export function downloadCsv(root: ShadowRoot | HTMLElement, text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/**
 * The text of a CSV file a household chose: UTF-8 (what Sajja and Google Sheets write; a
 * byte-order mark is dropped), or, when the bytes are not UTF-8, Windows-874 (TIS-620), which
 * is what Excel's plain "CSV" format writes on a Thai Windows computer.
 */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}
