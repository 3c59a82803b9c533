import { expect } from 'chai';
import fc from 'fast-check';
import { sha256Hex } from '../src/books/sha256.js';

/** WebCrypto's SHA-256 of the text's UTF-8 bytes, as the audit chain first computed it. */
async function webCryptoHex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 example digests', () => {
    expect(sha256Hex('')).to.equal(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex('abc')).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).to.equal(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).to.equal(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with WebCrypto on every length across the 55/56/64-byte padding boundaries', async () => {
    for (let length = 0; length <= 200; length++) {
      const text = 'x'.repeat(length);
      expect(sha256Hex(text), `length ${length}`).to.equal(await webCryptoHex(text));
    }
  });

  it('agrees with WebCrypto on any text: Thai, emoji, lone surrogates (as U+FFFD)', async () => {
    const unit = fc.oneof(
      fc.constantFrom('a', '"', '\\', '\u0000', 'ก', 'ข', '€', '😀', '\ud800', '\udc00'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 300 }), async (text) => {
        expect(sha256Hex(text)).to.equal(await webCryptoHex(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same digest again after hashing a longer text (no state is left behind)', () => {
    const short = sha256Hex('J-1');
    sha256Hex('ก'.repeat(5000));
    expect(sha256Hex('J-1')).to.equal(short);
  });
});
