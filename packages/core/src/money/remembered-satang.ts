/** How many distinct amounts a {@link RememberedSatang} keeps: far more than a fund writes. */
const REMEMBERED_AMOUNTS = 4096;

/**
 * @internal The whole satang of amount texts already read, for loops over many amounts that
 * repeat (a household's ledger, a fund's year of share movements): people write 50.00 and
 * 100.00 again and again, and a map lookup costs less than reading the text and a BigInt parse.
 * Only what the caller read is kept (a text it refused is never remembered), and at most
 * 4,096 texts: when nearly every amount differs, remembering them all only costs memory.
 */
export class RememberedSatang {
  readonly #satangByText = new Map<string, bigint>();

  /** The satang remembered for `text`, or undefined when it has not been read yet. */
  get(text: string): bigint | undefined {
    return this.#satangByText.get(text);
  }

  /** Remembers that `text` is `satang`, unless as many texts as it keeps are remembered. */
  remember(text: string, satang: bigint): void {
    if (this.#satangByText.size < REMEMBERED_AMOUNTS) this.#satangByText.set(text, satang);
  }
}
