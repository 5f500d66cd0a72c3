// A synchronous SHA-256 that works the same in browsers and Node: native
// where the host offers it synchronously, a portable implementation elsewhere.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const encoder = new TextEncoder();

/** An incremental hash, as node:crypto's `createHash("sha256")` returns. */
export interface NativeHash {
  update(data: string | Uint8Array, encoding?: "utf8"): NativeHash;
  digest(encoding: "hex"): string;
}

// Node (20.16 and later) hands out its crypto synchronously through
// process.getBuiltinModule, with no import a browser bundle would trip on.
// Browsers have no synchronous SHA-256, so they keep the portable one. Both
// hash the UTF-8 encoding, lone surrogates as U+FFFD, so digests are equal.
function findNativeHash(): (() => NativeHash) | null {
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  if (typeof get !== "function") return null;
  try {
    const crypto = get("node:crypto") as { createHash?: (algorithm: string) => NativeHash } | null;
    const createHash = crypto?.createHash;
    if (typeof createHash !== "function") return null;
    return () => createHash("sha256");
  } catch {
    return null;
  }
}

/** A fresh native SHA-256 hash, or null where the host has none synchronously. */
export const createNativeHash = findNativeHash();

/** SHA-256 of a string (encoded as UTF-8) or of bytes, as 64 lowercase hex characters. */
export function sha256(input: string | Uint8Array): string {
  if (createNativeHash) {
    const hash = createNativeHash();
    return (typeof input === "string" ? hash.update(input, "utf8") : hash.update(input)).digest("hex");
  }
  return portableSha256(input);
}

/** The portable SHA-256 `sha256` falls back to; exported so it stays tested where a native one exists. */
export function portableSha256(input: string | Uint8Array): string {
  const bytes = typeof input === "string" ? encoder.encode(input) : input;
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array((((bytes.length + 9 + 63) >> 6) << 6) >>> 0);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);

  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] as number;
      const b = w[i - 2] as number;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) >>> 0;
    }
    let a = h[0] as number;
    let b = h[1] as number;
    let c = h[2] as number;
    let d = h[3] as number;
    let e = h[4] as number;
    let f = h[5] as number;
    let g = h[6] as number;
    let hh = h[7] as number;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + (K[i] as number) + (w[i] as number)) >>> 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = ((h[0] as number) + a) >>> 0;
    h[1] = ((h[1] as number) + b) >>> 0;
    h[2] = ((h[2] as number) + c) >>> 0;
    h[3] = ((h[3] as number) + d) >>> 0;
    h[4] = ((h[4] as number) + e) >>> 0;
    h[5] = ((h[5] as number) + f) >>> 0;
    h[6] = ((h[6] as number) + g) >>> 0;
    h[7] = ((h[7] as number) + hh) >>> 0;
  }
  let hex = "";
  for (const word of h) hex += word.toString(16).padStart(8, "0");
  return hex;
}

/** The host's WebCrypto SHA-256, when it has one (browsers, Node, Deno, Bun, workers). */
export type Digest = (bytes: Uint8Array) => Promise<ArrayBuffer>;

const subtle = (globalThis as { crypto?: { subtle?: { digest(a: string, b: Uint8Array): Promise<ArrayBuffer> } } })
  .crypto?.subtle;
/** WebCrypto's native SHA-256, or null where the host has no WebCrypto. */
export const webDigest: Digest | null = subtle ? (bytes) => subtle.digest("SHA-256", bytes) : null;

/**
 * SHA-256 of a string (UTF-8), as 64 lowercase hex characters, through
 * `digest` (WebCrypto's, by default), else the synchronous `sha256`.
 */
export async function sha256Async(input: string, digest: Digest | null = webDigest): Promise<string> {
  if (!digest) return sha256(input);
  const buffer = await digest(new TextEncoder().encode(input));
  let hex = "";
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
