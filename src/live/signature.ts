/**
 * Run codes signed by the class server. A run code from a class meeting says what its student heard,
 * and a checksum cannot stop anyone re-encoding a code with other words heard, another name or other
 * choices: the class server therefore signs each student's code, and the browser that set the class
 * up (which holds the class's secret) checks it in the class summary.
 *
 * A signed code is `<run code>.<class code><signature>`: the nine letters of the class code, then 22
 * base64url characters, the first 16 bytes of HMAC-SHA256 keyed with the class secret over
 * `<class code>.<run code>`. The class secret is 32 random bytes written as 43 base64url characters.
 * Only `globalThis.crypto.subtle` is used, so the server (Node 20) and the browser share this file;
 * a browser offers it only on a secure page (https, or localhost), and a check there is refused.
 */
import { CLASS_CODE } from './types';

export const CLASS_SECRET = /^[A-Za-z0-9_-]{43}$/;
const SIG = /^[A-Za-z0-9_-]{22}$/;
const RUN_CODE = /^TF\d+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]$/;

const toB64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromB64Url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** A new class secret, for the server to keep with the class. */
export function makeClassSecret(): string {
  return toB64Url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

/** The first 16 bytes of HMAC-SHA256 over `<class code>.<run code>`, keyed with the class secret's bytes. */
async function mac(runCode: string, classCode: string, secret: string): Promise<Uint8Array> {
  const key = await globalThis.crypto.subtle.importKey('raw', fromB64Url(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${classCode}.${runCode}`))).slice(0, 16);
}

/** The run code with the class server's signature: `<runCode>.<CLASSCODE><sig>`. */
export async function signRunCode(runCode: string, classCode: string, secret: string): Promise<string> {
  if (!RUN_CODE.test(runCode)) throw new Error('only an unsigned run code can be signed');
  if (!CLASS_CODE.test(classCode)) throw new Error('a class code is nine letters');
  if (!CLASS_SECRET.test(secret)) throw new Error('a class secret is 43 base64url characters');
  return `${runCode}.${classCode}${toB64Url(await mac(runCode, classCode, secret))}`;
}

/** The parts of a signed code, or null when it carries no signature (or not in the right shape). */
export function readSignature(code: string): { runCode: string; classCode: string; sig: string } | null {
  const text = code.trim();
  const dot = text.lastIndexOf('.');
  const runCode = text.slice(0, dot);
  const classCode = text.slice(dot + 1, dot + 10);
  const sig = text.slice(dot + 10);
  return dot > 0 && RUN_CODE.test(runCode) && CLASS_CODE.test(classCode) && SIG.test(sig) ? { runCode, classCode, sig } : null;
}

/**
 * True when the code carries a signature made with this secret over exactly this code. Rejects
 * (throws) only where the page has no Web Crypto (a browser on plain http other than localhost).
 */
export async function verifyRunCode(signedCode: string, secret: string): Promise<boolean> {
  const parts = readSignature(signedCode);
  if (!parts || !CLASS_SECRET.test(secret)) return false;
  // Compared as text, so a signature is written one way only (22 characters carry 4 spare bits).
  const expected = toB64Url(await mac(parts.runCode, parts.classCode, secret));
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ parts.sig.charCodeAt(i);
  return diff === 0;
}
