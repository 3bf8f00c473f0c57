/**
 * The bytes of a run code: base64url without padding, a check character (Luhn mod 64), a fingerprint
 * of the scenario's id, varints, UTF-8 texts and signed numbers in hundredths.
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export function toBase64Url(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.ceil((Math.min(3, bytes.length - i) * 8) / 6);
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): number[] | null {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of text) {
    const v = B64.indexOf(ch);
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) { bits -= 8; bytes.push((acc >> bits) & 255); acc &= (1 << bits) - 1; }
  }
  return bytes;
}

/**
 * The check character: Luhn mod 64 over the payload, which catches every single changed character
 * and most swaps of neighbours before the code is read.
 */
export function checkLetter(payload: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i--) {
    const addend = factor * B64.indexOf(payload[i]!);
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / 64) + (addend % 64);
  }
  return B64[(64 - (sum % 64)) % 64]!;
}

/** A 16-bit fingerprint of the scenario's id, so a code from another scenario is recognised. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) { h ^= id.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return (h ^ (h >>> 16)) & 0xffff;
}

const utf8 = (text: string): number[] => Array.from(unescape(encodeURIComponent(text)), (c) => c.charCodeAt(0));

export class Reader {
  at = 0;
  constructor(private readonly bytes: number[]) {}
  get done() { return this.at >= this.bytes.length; }
  byte(): number {
    if (this.at >= this.bytes.length) throw new RangeError('short');
    return this.bytes[this.at++]!;
  }
  varint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      value += (b & 127) * 2 ** shift;
      if (b < 128) return value;
    }
    throw new RangeError('varint');
  }
  text(max: number): string {
    const length = this.varint();
    if (length > max * 4) throw new RangeError('text');
    let raw = '';
    for (let i = 0; i < length; i++) raw += String.fromCharCode(this.byte());
    return decodeURIComponent(escape(raw)); // throws on bytes that are not UTF-8
  }
}

export function varint(out: number[], value: number) {
  let v = value;
  while (v >= 128) { out.push((v % 128) | 128); v = Math.floor(v / 128); }
  out.push(v);
}

export function text(out: number[], value: string) {
  const bytes = utf8(value);
  varint(out, bytes.length);
  out.push(...bytes);
}

/** A number in hundredths, as a zigzag varint (small of either sign, small in bytes). */
export function signed(out: number[], value: number) {
  const n = Math.round(value * 100);
  varint(out, n >= 0 ? n * 2 : -n * 2 - 1);
}
export const unsigned = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2) / 100;
