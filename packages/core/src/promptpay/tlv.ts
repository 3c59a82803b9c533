/**
 * @internal One EMVCo data object: its two-digit id, its length in two digits, its value
 * (`field('58', 'TH')` is `'5802TH'`). Values here are ASCII and at most 99 characters.
 */
export function field(id: string, value: string): string {
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/**
 * @internal The data objects of `text`, by id in the order they come, or `undefined` when
 * `text` is not a whole run of them: an id or a length that is not two digits, an empty or
 * cut-short value, an id given twice.
 */
export function readFields(text: string): Map<string, string> | undefined {
  const fields = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    const head = text.slice(at, at + 4);
    if (!/^\d{4}$/.test(head)) return undefined;
    const id = head.slice(0, 2);
    const length = Number(head.slice(2));
    const value = text.slice(at + 4, at + 4 + length);
    if (length === 0 || value.length !== length || fields.has(id)) return undefined;
    fields.set(id, value);
    at += 4 + length;
  }
  return fields;
}
