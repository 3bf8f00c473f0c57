/**
 * The class summary: run codes pasted or loaded from a file, shown side by side, with a CSV to
 * download and a print view. Everything is computed here, in the browser, from the codes alone.
 * A code from a class meeting is checked against its class server's signature with the class's
 * secret, which the President's browser keeps; the check runs after the page is drawn.
 */
import { checkSignatures, LEFT_OUT, summarise, summaryCsv, type ClassSummary, type CsvWords, type RunRow, type SignatureMark } from '../../classroom/summary';
import type { Scenario } from '../../engine';
import { showClassCode } from '../../live/types';
import type { AppState } from '../../store/gameStore';
import { setSummaryMarks, setSummaryText } from '../../store/gameStore';
import { h, type View } from '../dom';
import { labelOf, labelled, list, t, type MessageKey } from '../i18n';
import { meterLabel, nameOf, shortNameOf } from '../names';
import './summary.css';

// The signature marks are worded with the class meeting's strings; the counts, the duplicates and
// the run table's added columns with the debrief's.

/** The CSV's columns and words in the teacher's language. */
function csvWords(): CsvWords {
  return {
    name: t('summary.name'), seat: t('summary.seat'), mode: t('summary.modeColumn'), seed: t('summary.seed'), outcome: t('summary.outcome'),
    objectivesMet: t('summary.objectives'), objectives: t('summary.csv.objectives'), redLinesCrossed: t('summary.redLines'), redLines: t('summary.csv.redLines'),
    reply: t('summary.csv.reply'), closing: t('summary.csv.closing'), code: t('summary.csv.code'), signature: t('summary.csv.signature'),
    // A mode stays its id, as the seed stays a number: the same in a spreadsheet whatever the language.
    modes: {}, leftOut: t('builder.leaveOut'),
    selfReported: t('summary.csv.selfReported'),
    marks: { verified: t('summary.csv.verified'), altered: t('summary.csv.altered'), unchecked: t('summary.csv.unchecked'), selfReported: t('summary.csv.selfReported') },
    signed: (mark, code) => t('summary.csv.signed', { mark, code }),
  };
}

/** "1 run", "2 runs": each count's message says it in the language's own plural forms (ICU). */
function counted(key: MessageKey, n: number, vars: Record<string, string | number> = {}): string {
  return t(key, { n, ...vars });
}

let checking: string | null = null;

/** The secret of a class this browser set up: the President's page keeps it (src/store/classKeys.ts). */
function classSecret(code: string): string | null {
  try { return window.localStorage.getItem(`take-the-floor/class-secret/${code}`); } catch { return null; }
}

/** Starts checking the signatures of the codes on screen, once per text; the marks redraw the page. */
function checkOnce(state: AppState, summary: ClassSummary) {
  const text = state.summaryText;
  if (state.summaryMarks || checking === text) return;
  checking = text;
  void checkSignatures(summary.rows, classSecret).then((marks) => setSummaryMarks(text, marks));
}

function markText(r: RunRow, mark: SignatureMark | undefined): string {
  return mark ? t(`summary.mark.${mark}`, { code: showClassCode(r.signedBy ?? '') }) : t('summary.mark.checking');
}

/** The class's CSV straight from its codes (the President's results after a class meeting), each signature checked as here. */
export async function downloadClassCsv(s: Scenario, codes: string) {
  const summary = summarise(s, codes);
  download('take-the-floor-class.csv', summaryCsv(s, summary, await checkSignatures(summary.rows, classSecret), csvWords()));
}

