/** How many distinct amount texts a memo keeps: far more than a household or a fund writes. */
const REMEMBERED_AMOUNTS = 4096;

/**
 * @internal Remembers in `memo` that the amount text `text` is `satang`, for loops over many
 * amounts that repeat (a household's ledger, a fund's year of share movements): people write
 * 50.00 and 100.00 again and again, and a map lookup costs less than reading the text and a
 * BigInt parse. Only what the caller read is kept (a text it refused is never remembered), and
 * at most 4,096 texts: when nearly every amount differs, remembering them all only costs memory.
 */
export function rememberSatang(memo: Map<string, bigint>, text: string, satang: bigint): void {
  if (memo.size < REMEMBERED_AMOUNTS) memo.set(text, satang);
}
