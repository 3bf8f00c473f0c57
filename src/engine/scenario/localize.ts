/**
 * A scenario in another language: every player-facing text, keyed by the stable ids that lead to
 * it (`topics/deployment/options/west-deployment-grave/text`), never a number or a rule. The keys
 * come from the scenario itself, so a translation can be checked against it: a missing or an extra
 * key, or a placeholder (`{player}`, `{attackers}`) not kept, is named, and nothing is applied.
 */
import type { Scenario } from './schema';
import type { Problem } from './problems';

/** Fields whose strings a reader sees (rationale only where the game shows it: the facts and the speakers' list). */
const TEXT_FIELDS = new Set([
  'title', 'agendaItem', 'meetingType', 'body', 'presidentAddress', 'posted', 'counting',
  'label', 'description', 'salutation', 'thanksBriefer', 'nationalCapacity', 'closing', 'resumePresidency', 'representativeOf', 'representativesOf',
  'opening', 'text', 'why', 'variants', 'name', 'shortName', 'inText', 'role', 'brief', 'group', 'selfNames', 'aliases',
  'attackedOnRecord', 'prompt', 'headline', 'summary', 'term', 'definition', 'reference', 'confidence', 'points',
  'note', 'questions', 'intro', 'reality',
]);
/** Words only the scenario's readers see (the build leaves them out of the game), so they are not translated. */
const NOT_SHOWN = [/^(evidenceLevels|certainties|issues)\/[^/]+\/description$/, /^camps\//, /^meta\/source\/(title|publisher|file)$/];

function shown(path: string[], key: string): boolean {
  const named = path.filter((p, i) => !(/^\d+$/.test(p) && i > 0 && !isNaN(Number(p))));
  const last = named.at(-1) ?? '';
  const field = TEXT_FIELDS.has(last) || (named.at(-2) === 'say')
    || (named[0] === 'record' && last === 'source') || (named[0] === 'teaching' && last === 'objectives')
    || ((named[0] === 'facts' || named[0] === 'speakersList') && last === 'rationale');
  return field && !NOT_SHOWN.some((r) => r.test(key));
}

/** Every text a player can read, by its key, in the scenario's own language. */
export function scenarioTexts(scenario: Scenario): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      const key = path.join('/');
      if (shown(path, key)) out.set(key, node);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((x, i) => walk(x, [...path, segment(x, i)]));
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    }
  };
  walk(scenario, []);
  return out;
}

/** An entry of a list is named by its id (or the seat or delegation it is about), else by its place. */
function segment(x: unknown, i: number): string {
  if (x && typeof x === 'object' && !Array.isArray(x)) {
    const o = x as Record<string, unknown>;
    for (const k of ['id', 'seat', 'delegation']) if (typeof o[k] === 'string') return o[k] as string;
  }
  return String(i);
}

const PLACEHOLDER = /\{(\w+)\}/g;
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

export type LocalizeResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/**
 * The scenario with `texts` in place of its own: refused, with every problem, if a key is missing,
 * unknown or empty, or a text does not keep its original's placeholders.
 */
export function localizeScenario(scenario: Scenario, texts: Readonly<Record<string, string>>, language: string): LocalizeResult {
  const own = scenarioTexts(scenario);
  const problems: Problem[] = [];
  for (const [key, original] of own) {
    const text = Object.hasOwn(texts, key) ? texts[key] : undefined;
    if (text === undefined) { problems.push({ path: key, message: `the ${language} text is missing` }); continue; }
    if (typeof text !== 'string' || text.trim() === '') { problems.push({ path: key, message: `the ${language} text is empty` }); continue; }
    const want = placeholdersOf(original).join(', ');
    const got = placeholdersOf(text).join(', ');
    if (want !== got) problems.push({ path: key, message: `the ${language} text has the placeholders {${got || 'none'}} where the original has {${want || 'none'}}; keep each placeholder exactly as it is` });
  }
  for (const key of Object.keys(texts)) {
    if (!own.has(key)) problems.push({ path: key, message: `no text of the scenario has this key (an id was renamed, or the key is mistyped); remove it from the ${language} file` });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, scenario: replaceTexts(scenario, texts) };
}

function replaceTexts(scenario: Scenario, texts: Readonly<Record<string, string>>): Scenario {
  const walk = (node: unknown, path: string[]): unknown => {
    if (typeof node === 'string') {
      const key = path.join('/');
      return Object.hasOwn(texts, key) && shown(path, key) ? texts[key] : node;
    }
    if (Array.isArray(node)) return node.map((x, i) => walk(x, [...path, segment(x, i)]));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    return node;
  };
  return walk(scenario, []) as Scenario;
}