function download(name: string, text: string) {
  // The byte order mark tells a spreadsheet the file is UTF-8, so "Zoë" and "Türkiye" open intact.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function summaryScreen(state: AppState): View {
  const s = state.scenario!;
  const summary = state.summaryText ? summarise(s, state.summaryText) : null;
  if (summary) checkOnce(state, summary);
  const marks = state.summaryMarks;
  const altered = summary?.rows.filter((_, i) => marks?.[i] === 'altered') ?? [];
  const read = () => setSummaryText((document.getElementById('codes') as HTMLTextAreaElement).value);
  return h('section', { class: 'screen class-summary' },
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('summary.heading')),
    h('p', { class: 'lead' }, t('summary.intro')),
    h('form', { id: 'codes-form', onsubmit: (event: Event) => { event.preventDefault(); read(); } },
      h('label', { for: 'codes' }, t('summary.paste')),
      h('textarea', { id: 'codes', rows: 8, defaultValue: state.summaryText, spellcheck: 'false', autocomplete: 'off' }),
      h('label', { for: 'codes-file' }, t('summary.file')),
      h('input', {
        id: 'codes-file', type: 'file', accept: '.txt,.csv,text/plain,text/csv',
        onchange: async (event: Event) => {
          const file = (event.target as HTMLInputElement).files?.[0];
          if (!file) return;
          // A class list is small; a file far larger than any list of codes is refused, not read.
          if (file.size > 1_000_000) { setSummaryText(`(${t('summary.tooBig')})`); return; }
          const text = await file.text();
          (document.getElementById('codes') as HTMLTextAreaElement).value = text;
          setSummaryText(text);
        },
      }),
      h('button', { type: 'submit', id: 'codes-go', class: 'primary' }, t('summary.show'))),
    summary ? [
      h('div', { class: 'actions' },
        h('button', { id: 'csv', disabled: summary.rows.length === 0, onclick: () => download('take-the-floor-class.csv', summaryCsv(s, summary, marks, csvWords())) }, t('summary.csv')),
        h('button', { id: 'print-summary', onclick: () => window.print() }, t('summary.print'))),
      h('p', { id: 'summary-count', role: 'status' }, t('summary.read', { runs: counted('summary.runsRead', summary.rows.length), refused: counted('summary.notRead', summary.refused.length) })),
      summary.duplicates.length ? h('p', { class: 'notice', id: 'summary-duplicates' },
        counted('summary.duplicate', summary.duplicates.length, { lines: list(summary.duplicates.map((x) => t('summary.duplicateOf', { line: x.line, first: x.first }))) })) : null,
      altered.length ? h('p', { class: 'notice', role: 'alert', id: 'summary-altered' }, t('summary.altered', { lines: list(altered.map((r) => String(r.line))) })) : null,
      summary.refused.length ? h('ul', { class: 'refused' }, summary.refused.map((r) => h('li', { class: 'notice' }, t('summary.refused', { line: r.line, reason: r.reason })))) : null,
      summary.rows.length ? [
        h('h2', {}, t('summary.endings')),
        h('ul', {}, summary.outcomes.filter((o) => o.count > 0).map((o) => h('li', {}, labelled(o.title, o.count)))),
        h('h2', { id: 'spread-heading' }, t('summary.spread')),
        // In a language with longer words the table scrolls on its own rather than widen the page
        // (a keyboard reaches it to scroll it).
        h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': 'spread-heading' }, h('table', { class: 'compare', id: 'spread' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('summary.meter')), ['summary.min', 'summary.median', 'summary.max'].map((k) => h('th', { scope: 'col' }, t(k as 'summary.min'))))),
          h('tbody', {}, summary.spread.map((m) => h('tr', {}, h('th', { scope: 'row' }, meterLabel(s, m.meter)), h('td', {}, String(m.min)), h('td', {}, String(m.median)), h('td', {}, String(m.max))))))),
        h('h2', {}, t('summary.runs')),
        runTable(s, summary.rows, marks),
        h('h2', {}, t('summary.bySeat')),
        summary.bySeat.map((b) => h('section', { class: 'seat-choices' },
          h('h3', {}, counted('summary.seatRunsN', b.runs, { name: nameOf(s, b.seat) })),
          h('ul', {}, b.topics.map((tp) => h('li', {},
            h('strong', {}, labelOf(s.topics.find((x) => x.id === tp.topic)!.label)),
            tp.choices.map((c) => `${c.label === LEFT_OUT ? t('builder.leaveOut') : c.label} (${c.count})`).join('; ')))))),
      ] : null,
    ] : null,
  );
}

/**
 * Every run, with the columns the CSV has before its choices: on a phone each run is a card whose
 * cells carry their column's name (summary.css), so no word is squeezed to a letter per line.
 */
function runTable(s: Scenario, rows: RunRow[], marks: SignatureMark[] | null): View {
  const columns = [t('summary.name'), t('summary.seat'), t('summary.modeColumn'), t('summary.seed'), t('summary.outcome'),
    ...s.meters.map((m) => m.label), t('summary.objectives'), t('summary.redLines'), t('summary.signature')];
  const cell = (i: number, text: string, extra: Record<string, string> = {}) => h('td', { 'data-label': columns[i]!, ...extra }, text);
  return h('div', { class: 'table-wrap' }, h('table', { class: 'compare', id: 'runs' },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((r, i) => h('tr', {},
      h('th', { scope: 'row' }, r.run.name || t('summary.noName')),
      cell(1, shortNameOf(s, r.run.seat)), cell(2, t(`summary.modeName.${r.run.mode}` as MessageKey)), cell(3, String(r.run.seed)), cell(4, r.outcome),
      s.meters.map((m, k) => cell(5 + k, String(r.meters[m.id]))),
      cell(columns.length - 3, `${r.objectivesMet} / ${r.objectives}`),
      cell(columns.length - 2, `${r.redLinesCrossed} / ${r.redLines}`),
      cell(columns.length - 1, markText(r, marks?.[i]), { class: `mark ${marks?.[i] ?? 'checking'}` }))))));
}
