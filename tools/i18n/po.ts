/**
 * Gettext PO files, which Weblate, Crowdin and Poedit read and write: one entry per text, its key
 * as `msgctxt`, the English as `msgid`, the translation as `msgstr`, and a note for the translator
 * (`#.`). Read here at build time; the game itself receives plain JSON.
 */
export interface PoEntry { key: string; source: string; translation: string; note?: string; fuzzy?: boolean }

const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');

export function writePo(entries: PoEntry[], header: { language: string; note?: string }): string {
  const head = [
    ...(header.note ? header.note.split('\n').map((l) => `# ${l}`) : []),
    'msgid ""', 'msgstr ""',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    `"Language: ${header.language}\\n"`,
    '"X-Generator: Take the Floor (tools/i18n)\\n"', '',
  ];
  const body = entries.flatMap((e) => [
    ...(e.note ? e.note.split('\n').map((l) => `#. ${l}`) : []),
    ...(e.fuzzy ? ['#, fuzzy'] : []),
    `msgctxt "${escape(e.key)}"`, `msgid "${escape(e.source)}"`, `msgstr "${escape(e.translation)}"`, '',
  ]);
  return [...head, ...body].join('\n');
}

export interface PoProblem { line: number; message: string }

/** Every entry of a PO file, or where and why it could not be read. Obsolete entries (`#~`) are skipped. */
export function readPo(text: string): { entries: PoEntry[]; problems: PoProblem[] } {
  const entries: PoEntry[] = [];
  const problems: PoProblem[] = [];
  let current: Partial<Record<'msgctxt' | 'msgid' | 'msgstr', string>> & { note?: string[]; fuzzy?: boolean } = {};
  let field: 'msgctxt' | 'msgid' | 'msgstr' | null = null;
  let startLine = 0;
  const finish = () => {
    if (current.msgid !== undefined && current.msgid !== '') {
      if (current.msgctxt === undefined) problems.push({ line: startLine, message: 'this entry has no msgctxt, so the game cannot tell which text it is' });
      else entries.push({ key: current.msgctxt, source: current.msgid, translation: current.msgstr ?? '', ...(current.note ? { note: current.note.join('\n') } : {}), ...(current.fuzzy ? { fuzzy: true } : {}) });
    }
    current = {};
    field = null;
  };
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') { finish(); return; }
    if (line.startsWith('#~')) return;
    if (line.startsWith('#')) {
      if (field === 'msgstr') finish();
      if (line.startsWith('#.')) (current.note ??= []).push(line.slice(2).trim());
      if (line.startsWith('#,') && /\bfuzzy\b/.test(line)) current.fuzzy = true;
      return;
    }
    const m = /^(msgctxt|msgid|msgstr(?:\[0\])?)\s+"(.*)"$/.exec(line);
    if (m) {
      const name = (m[1]!.startsWith('msgstr') ? 'msgstr' : m[1]) as 'msgctxt' | 'msgid' | 'msgstr';
      if (name === 'msgctxt' && field === 'msgstr') finish();
      if (name === 'msgctxt' || (name === 'msgid' && field !== 'msgctxt')) startLine = i + 1;
      field = name;
      current[name] = unescape(m[2]!);
      return;
    }
    const more = /^"(.*)"$/.exec(line);
    if (more && field) { current[field] += unescape(more[1]!); return; }
    if (/^msgid_plural\b|^msgstr\[[1-9]\]/.test(line)) return;
    problems.push({ line: i + 1, message: `this line is not PO: ${line.slice(0, 60)}` });
  });
  finish();
  return { entries, problems };
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

/**
 * A language's entries brought up to date with the template: a new text is added untranslated, a
 * text whose English changed keeps its translation marked fuzzy (to be checked), a removed one goes.
 */
export function mergePo(template: PoEntry[], old: PoEntry[]): PoEntry[] {
  const had = new Map(old.map((e) => [e.key, e]));
  return template.map((e) => {
    const before = had.get(e.key);
    if (!before || before.translation === '') return e;
    return { ...e, translation: before.translation, ...(before.fuzzy || before.source !== e.source ? { fuzzy: true } : {}) };
  });
}
