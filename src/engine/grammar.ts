/**
 * Putting a name into a sentence. French and Spanish contract a preposition with the article that
 * begins a name ("de" + "le Japon" is "du Japon", "a" + "el Reino Unido" is "al Reino Unido"), and
 * only at that seam: the same letters elsewhere in a sentence ("de le faire") are left alone.
 */
const SEAMS: Record<string, { before: RegExp; article: RegExp; joined: (prep: string, article: string) => string }[]> = {
  fr: [{ before: /(^|[\s(«“])([Dd]e|[Àà]) $/, article: /^(les|le) /, joined: (p, a) => (/^[Dd]/.test(p) ? `${p[0]}${a === 'le' ? 'u' : 'es'}` : `${p[0] === 'À' ? 'A' : 'a'}${a === 'le' ? 'u' : 'ux'}`) }],
  es: [{ before: /(^|[\s(«“])([Dd]e|[Aa]) $/, article: /^el /, joined: (p) => `${p}l` }],
};

/** `text` with each `{name}` replaced by `value`, the article contracted where the language asks. */
export function fill(text: string, name: string, value: string, language = 'en'): string {
  const seams = SEAMS[language];
  const token = `{${name}}`;
  if (!seams) return text.replaceAll(token, value);
  let out = '';
  let rest = text;
  for (let at = rest.indexOf(token); at >= 0; at = rest.indexOf(token)) {
    let head = rest.slice(0, at);
    let put = value;
    for (const seam of seams) {
      const b = seam.before.exec(head);
      const a = seam.article.exec(value);
      if (b && a) {
        head = `${head.slice(0, head.length - b[2]!.length - 1)}${seam.joined(b[2]!, a[1]!)} `;
        put = value.slice(a[0].length);
        break;
      }
    }
    out += head + put;
    rest = rest.slice(at + token.length);
  }
  return out + rest;
}
