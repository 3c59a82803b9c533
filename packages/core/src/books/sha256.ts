/*
 * SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, synchronous. The audit chain hashes each
 * record after the one before it, so its hashes cannot be computed in parallel; WebCrypto's
 * `digest` is asynchronous and costs a round trip per call, which here is most of the work.
 * The UTF-8 bytes are TextEncoder's, exactly what the chain hashed with WebCrypto (a lone
 * surrogate becomes U+FFFD).
 */

/** The first 32 bits of the fractional parts of `root`s of the first `count` primes (FIPS 180-4). */
function fractionBits(count: number, root: (prime: number) => number): Int32Array {
  const words = new Int32Array(count);
  for (let candidate = 2, found = 0; found < count; candidate++) {
    let prime = true;
    for (let divisor = 2; divisor * divisor <= candidate; divisor++) {
      if (candidate % divisor === 0) prime = false;
    }
    if (prime) {
      const value = root(candidate);
      words[found++] = (value - Math.floor(value)) * 2 ** 32;
    }
  }
  return words;
}

const ROUND_CONSTANTS = /* @__PURE__ */ fractionBits(64, Math.cbrt);
const INITIAL_HASH = /* @__PURE__ */ fractionBits(8, Math.sqrt);
const schedule = /* @__PURE__ */ new Int32Array(64);
const encoder = /* @__PURE__ */ new TextEncoder();
let bytes = /* @__PURE__ */ new Uint8Array(4096);

/**
 * @internal SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits: the same as
 * `crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))`, without WebCrypto.
 */
export function sha256Hex(text: string): string {
  // UTF-8 takes at most 3 bytes per UTF-16 unit; padding at most 72 more.
  if (bytes.length < text.length * 3 + 72) bytes = new Uint8Array(text.length * 6 + 72);
  const length = encoder.encodeInto(text, bytes).written;
  const padded = (((length + 8) >>> 6) + 1) << 6;
  bytes.fill(0, length, padded);
  bytes[length] = 0x80;
  // The message length in bits, big-endian, in the last 8 bytes (high word, then low word).
  const bitsHigh = Math.floor(length / 2 ** 29);
  const bitsLow = (length << 3) >>> 0;
  for (let i = 0; i < 4; i++) {
    bytes[padded - 8 + i] = bitsHigh >>> (24 - 8 * i);
    bytes[padded - 4 + i] = bitsLow >>> (24 - 8 * i);
  }
  const hash = INITIAL_HASH.slice();
  const w = schedule;
  const k = ROUND_CONSTANTS;
  for (let offset = 0; offset < padded; offset += 64) {
    for (let t = 0; t < 16; t++) {
      const at = offset + 4 * t;
      w[t] = (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let a = hash[0]!;
    let b = hash[1]!;
    let c = hash[2]!;
    let d = hash[3]!;
    let e = hash[4]!;
    let f = hash[5]!;
    let g = hash[6]!;
    let h = hash[7]!;
    for (let t = 0; t < 64; t++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + s1 + ((e & f) ^ (~e & g)) + k[t]! + w[t]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    // An Int32Array stores each sum modulo 2^32.
    hash[0] = hash[0]! + a;
    hash[1] = hash[1]! + b;
    hash[2] = hash[2]! + c;
    hash[3] = hash[3]! + d;
    hash[4] = hash[4]! + e;
    hash[5] = hash[5]! + f;
    hash[6] = hash[6]! + g;
    hash[7] = hash[7]! + h;
  }
  let hex = '';
  for (const word of hash) hex += (word >>> 0).toString(16).padStart(8, '0');
  return hex;
}
