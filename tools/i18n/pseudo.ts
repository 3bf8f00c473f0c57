/**
 * The pseudo-locale (`qps`), for tests only: every word accented and about 40% longer ("Continue"
 * becomes "Çóóñţîîñûûéé"), placeholders and ICU structure untouched. A screen in it shows at once
 * any text that skipped the catalogs (it stays plain ASCII) and any box too small for a longer
 * language.
 */
import type { CompiledMessage } from '@lingui/message-utils/compileMessage';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ', n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ď', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ', N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Plain text made pseudo: each letter accented, each vowel doubled (about 40% longer). */
export function pseudoText(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => (/[aeiouAEIOU]/.test(c) ? ACCENTED[c]!.repeat(2) : ACCENTED[c]!));
}

/** A scenario text made pseudo, its `{placeholders}` kept. */
export function pseudoWithPlaceholders(text: string): string {
  return text.split(/(\{\w+\})/).map((part, i) => (i % 2 ? part : pseudoText(part))).join('');
}

/** A compiled ICU message made pseudo: only its literal text, never an argument's name or a plural's `#`. */
export function pseudoMessage(tokens: CompiledMessage): CompiledMessage {
  return tokens.map((token) => {
    if (typeof token === 'string') return token === '#' ? token : pseudoText(token);
    const [name, type, format] = token;
    if (format && typeof format === 'object') {
      return [name, type, Object.fromEntries(Object.entries(format).map(([k, v]) => [k, Array.isArray(v) ? pseudoMessage(v as CompiledMessage) : v]))] as typeof token;
    }
    return token;
  });
}
